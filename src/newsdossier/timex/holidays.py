"""Named days of the calendar ("Christmas", "Thanksgiving", "Election Day") as dates.

Fixed-date holidays keep their month and day; the movable ones are computed from the
year (Easter by dateutil's Gregorian computus, US Thanksgiving as the fourth Thursday of
November...). The year comes from a following year, else from the anchor and the tense,
like any date written without its year. The names and fixed dates are the lexicon's
(`TimexWords.fixed_holidays`, ``movable_holidays``); how a movable holiday is computed is
here, by its rule key.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from dateutil.easter import EASTER_WESTERN  # type: ignore[import-untyped, unused-ignore]
from dateutil.easter import easter as easter_sunday  # type: ignore[import-untyped, unused-ignore]
from dateutil.relativedelta import MO, TH, TU, relativedelta  # type: ignore[import-untyped, unused-ignore]

from newsdossier.lang.lexicon import FALLBACK_LANGUAGE, TimexWords, lexicon_for
from newsdossier.timex.context import Context, Resolved, pick_year
from newsdossier.timex.rule import Candidate
from newsdossier.timex.tense import Tense
from newsdossier.timex.values import day_value, week_value


def easter(year: int) -> date:
    """Western Easter Sunday of ``year`` (Gregorian computus)."""
    day: date = easter_sunday(year, EASTER_WESTERN)
    return day


#: Movable holidays by the rule key `TimexWords.movable_holidays` gives their names.
_MOVABLE: dict[str, Callable[[int], date]] = {
    "easter": easter,
    "good_friday": lambda y: easter(y) - timedelta(days=2),
    "easter_monday": lambda y: easter(y) + timedelta(days=1),
    # US: the fourth Thursday of November.
    "thanksgiving": lambda y: date(y, 11, 1) + relativedelta(weekday=TH(4)),
    # US: the Tuesday after the first Monday of November, i.e. the first Tuesday from Nov. 2.
    "election_day": lambda y: date(y, 11, 2) + relativedelta(weekday=TU(1)),
    # US: the first Monday of September; Memorial Day the last Monday of May.
    "labor_day": lambda y: date(y, 9, 1) + relativedelta(weekday=MO(1)),
    "memorial_day": lambda y: date(y, 5, 31) + relativedelta(weekday=MO(-1)),
}


def _names(words: TimexWords) -> list[str]:
    """Every holiday name, longest first (fixed before movable among names of one length)."""
    return sorted([*words.fixed_holidays, *words.movable_holidays], key=len, reverse=True)


#: The names the rule pattern matches: the rule list is compiled once at import, in the
#: fallback language (see `newsdossier.timex.patterns`).
HOLIDAY_NAMES = _names(lexicon_for(FALLBACK_LANGUAGE).timex)
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
        return Resolved("DATE", _underspecified(name, ctx.words))
    day = _date(name, year, ctx.words)
    if m["week"]:
        return Resolved("DATE", week_value(day), None, ctx.anchor)
    return Resolved("DATE", day_value(day), None, None if m["year"] else ctx.anchor)


def _date(name: str, year: int, words: TimexWords) -> date:
    if name in words.fixed_holidays:
        month, day = words.fixed_holidays[name]
        return date(year, month, day)
    return _MOVABLE[words.movable_holidays[name]](year)


def _year(c: Candidate, ctx: Context, name: str) -> int | None:
    m = c.match
    if m["year"]:
        return int(m["year"])
    if ctx.anchor is None:
        return None
    pre = (m["pre"] or "").lower()
    this_year = _date(name, ctx.anchor.year, ctx.words)
    tense: Tense | None = ctx.tense(c.start, c.end)
    if pre in ("last", "next"):
        tense = "past" if pre == "last" else "future"
    return pick_year(this_year.month, this_year.day, ctx.anchor, tense, strict=bool(pre))


def _underspecified(name: str, words: TimexWords) -> str:
    if name in words.fixed_holidays:
        month, day = words.fixed_holidays[name]
        return f"XXXX-{month:02d}-{day:02d}"
    return "XXXX-XX-XX"
