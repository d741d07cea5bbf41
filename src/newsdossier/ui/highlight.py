"""Highlights from offsets: text cut into segments, each knowing which spans cover it.

Templates render each segment's text with autoescaping, so article text never becomes
markup; only the segment boundaries and classes come from here.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from newsdossier.query.rows import Span


@dataclass(slots=True)
class Segment:
    """A run of text covered by the same spans."""

    text: str
    start: int
    entity: Span | None = None
    statement: Span | None = None
    date: Span | None = None
    focus: bool = False
    first_focus: bool = False
    match: bool = False
    classes: list[str] = field(default_factory=list)

    @property
    def plain(self) -> bool:
        """Whether nothing covers this run."""
        return not self.classes

    @property
    def tip(self) -> str:
        """Hover text: who said it, which entity, which date."""
        parts = []
        if self.statement is not None:
            who = self.statement.speaker_name or "unattributed"
            parts.append(f"{who} ({self.statement.label}, {self.statement.value or 'undated'})")
        if self.entity is not None:
            parts.append(f"{self.entity.value} ({self.entity.label})")
        if self.date is not None:
            parts.append(f"date {self.date.value}")
        return " · ".join(parts)


def segments(
    text: str,
    spans: list[Span],
    *,
    focus: tuple[int, int] | None = None,
    matches: list[tuple[int, int]] | None = None,
) -> list[Segment]:
    """``text`` cut at every span boundary; ``focus`` marks a range to highlight and scroll to,
    ``matches`` search hits."""
    n = len(text)
    inside = [s for s in spans if 0 <= s.start < s.end <= n]
    marks = [(a, b) for a, b in matches or [] if 0 <= a < b <= n]
    cuts = {0, n}
    for s in inside:
        cuts.update((s.start, s.end))
    for a, b in marks:
        cuts.update((a, b))
    if focus is not None:
        cuts.update(x for x in focus if 0 <= x <= n)
    bounds = sorted(cuts)
    out: list[Segment] = []
    seen_focus = False
    for a, b in itertools.pairwise(bounds):
        seg = _segment(text, a, b, inside, focus, marks)
        if seg.focus and not seen_focus:
            seg.first_focus = seen_focus = True
        out.append(seg)
    return out


def _segment(
    text: str,
    a: int,
    b: int,
    spans: list[Span],
    focus: tuple[int, int] | None,
    marks: list[tuple[int, int]],
) -> Segment:
    seg = Segment(text[a:b], a)
    for s in spans:
        if s.start <= a and b <= s.end:
            if s.layer == "entity" and seg.entity is None:
                seg.entity = s
            elif s.layer == "statement" and seg.statement is None:
                seg.statement = s
            elif s.layer == "date" and seg.date is None:
                seg.date = s
    seg.focus = focus is not None and focus[0] <= a and b <= focus[1]
    seg.match = any(x <= a and b <= y for x, y in marks)
    names = (("ent", seg.entity), ("stmt", seg.statement), ("date", seg.date))
    seg.classes = [c for c, s in names if s is not None]
    seg.classes += [c for c, on in (("focus", seg.focus), ("match", seg.match)) if on]
    return seg
