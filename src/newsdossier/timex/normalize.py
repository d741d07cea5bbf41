"""Finding and normalizing every temporal expression of a text, anchored on a date."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Literal

from newsdossier.article import Field, Timex, Token
from newsdossier.lang.lexicon import FALLBACK_LANGUAGE, TimexWords, lexicon_for
from newsdossier.timex.context import Context
from newsdossier.timex.guards import accept
from newsdossier.timex.join import Item, join_ranges, join_since, join_times
from newsdossier.timex.patterns import find_candidates

Convention = Literal["news", "timeml"]

#: Rules whose dates compare with the period being discussed ("a year earlier", "year-ago")
#: without becoming the new topic: they never become the reference for anaphora.
_COMPARISONS = frozenset({"year_ago_adj", "ago", "ago_bare"})


def normalize_expressions(
    text: str,
    anchor: date | None,
    tokens: Sequence[Token] = (),
    *,
    field: Field = "body",
    convention: Convention = "news",
    words: TimexWords | None = None,
) -> list[Timex]:
    """Every temporal expression of ``text`` as a `Timex`, normalized relative to ``anchor``.

    ``tokens`` (the spaCy parse of this text, as on `Article.tokens`) lets the governing
    verb's tense decide past or future and lets guards use parts of speech and entity
    types; without them cue words decide. ``convention="timeml"`` keeps TimeML extents:
    the two ends of a range stay two expressions and "since" stays outside. ``words`` are
    the lexicon's words of time for the text's language (`lexicon_for(...).timex`); without
    them, the fallback language's.
    """
    if words is None:
        words = lexicon_for(FALLBACK_LANGUAGE).timex
    ctx = Context(text, anchor, words, tokens)
    items: list[Item] = []
    for cand in find_candidates(text, lambda c: accept(c, text, tokens, ctx.words)):
        try:
            found = cand.resolve(ctx)
        except (ValueError, OverflowError):
            found = None
        if found is None:
            continue
        items.append(Item(cand.start, cand.end, found, cand.name))
        if cand.name not in _COMPARISONS:
            ctx.remember(found, cand.end)
    items = join_times(items, text)
    if convention == "news":
        items = join_since(join_ranges(items, text), text, anchor)
    return [_timex(text, item, field) for item in items]


def _timex(text: str, item: Item, field: Field) -> Timex:
    found = item.resolved
    return Timex(
        text=text[item.start : item.end],
        start=item.start,
        end=item.end,
        type=found.type,
        value=found.value,
        mod=found.mod,
        anchor=found.anchor.isoformat() if found.anchor else None,
        field=field,
    )
