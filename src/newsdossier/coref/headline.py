"""The words an article's headline and address give its subject.

A news article's title and the last segment of its URL (the slug,
``/2030/05/helen-varga-opens-library``) name the person the article is about; a pronoun
far from any name most often refers to that person. `headline_words` reads both as one
set of lower-cased words, and `named_in_headline` says how much of an entity's name is
among them. Both are read only from ``Article.title`` and ``Article.url`` as the reader or
the clean stage set them: nothing is fetched.
"""

from __future__ import annotations

import re
from typing import Final
from urllib.parse import unquote, urlsplit

from newsdossier.article import Article, Entity

#: What separates words in a title or a slug: anything but letters and digits
#: (``helen-varga``, ``Helen_Varga``, ``Helen%20Varga`` once unquoted).
_SEPARATOR: Final = re.compile(r"[\W_]+")
#: Words shorter than this (initials, "a") say nothing about who is named.
MIN_WORD: Final = 2
#: File suffixes a slug may end with, not words of it.
_SUFFIX: Final = re.compile(r"\.(?:s?html?|php|aspx?|cms)$", re.IGNORECASE)


def words(text: str) -> list[str]:
    """The lower-cased words of ``text`` (`MIN_WORD` letters or more, not only digits)."""
    return [w.lower() for w in _SEPARATOR.split(text) if len(w) >= MIN_WORD and not w.isdigit()]


def slug(url: str) -> str:
    """The last non-empty path segment of ``url``, unquoted and without a file suffix."""
    path = urlsplit(url).path
    segments = [s for s in path.split("/") if s]
    return _SUFFIX.sub("", unquote(segments[-1])) if segments else ""


def headline_words(article: Article) -> frozenset[str]:
    """The words of the article's title and of its URL's slug."""
    text = f"{article.title or ''} {slug(article.url or '')}"
    return frozenset(words(text))


def named_in_headline(entity: Entity, headline: frozenset[str]) -> tuple[bool, bool]:
    """(any word of the entity's name or aliases is in ``headline``, all words of its name
    are)."""
    name = words(entity.name)
    known = {w for text in (entity.name, *entity.aliases) for w in words(text)}
    return bool(known & headline), bool(name) and all(w in headline for w in name)
