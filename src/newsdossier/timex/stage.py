"""Stage 5 (time): the article's temporal expressions, and helpers other stages use."""

from __future__ import annotations

import dataclasses
from datetime import date

from newsdossier.article import Article, Field, Timex
from newsdossier.lang.intervals import parse_anchor
from newsdossier.lang.lexicon import TimexWords, lexicon_for
from newsdossier.timex.normalize import normalize_expressions

#: Text fields besides the body that are searched too (they have no parse on the article);
#: the dateline ("Taipei, April 28 (CNA)") often holds the only explicit date.
SIDE_FIELDS: tuple[Field, ...] = ("caption", "title", "kicker", "deck", "dateline")


def find_timexes(article: Article) -> Article:
    """The article with ``timexes`` filled for its body, caption, title and kicker, anchored on
    ``published``; each timex's ``field`` says which text its offsets point into. The words
    of time are those of ``article.language`` (English when unknown)."""
    anchor = parse_anchor(article.published)
    words = lexicon_for(article.language or "en").timex
    found = normalize_expressions(article.body, anchor, article.tokens, field="body", words=words)
    for name in SIDE_FIELDS:
        text = article.field_text(name)
        if text:
            found.extend(normalize_expressions(text, anchor, field=name, words=words))
    return dataclasses.replace(article, timexes=tuple(found))


def resolve_relative(
    text: str, anchor: date | None, *, words: TimexWords | None = None
) -> Timex | None:
    """The longest temporal expression in a short phrase ("last year", "Nov. 1"), resolved
    with ``words`` (the fallback language's when not given)."""
    found = normalize_expressions(text, anchor, words=words)
    if not found:
        return None
    return max(found, key=lambda t: t.end - t.start)
