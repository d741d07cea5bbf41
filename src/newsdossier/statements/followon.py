"""Quotes with no cue of their own that continue the previous speaker.

Two cases: the later paragraphs of a multi-paragraph quote (the quote mark left open at
the end of one paragraph and reopened at the start of the next), and a paragraph that
is a whole quotation right after a paragraph with a statement ("follow-on" quotes).
Short quotes inside a sentence with no speech verb (scare quotes, titles) are left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdossier.lang.quotes import QuoteSpan
from newsdossier.statements.attribution import CONFIDENCE_DIGITS, CONTENT_CONFIDENCE, Attribution

#: A quote must cover this share of its paragraph to stand alone as a statement.
MIN_SHARE = 0.6
_BREAK = re.compile(r"\n\s*")
#: A quote that is whole sentences must be at least this long to count: a short sentence
#: ("It helps.") after a statement in its paragraph is still the speaker's; a one-word
#: title ("Hamlet.") is not (20 -> 8 joined 2 more PolNeAR train follow-ons, none lost).
MIN_LENGTH = 8
_SENTENCE_END = frozenset('.!?…"”»」』')
#: One capitalised word opening a sentence before its quote ("But “...”", "Still, “...”"):
#: a connective, so the quote still opens the sentence's words.
_LEAD_WORD = re.compile(r"(?:^|[.!?…\"”»」』]\s+)[A-Z][a-z]*,?$")


def follow_ons(
    body: str, found: Sequence[Attribution], quotes: Sequence[QuoteSpan]
) -> list[Attribution]:
    """Attributions for unclaimed quotes that continue an earlier statement."""
    claimed = {n for att in found for n in att.quotes}
    owner = {n: k for k, att in enumerate(found) for n in att.quotes}
    out: list[Attribution] = []
    for n, q in enumerate(quotes):
        if n in claimed or any(a.content[0] <= q.inner_start < a.content[1] for a in found):
            continue
        prev = _continued(quotes, n, owner) if q.continues else None
        conf = CONTENT_CONFIDENCE["continued_quote"]
        if prev is None and _stands_alone(body, q):
            prev = _previous_in_reach(body, [*found, *out], q.start)
            conf = CONTENT_CONFIDENCE["standalone_quote"]
        if prev is None:
            continue
        if prev >= len(found):
            prev = out[prev - len(found)].follows
        if prev is None:
            continue
        owner[n] = len(found) + len(out)
        out.append(
            Attribution(
                cue=None,
                content=(q.inner_start, q.inner_end),
                kind="direct",
                confidence=round(conf * q.confidence, CONFIDENCE_DIGITS),
                quotes=(n,),
                follows=prev,
            )
        )
    return out


def _continued(quotes: Sequence[QuoteSpan], n: int, owner: dict[int, int]) -> int | None:
    if n > 0 and quotes[n - 1].runs_on:
        return owner.get(n - 1)
    return None


def _stands_alone(body: str, q: QuoteSpan) -> bool:
    """Most of its paragraph, or whole sentences: opens a sentence and ends one."""
    start = body.rfind("\n", 0, q.start) + 1
    end = body.find("\n", q.end)
    end = len(body) if end < 0 else end
    length = len(body[start:end].strip())
    if length > 0 and (q.end - q.start) >= MIN_SHARE * length:
        return True
    before = body[start : q.start].rstrip()
    inner = body[q.inner_start : q.inner_end].rstrip()
    opens = not before or before[-1] in _SENTENCE_END or bool(_LEAD_WORD.search(before))
    after = body[q.end : q.end + 2].strip()
    closes = bool(inner) and inner[-1] in _SENTENCE_END and (not after or after[0].isupper())
    return opens and closes and q.inner_length >= MIN_LENGTH


def _previous_in_reach(body: str, found: Sequence[Attribution], at: int) -> int | None:
    """The last attribution before ``at`` if it ends in this or the previous paragraph."""
    before = [k for k, a in enumerate(found) if a.content[1] <= at]
    if not before:
        return None
    k = max(before, key=lambda j: found[j].content[1])
    between = body[found[k].content[1] : at]
    return k if len(_BREAK.findall(between)) <= 1 else None
