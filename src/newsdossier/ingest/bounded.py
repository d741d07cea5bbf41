"""Articles within the bounds of `newsdossier.limits`: their text checked for size, an HTML
page's nesting flattened before extraction. Every reader (text, JSON Lines, WARC) uses these."""

from __future__ import annotations

import dataclasses

from newsdossier.article import Article
from newsdossier.errors import InputError
from newsdossier.ingest.decode import flatten_nesting
from newsdossier.ingest.html import html_article
from newsdossier.ingest.item import ReadItem
from newsdossier.limits import (
    MAX_ARTICLE_BYTES,
    MAX_ARTICLE_CHARS,
    MAX_ARTICLE_LINES,
    MAX_ARTICLE_WORDS,
    MAX_HTML_DEPTH,
)


def html_text(
    html: str,
    doc_id: str,
    source: str,
    *,
    published: str | None,
    warnings: tuple[str, ...],
    encoding: str | None = None,
    url: str | None = None,
) -> ReadItem:
    """The article in decoded ``html``, its nesting bounded and its size checked."""
    if len(html) > MAX_ARTICLE_BYTES:
        return InputError(source, f"{len(html):,} characters of HTML is over the limit")
    html, flattened = flatten_nesting(html, limit=MAX_HTML_DEPTH)
    if flattened:
        warnings = (
            *warnings,
            f"{flattened} HTML tags nested deeper than {MAX_HTML_DEPTH} levels removed",
        )
    article = html_article(html, doc_id, source, published=published, warnings=warnings, url=url)
    if isinstance(article, InputError):
        return article
    return sized(dataclasses.replace(article, encoding=encoding or article.encoding))


def sized(article: Article) -> ReadItem:
    """``article``, or an `InputError` naming its source when its text is over a bound:
    `MAX_ARTICLE_CHARS` characters, `MAX_ARTICLE_LINES` lines or `MAX_ARTICLE_WORDS` words."""
    text = article.raw_text
    problem = None
    if len(text) > MAX_ARTICLE_CHARS:
        problem = f"{len(text):,} characters, over the limit of {MAX_ARTICLE_CHARS:,}"
    elif (lines := text.count("\n") + 1) > MAX_ARTICLE_LINES:
        problem = f"{lines:,} lines, over the limit of {MAX_ARTICLE_LINES:,}"
    elif (words := len(text.split())) > MAX_ARTICLE_WORDS:
        problem = f"{words:,} words, over the limit of {MAX_ARTICLE_WORDS:,}"
    if problem is None:
        return article
    return InputError(article.source, f"article text has {problem}; split it into articles")
