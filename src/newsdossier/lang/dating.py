"""Dates of events and relations: the temporal expression of a trigger's own clause.

Each dated expression of a sentence attaches to the parse where its words hang from
outside the expression ("on Sunday" -> "arrived"; "from March 31 to April 2" -> "visit").
It is given to the trigger nearest to that attachment point inside the same clause
(edges, then words apart). A trigger with no expression of its own takes the date of the
nearest trigger above it in its clause ("visited ... for a meeting"). Otherwise it stays
undated: an event is never silently given the publication date.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

from newsdossier.article import Mention, Timex, Token
from newsdossier.lang.intervals import timex_interval
from newsdossier.lang.tree import ParseTree

#: Words that relate a phrase's event to another time ("since", "after", "ahead of").
SEQUENCE_WORDS = frozenset(
    "since after before following until till ahead prior preceding pending upon".split()  # noqa: SIM905
)


@dataclass(frozen=True, slots=True)
class Anchored:
    """A dated expression with the tokens it covers and where it hangs on the parse."""

    timex: Timex
    tokens: tuple[int, ...]
    attach: tuple[int, ...]


def anchored_timexes(
    tokens: Sequence[Token], timexes: Sequence[Timex], names: Sequence[Mention] = ()
) -> list[Anchored]:
    """Body DATE/TIME expressions that name a calendar period, with their attachment tokens.

    An expression that only modifies a name ("the 1960 ... Treaty", given the name's
    ``names`` mentions) dates the thing named, not an event, and is left out.
    """
    spans = sorted((m.start, m.end) for m in names if m.field == "body")
    starts = [t.start for t in tokens]
    out: list[Anchored] = []
    for timex in timexes:
        if timex.field != "body" or timex_interval(timex) is None:
            continue
        lo = bisect.bisect_right(starts, timex.start) - 1
        covered = _covered(tokens, max(lo, 0), timex.start, timex.end)
        if not covered:
            continue
        inside = set(covered)
        attach = tuple(
            sorted({tokens[i].head for i in covered if tokens[i].head not in inside})
        ) or (covered[0],)
        if spans and all(_in_spans(spans, tokens[a].start) for a in attach):
            continue
        out.append(Anchored(timex, covered, attach))
    return out


def _in_spans(spans: list[tuple[int, int]], offset: int) -> bool:
    n = bisect.bisect_right(spans, (offset, 1 << 62)) - 1
    return n >= 0 and spans[n][0] <= offset < spans[n][1]


def _covered(tokens: Sequence[Token], first: int, start: int, end: int) -> tuple[int, ...]:
    out: list[int] = []
    for tok in tokens[first:]:
        if tok.start >= end:
            break
        if tok.end > start:
            out.append(tok.i)
    return tuple(out)


def assign_dates(
    tree: ParseTree, groups: Sequence[Sequence[int]], timexes: Sequence[Anchored]
) -> dict[int, Timex]:
    """Index of a trigger group (trigger and carrier tokens) -> the expression dating it."""
    owned: dict[int, tuple[tuple[int, int], Timex]] = {}
    for anchored in timexes:
        best: tuple[tuple[int, int], int] | None = None
        for n, group in enumerate(groups):
            for trig in group:
                score = _distance(tree, trig, anchored)
                if score is not None and (best is None or score < best[0]):
                    best = (score, n)
        if best is None:
            continue
        score, n = best
        if n not in owned or score < owned[n][0]:
            owned[n] = (score, anchored.timex)
    dates = {n: found for n, (_, found) in owned.items()}
    token_group = {t: n for n, group in enumerate(groups) for t in group}
    for n, group in enumerate(groups):
        if n not in dates:
            inherited = _from_governor(tree, group[0], token_group, dates)
            if inherited is None:
                inherited = _from_coordinated(tree, group[0], timexes)
            if inherited is not None:
                dates[n] = inherited
    return dates


def _from_coordinated(tree: ParseTree, trig: int, timexes: Sequence[Anchored]) -> Timex | None:
    """A verb coordinated with a dated verb ("condemned ... Thursday and vowed"), or a bare
    participle clause beside it ("wrapped up talks on Wednesday, meeting X"), shares its date."""
    clause = tree.clause(trig)
    tok = tree.tokens[clause]
    shares = tok.dep == "conj" or (
        tok.dep == "advcl" and tok.tag == "VBG" and not tree.deps(clause, "mark")
    )
    if not shares or tree.path_length(trig, clause) is None:
        return None
    head = tok.head
    found = [a for a in timexes if head in _governors(tree, a)]
    if not found:
        return None
    return min(found, key=lambda a: abs(a.tokens[0] - head)).timex


def _distance(tree: ParseTree, trig: int, anchored: Anchored) -> tuple[int, int] | None:
    """(edges, words) from a trigger to an expression through its attachment, same clause."""
    edges = [
        tree.path_length(trig, point)
        for point in anchored.attach
        if not _sequenced(tree, trig, point)
    ]
    found = [e for e in edges if e is not None]
    if not found:
        return None
    words = min(abs(trig - t) for t in anchored.tokens)
    return (min(found) + 1, words)


def _governors(tree: ParseTree, anchored: Anchored) -> set[int]:
    """The tokens an expression modifies, through its preposition ("on Monday" -> verb)."""
    out = set(anchored.attach)
    for point in anchored.attach:
        if tree.tokens[point].dep == "prep":
            out.add(tree.tokens[point].head)
    return out


def _sequenced(tree: ParseTree, trig: int, point: int) -> bool:
    """True if the trigger sits in a phrase that places it before or after the time of the
    word the expression modifies ("since taking office, he has complained earlier this
    month"; "ahead of the visit, they met Monday")."""
    above = {point, *tree.ancestors(point)}
    for j in (trig, *tree.ancestors(trig)):
        if j in above:
            return False
        if j != trig and tree.tokens[j].text.lower() in SEQUENCE_WORDS:
            return True
    return False


def _from_governor(
    tree: ParseTree, trig: int, token_group: dict[int, int], dates: dict[int, Timex]
) -> Timex | None:
    """The date of the nearest dated trigger above ``trig`` in its clause."""
    clause = tree.clause(trig)
    if trig == clause:
        return None
    for head in tree.ancestors(trig):
        if tree.tokens[head].text.lower() in SEQUENCE_WORDS:
            return None
        group = token_group.get(head)
        if group is not None and group in dates:
            return dates[group]
        if head == clause:
            break
    return None
