"""Dates written on a page: full dates, month-day pairs, timestamps, and date-only lines."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass

from newsdossier.clean.text import words
from newsdossier.lang.calendar import month_number

__all__ = [
    "MONTH",
    "DateHit",
    "find_full_dates",
    "is_date_line",
    "month_number",
    "parse_month_day",
    "year_for",
]

MONTH = (
    r"(?:Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?\.?|July?\.?"
    r"|Aug(?:ust|\.)?|Sep(?:tember|t\.?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_FULL_PATTERNS = (
    re.compile(r"(?<!\d)(?P<y>(?:19|20)\d\d)[-/.](?P<m>[01]?\d)[-/.](?P<d>[0-3]?\d)(?!\d)"),
    re.compile(r"\b(?P<a>[0-3]?\d)(?P<sep>[/.\-])(?P<b>[0-3]?\d)(?P=sep)(?P<y>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<mon>{MONTH})\s+{_DAY},?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(rf"\b{_DAY}\s+(?P<mon>{MONTH}),?\s+(?P<y>(?:19|20)\d\d)\b", re.IGNORECASE),
    re.compile(r"(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日"),
)
_MONTH_DAY = (
    re.compile(rf"^(?P<mon>{MONTH})\s+{_DAY}(?:,?\s+(?P<y>(?:19|20)\d\d))?$", re.IGNORECASE),
    re.compile(rf"^{_DAY}\s+(?P<mon>{MONTH})(?:,?\s+(?P<y>(?:19|20)\d\d))?$", re.IGNORECASE),
)
_TIME = re.compile(
    r"\b[0-2]?\d[:.][0-5]\d(?::[0-5]\d)?\s*(?:[AaPp]\.?\s?[Mm]\.?)?"
    r"|\b[01]?\d\s*[AaPp]\.?[Mm]\b\.?"
)
_TIME_WORDS = re.compile(
    r"\b(?:\d+\s*(?:s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|weeks?)"
    r"\s+ago|just now|yesterday|today|updated|published|posted|last updated|modified"
    r"|(?:GMT|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|ET|PT|JST|KST|HKT|BST)(?:[+-]\d{1,2}(?::?\d\d)?)?"
    r"|[+-]\d\d:?\d\d|(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?)\b",
    re.IGNORECASE,
)
_ANY_DATE = re.compile(
    "|".join(p.pattern for p in _FULL_PATTERNS[:1])
    + r"|\b[0-3]?\d[/.\-][0-3]?\d[/.\-](?:19|20)?\d\d\b"
    + rf"|\b{MONTH}\s+[0-3]?\d(?:st|nd|rd|th)?(?:,?\s+(?:19|20)\d\d)?\b"
    + rf"|\b[0-3]?\d(?:st|nd|rd|th)?\s+{MONTH}(?:,?\s+(?:19|20)\d\d)?\b"
    + r"|(?:19|20)\d\d\s*年\s*[01]?\d\s*月\s*[0-3]?\d\s*日|[01]?\d\s*月\s*[0-3]?\d\s*日",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class DateHit:
    """A calendar date written in a text, with where it was found."""

    year: int | None
    month: int
    day: int
    start: int
    end: int

    def iso(self) -> str | None:
        """``YYYY-MM-DD`` when the year is known and the date exists, else None."""
        if self.year is None or not _valid(self.year, self.month, self.day):
            return None
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def find_full_dates(text: str) -> list[DateHit]:
    """Every date with day, month and year written in ``text``, in order of position."""
    hits: list[DateHit] = []
    taken: list[tuple[int, int]] = []
    for pattern in _FULL_PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            hit = _hit_from_match(m)
            if hit is not None and hit.iso():
                hits.append(hit)
                taken.append((m.start(), m.end()))
    return sorted(hits, key=lambda h: h.start)


def _hit_from_match(m: re.Match[str]) -> DateHit | None:
    groups = m.groupdict()
    year = int(groups["y"])
    if groups.get("mon"):
        month = month_number(groups["mon"])
        day = int(groups["d"])
    elif groups.get("a"):
        a, b = int(groups["a"]), int(groups["b"])
        day_first = groups["sep"] == "." or a > 12
        month, day = (b, a) if day_first else (a, b)
    else:
        month, day = int(groups["m"]), int(groups["d"])
    if month is None:
        return None
    return DateHit(year, month, day, m.start(), m.end())


def parse_month_day(text: str) -> DateHit | None:
    """A whole string that is a date like "April 28", "Jan. 5, 2025" or "28 April"."""
    for pattern in _MONTH_DAY:
        m = pattern.match(text.strip())
        if m:
            month = month_number(m["mon"])
            year = int(m["y"]) if m["y"] else None
            if month is not None and 1 <= int(m["d"]) <= 31:
                return DateHit(year, month, int(m["d"]), m.start(), m.end())
    return None


def is_date_line(line: str) -> bool:
    """Whether a line is only a date or timestamp, maybe with a label or section name.

    "04/28/2025 09:35 PM - Society" and "Updated: April 28, 2025" are; a sentence that
    mentions a date is not.
    """
    if len(words(line)) > 12:
        return False
    found = _ANY_DATE.search(line) or _TIME.search(line)
    if not found and not re.search(r"\d+\s*\w+\s+ago\b", line, re.IGNORECASE):
        return False
    rest = _TIME_WORDS.sub(" ", _TIME.sub(" ", _ANY_DATE.sub(" ", line)))
    rest_words = [w for w in words(rest) if not w.isdigit()]
    return len(rest_words) <= 2


def year_for(month: int, day: int, evidence: list[DateHit]) -> int | None:
    """The year of a month-day date, taken from full dates written elsewhere on the page.

    Prefers dates with the same month and day; else the year that puts the month-day
    nearest to a written date (within about two months). None without evidence.
    """
    same = Counter(h.year for h in evidence if (h.month, h.day) == (month, day) and h.year)
    if same:
        return same.most_common(1)[0][0]
    best: tuple[int, int] | None = None
    for hit in evidence:
        if hit.year is None:
            continue
        for year in (hit.year - 1, hit.year, hit.year + 1):
            if not _valid(year, month, day):
                continue
            gap = abs((dt.date(year, month, day) - dt.date(hit.year, hit.month, hit.day)).days)
            if gap <= 62 and (best is None or gap < best[0]):
                best = (gap, year)
    return best[1] if best else None
