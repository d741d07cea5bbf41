"""HTML pages -> main text and metadata, every signal reconciled (see `ingest.page`)."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Article
from newsdossier.errors import InputError
from newsdossier.ingest.page import read_page


def html_article(
    html: str,
    doc_id: str,
    source: str,
    *,
    published: str | None,
    warnings: tuple[str, ...],
    url: str | None = None,
) -> Article | InputError:
    """The article in an HTML page: its body and its metadata from every signal.

    The body is trafilatura's, in the mode the page's evidence favours; title, date,
    author, outlet and URL come from JSON-LD, microdata, OpenGraph, the URL, htmldate and
    trafilatura, reconciled (`ingest.page.reconcile`). A ``published`` date given by the
    reader wins over the page's. ``url`` is where the page came from, if known.
    """
    try:
        page = read_page(html, url=url)
    except Exception as exc:  # trafilatura raises many lxml and parser error types
        return InputError(source, f"HTML could not be parsed ({type(exc).__name__}: {exc})")
    if page is None or not page.body.strip():
        return InputError(source, "no article text found in the HTML page")
    meta = page.meta
    reader = bool(published)
    return Article(
        id=doc_id,
        source=source,
        raw_text=_drop_title_line(page.body, (meta.title, page.extracted_title)),
        content_type="text/html",
        url=meta.url,
        title=meta.title,
        author=meta.author,
        outlet=meta.outlet,
        published=published if reader else meta.published,
        published_source="reader" if reader else ("html" if meta.published else None),
        published_confidence=None if reader else meta.confidence,
        date_source=None if reader else meta.published_source,
        warnings=(*warnings, *meta.warnings),
    )


def _drop_title_line(text: str, titles: tuple[Any, ...]) -> str:
    """trafilatura repeats the headline as the first line of the text; keep it only as title."""
    first, _, rest = text.partition("\n")
    for title in titles:
        if isinstance(title, str) and title.strip() and first.strip() == title.strip():
            return rest
    return text
