"""Named days of the calendar ("Christmas", "Thanksgiving", "Election Day") as dates.

Fixed-date holidays keep their month and day; the movable ones are computed from the
year (Easter by dateutil's Gregorian computus, US Thanksgiving as the fourth Thursday of
November...). The year comes from a following year, else from the anchor and the tense,
like any date written without its year.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import EASTER_WESTERN  # type: ignore[import-untyped, unused-ignore]
from dateutil.easter import easter as easter_sunday  # type: ignore[import-untyped, unused-ignore]
from dateutil.relativedelta import MO, TH, TU, relativedelta  # type: ignore[import-untyped, unused-ignore]

from newsdossier.timex.context import Context, Resolved, pick_year
from newsdossier.timex.rule import Candidate
from newsdossier.timex.tense import Tense
from newsdossier.timex.values import day_value, week_value


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (Gregorian computus)."""
    day: date = easter_sunday(year, EASTER_WESTERN)
    return day


_FIXED: dict[str, tuple[int, int]] = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "boxing day": (12, 26),
    "veterans day": (11, 11),
}
_MOVABLE: dict[str, Callable[[int], date]] = {
    "easter": easter,
    "easter sunday": easter,
    "good friday": lambda y: easter(y) - timedelta(days=2),
    "easter monday": lambda y: easter(y) + timedelta(days=1),
    # US: the fourth Thursday of November.
    "thanksgiving": lambda y: date(y, 11, 1) + relativedelta(weekday=TH(4)),
    "thanksgiving day": lambda y: date(y, 11, 1) + relativedelta(weekday=TH(4)),
    # US: the Tuesday after the first Monday of November, i.e. the first Tuesday from Nov. 2.
    "election day": lambda y: date(y, 11, 2) + relativedelta(weekday=TU(1)),
    # US: the first Monday of September; Memorial Day the last Monday of May.
    "labor day": lambda y: date(y, 9, 1) + relativedelta(weekday=MO(1)),
    "memorial day": lambda y: date(y, 5, 31) + relativedelta(weekday=MO(-1)),
}
HOLIDAY_NAMES = sorted([*_FIXED, *_MOVABLE], key=len, reverse=True)
#: The names as written (capitalized, either apostrophe), longest first, for a pattern.
HOLIDAY_PATTERN = "|".join(
    re.escape(" ".join(w.capitalize() for w in name.split())).replace("'", "['’]")
    for name in HOLIDAY_NAMES
)


def holiday(c: Candidate, ctx: Context) -> Resolved | None:
    """``Christmas``, ``last Thanksgiving``, ``Easter 2024``, ``Easter week``."""
    m = c.match
    name = " ".join(m["h"].lower().replace("’", "'").split())
    year = _year(c, ctx, name)
    if year is None:
        return Resolved("DATE", _underspecified(name))
    day = _date(name, year)
    if m["week"]:
        return Resolved("DATE", week_value(day), None, ctx.anchor)
    return Resolved("DATE", day_value(day), None, None if m["year"] else ctx.anchor)


def _date(name: str, year: int) -> date:
    if name in _FIXED:
        month, day = _FIXED[name]
        return date(year, month, day)
    return _MOVABLE[name](year)


def _year(c: Candidate, ctx: Context, name: str) -> int | None:
    m = c.match
    if m["year"]:
        return int(m["year"])
    if ctx.anchor is None:
        return None
    pre = (m["pre"] or "").lower()
    this_year = _date(name, ctx.anchor.year)
    tense: Tense | None = ctx.tense(c.start, c.end)
    if pre in ("last", "next"):
        tense = "past" if pre == "last" else "future"
    return pick_year(this_year.month, this_year.day, ctx.anchor, tense, strict=bool(pre))


def _underspecified(name: str) -> str:
    if name in _FIXED:
        month, day = _FIXED[name]
        return f"XXXX-{month:02d}-{day:02d}"
    return "XXXX-XX-XX"
