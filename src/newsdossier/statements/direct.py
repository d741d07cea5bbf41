"""Fitting contents to quote marks: direct vs mixed, quotes next to a cue, split quotes."""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsdossier.article import Sentence, StatementKind, Token
from newsdossier.lang.quotes import QuoteSpan
from newsdossier.lang.tree import ParseTree
from newsdossier.statements.attribution import CONFIDENCE_DIGITS, DIRECT_SHARE, Attribution
from newsdossier.statements.cues import Cue

_GLUE = frozenset({",", ":", "—", "–", "-", ""})

#: Characters a content may extend past its quote's inner edges and still be the quote.
QUOTE_EDGE_SLACK = 2
#: Characters between a statement and a following quote beyond which they are not joined.
MAX_GLUE_CHARS = 400


def shape(
    span: tuple[int, int], quotes: Sequence[QuoteSpan], claimed: set[int]
) -> tuple[tuple[int, int], StatementKind, tuple[int, ...], float]:
    """Fit a parsed content span to the quotes it touches: direct, mixed or indirect."""
    start, end = span
    touching = [
        n
        for n, q in enumerate(quotes)
        if q.inner_start < end and start < q.inner_end and n not in claimed
    ]
    if not touching:
        return span, "indirect", (), 1.0
    conf = min(quotes[n].confidence for n in touching)
    q_start = min(quotes[n].inner_start for n in touching)
    q_end = max(quotes[n].inner_end for n in touching)
    inside = sum(quotes[n].inner_end - quotes[n].inner_start for n in touching)
    if start >= q_start - QUOTE_EDGE_SLACK and end <= q_end + QUOTE_EDGE_SLACK:
        return (q_start, q_end), "direct", tuple(touching), conf
    new = (
        min(start, min(quotes[n].start for n in touching)),
        max(end, max(quotes[n].end for n in touching)),
    )
    kind: StatementKind = "direct" if inside >= DIRECT_SHARE * (new[1] - new[0]) else "mixed"
    return new, kind, tuple(touching), conf


def quote_content(
    quotes: Sequence[QuoteSpan], n: int
) -> tuple[tuple[int, int], StatementKind, tuple[int, ...], float]:
    """Quote ``n`` as a direct statement's content: its inner span, kind, quote and confidence."""
    q = quotes[n]
    return (q.inner_start, q.inner_end), "direct", (n,), q.confidence


def adjacent_quote(
    tree: ParseTree,
    sentences: Sequence[Sentence],
    cue: Cue,
    source_sub: frozenset[int],
    quotes: Sequence[QuoteSpan],
    claimed: set[int],
) -> int | None:
    """The unclaimed quote next to the cue clause (same or neighbouring sentence)."""
    tokens = tree.tokens
    clause = {cue.head, *source_sub} | _speech_frame(tree, cue.head, quotes)
    first = tokens[min(clause)].start
    last = tokens[max(clause)].end
    in_subtree = tree.subtree_tokens(cue.head)
    best: tuple[tuple[int, int], int] | None = None
    text_of = _TextGap(tokens)
    for n, q in enumerate(quotes):
        if n in claimed:
            continue
        inside = any(tokens[i].start >= q.start and tokens[i].end <= q.end for i in in_subtree)
        if q.end <= first:
            gap = text_of.between(q.end, first)
        elif q.start >= last:
            gap = text_of.between(last, q.start)
        else:
            gap = "" if inside else None
        if gap is None or (not _is_glue(gap) and not inside):
            continue
        if q.start >= last and not inside and _runs_into_cue(tree, q):
            continue
        dist = min(abs(q.end - first), abs(q.start - last))
        rank = (0 if q.end <= first and _runs_into_cue(tree, q) else 1, dist)
        if best is None or rank < best[0]:
            best = (rank, n)
    return None if best is None else best[1]


def _runs_into_cue(tree: ParseTree, q: QuoteSpan) -> bool:
    """A quote whose sentence runs on into the cue after it (``"A," she said``): the
    comma before its closing mark says the cue is its own, whatever follows the cue."""
    tokens = tree.tokens
    k = bisect.bisect_right([t.end for t in tokens], q.inner_end) - 1
    return k >= 0 and tokens[k].end == q.inner_end and tokens[k].text in (",", "，")


def _speech_frame(tree: ParseTree, verb: int, quotes: Sequence[QuoteSpan]) -> set[int]:
    """The verb's own modifiers outside any quote ("told reporters on Monday")."""
    tokens = tree.tokens
    out: set[int] = set()
    for child in tree.children[verb]:
        if tokens[child].dep in ("ccomp", "punct", "conj", "cc", "nsubj"):
            continue
        sub = tree.subtree_tokens(child)
        if any(q.start <= tokens[i].start < q.end for i in sub for q in quotes):
            continue
        out |= sub
    return out


def _is_glue(gap: str) -> bool:
    words = gap.replace("\n", " ").split()
    return len(words) <= 1 and all(w in _GLUE or w.strip(",:.—–-") == "" for w in words)


class _TextGap:
    """The token texts between two character offsets (``None`` when far apart)."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens

    def between(self, start: int, end: int, limit: int = MAX_GLUE_CHARS) -> str | None:
        """The tokens between ``start`` and ``end`` joined by spaces; None past ``limit``."""
        if end - start > limit:
            return None
        return " ".join(t.text for t in self.tokens if t.start >= start and t.end <= end)


def split_continuation(
    tree: ParseTree, att: Attribution, quotes: Sequence[QuoteSpan], claimed: set[int]
) -> Attribution | None:
    """``"A," he said, "B."``: the quote right after the cue clause continues the statement
    (in the same paragraph: a quote opening the next one is a follow-on, `followon`)."""
    if att.kind != "direct" or not att.quotes or att.source_head is None:
        return None
    if att.cue is None:
        return None
    tokens = tree.tokens
    anchor = max(att.cue.last, att.source[1] if att.source else att.cue.last)
    after = tokens[anchor].end
    if quotes[att.quotes[-1]].end > after:
        return None
    for n, q in enumerate(quotes):
        if n in claimed or q.start < after:
            continue
        gap = _TextGap(tokens).between(after, q.start)
        if gap is None or not _is_glue(gap) or "\n" in gap:
            return None
        return Attribution(
            cue=att.cue,
            content=(q.inner_start, q.inner_end),
            kind="direct",
            confidence=round(att.confidence * q.confidence, CONFIDENCE_DIGITS),
            source=att.source,
            source_head=att.source_head,
            quotes=(n,),
            clause=att.clause,
        )
    return None
