"""The date a statement was made: a date expression on the cue's own clause, else none.

"Izumi said yesterday" and "Takaichi in November last year said" carry their date on the
speech verb (or on its subject); a date inside the reported content ("said that the visit
is on Sunday") is about the content, not the saying, and is not used.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsdossier.article import Timex, Token

_CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def cue_date(
    clause: Iterable[int], tokens: Sequence[Token], timexes: Sequence[Timex], cue_at: int
) -> str | None:
    """The value of the calendar date expression nearest the cue within its clause."""
    spans = [(tokens[i].start, tokens[i].end) for i in clause]
    if not spans:
        return None
    best: tuple[int, str] | None = None
    for timex in timexes:
        if timex.field != "body" or timex.type != "DATE" or not _CALENDAR.match(timex.value):
            continue
        if not any(s < timex.end and timex.start < e for s, e in spans):
            continue
        dist = abs(timex.start - cue_at)
        if best is None or dist < best[0]:
            best = (dist, timex.value)
    return None if best is None else best[1]
