"""The date a statement was made: a date expression on the cue's own clause, else none.

"Izumi said yesterday" and "Takaichi in November last year said" carry their date on the
speech verb (or on its subject); a date inside the reported content ("said that the visit
is on Sunday") is about the content, not the saying, and is not used.

A speech event dates every statement the article places in it: after "In an interview
yesterday, Diaz said ...", her next statements with a past-tense cue and no date of their
own ("She added ...") are from the same interview, until a statement of someone else
brings its own date. A present-tense cue ("she says") is the article's own time, and a
statement nothing dates is dated ``published``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from newsdossier.article import Article, Timex, Token
from newsdossier.statements.attribution import Attribution

_CALENDAR = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
#: Penn tags of a present-tense verb: its statement is not placed in an earlier event.
_PRESENT = frozenset({"VBZ", "VBP"})


def statement_dates(
    article: Article, found: Sequence[Attribution], who: Sequence[str | None]
) -> list[str | None]:
    """The date of each attribution in ``found``; ``who`` is each one's speaker key."""
    tokens = article.tokens
    own: list[str | None] = [None] * len(found)
    for k, att in enumerate(found):
        if att.cue is not None and att.follows is None:
            at = tokens[att.cue.head].start
            own[k] = cue_date(att.clause, tokens, article.timexes, at)
    dates: list[str | None] = [article.published] * len(found)
    event: tuple[str | None, str] | None = None
    for k in sorted(range(len(found)), key=lambda j: _anchor(tokens, found[j])):
        att = found[k]
        if own[k] is not None:
            dates[k] = own[k]
            event = (who[k], own[k] or "")
        elif att.cue is not None and att.follows is None and _in_event(att, who[k], event, tokens):
            dates[k] = event[1] if event else dates[k]
    for k, att in enumerate(found):
        if att.follows is not None:
            dates[k] = dates[att.follows]
    return dates


def _anchor(tokens: Sequence[Token], att: Attribution) -> int:
    return tokens[att.cue.head].start if att.cue is not None else att.content[0]


def _in_event(
    att: Attribution,
    who: str | None,
    event: tuple[str | None, str] | None,
    tokens: Sequence[Token],
) -> bool:
    """Whether an undated statement belongs to the last dated speech event."""
    if event is None or who is None or event[0] != who or att.cue is None:
        return False
    return tokens[att.cue.head].tag not in _PRESENT


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
