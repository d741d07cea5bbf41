"""The relations stage: run every rule over the body, date and deduplicate the results."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from newsdossier.article import Article, Participant, Relation, Timex
from newsdossier.lang.dating import anchored_timexes, assign_dates
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.relations.context import Context
from newsdossier.relations.found import Found
from newsdossier.relations.rules import alliance, commitment, membership
from newsdossier.relations.treaties import binding_clauses, named_parties, signatories

_RULES = (membership, alliance, commitment, binding_clauses, signatories)


def find_relations(article: Article) -> Article:
    """Assign ``relations``: standing relations the body states between its entities.

    Requires ``tokens``, ``sentences``, ``entities``, ``timexes`` and ``roles``. Word lists
    come from the lexicon of ``article.language`` (English when unknown).
    """
    if not article.tokens:
        return dataclasses.replace(article, relations=())
    ctx = Context(article, lexicon_for(article.language or "en"))
    found = list(named_parties(ctx)) + list(_rule_hits(ctx))
    dated = _dated(ctx, found)
    return dataclasses.replace(article, relations=tuple(_unique(ctx, dated)))


def _rule_hits(ctx: Context) -> Iterator[Found]:
    for tok in ctx.tree.tokens:
        if ctx.negated(tok.i):
            continue
        for rule in _RULES:
            yield from rule(ctx, tok.i)


def _dated(ctx: Context, found: list[Found]) -> list[Found]:
    timexes = anchored_timexes(
        ctx.article.tokens,
        ctx.article.timexes,
        [m for e in ctx.article.entities for m in e.mentions],
    )
    groups: dict[int, set[int]] = {}
    for item in found:
        groups.setdefault(item.tokens[0], set()).update(item.tokens)
    keys = list(groups)
    by_group = assign_dates(ctx.tree, [[k, *sorted(groups[k] - {k})] for k in keys], timexes)
    dates = {keys[n]: timex for n, timex in by_group.items()}
    out: list[Found] = []
    for item in found:
        timex = dates.get(item.tokens[0])
        if timex is None or item.start or item.end:
            out.append(item)
            continue
        starting = ctx.words.starting_verbs
        starts = any(ctx.tree.tokens[i].lemma.lower() in starting for i in item.tokens)
        start, end = _bounds(timex, starts=starts)
        out.append(dataclasses.replace(item, start=start, end=end))
    return out


def _bounds(timex: Timex, *, starts: bool) -> tuple[str | None, str | None]:
    """(start, end) a temporal expression gives a standing relation."""
    if "/" in timex.value:
        first, _, last = timex.value.partition("/")
        return first or None, last or None
    if timex.mod == "ON_OR_AFTER":
        return timex.value, None
    if timex.mod == "ON_OR_BEFORE":
        return None, timex.value
    return (timex.value, None) if starts else (None, None)


def _unique(ctx: Context, found: list[Found]) -> Iterator[Relation]:
    seen: set[tuple[str, str, str]] = set()
    for item in sorted(found, key=lambda f: (f.start is None and f.end is None, f.tokens[0])):
        key = (item.type, item.subject.id, item.object.id)
        if key in seen:
            continue
        seen.add(key)
        yield _relation(ctx, item)


def _relation(ctx: Context, item: Found) -> Relation:
    tokens = [ctx.article.tokens[i] for i in item.tokens]
    first = min(tokens, key=lambda t: t.start)
    sentence = (
        ctx.article.sentences[first.sent] if first.sent < len(ctx.article.sentences) else None
    )
    return Relation(
        type=item.type,
        subject=Participant(item.subject.id, item.subject.name, "subject"),
        object=Participant(item.object.id, item.object.name, "object"),
        start_char=first.start,
        end_char=max(t.end for t in tokens),
        sentence=ctx.article.body[sentence.start : sentence.end].strip() if sentence else "",
        start=item.start,
        end=item.end,
    )
