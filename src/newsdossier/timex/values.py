"""TimeML value strings: building them at a granularity and turning them back into dates.

Values follow TimeML/ISO 8601 as TimeBank uses them: ``2025`` (year), ``202`` (decade),
``20`` (century), ``2025-H1``, ``2025-Q1``, ``2025-SU`` (season), ``2025-04``,
``2025-W17``, ``2025-W17-WE`` (weekend), ``2025-04-28``, ``2025-04-28TMO`` (part of
day), ``2025-04-28T15:00``. A range is ``start/end`` of two such points. Underspecified
values use ``X`` (``XXXX-03``) and references are ``PRESENT_REF``, ``PAST_REF``,
``FUTURE_REF``.

Intervals (the days a value covers) are the language layer's: `newsdossier.lang.intervals`.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Literal

from newsdossier.lang.intervals import POINT_VALUE

#: TimeML's ``mod`` values that we produce: early/mid/late a period, and the open ends of
#: "since X" (ON_OR_AFTER) and "until X" (ON_OR_BEFORE).
Mod = Literal["START", "MID", "END", "ON_OR_AFTER", "ON_OR_BEFORE"]
Granularity = Literal[
    "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time"
]


def year_value(year: int) -> str:
    """``2025``."""
    return f"{year:04d}"


def month_value(year: int, month: int) -> str:
    """``2025-04``."""
    return f"{year:04d}-{month:02d}"


def day_value(day: date) -> str:
    """``2025-04-28``."""
    return day.isoformat()


def week_value(day: date) -> str:
    """The ISO week containing ``day``: ``2025-W18``."""
    iso = day.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def quarter_value(year: int, quarter: int) -> str:
    """``2025-Q1``."""
    return f"{year:04d}-Q{quarter}"


def shift_days(day: date, days: int) -> date:
    """``day`` moved by days, clamped to the calendar's range."""
    try:
        return day + timedelta(days=days)
    except OverflowError:
        return date.max if days > 0 else date.min


def granularity(value: str) -> Granularity | None:
    """The granularity of a point value, or None for references, durations and ranges."""
    if re.fullmatch(r"\d{2}", value):
        return "century"
    if re.fullmatch(r"\d{3}", value):
        return "decade"
    match = POINT_VALUE.match(value)
    if match is None:
        return None
    for group, name in (("t", "time"), ("d", "day"), ("w", "week"), ("m", "month")):
        if match[group]:
            return name  # type: ignore[return-value]
    if match["q"]:
        return "quarter"
    if match["h"]:
        return "half"
    if match["s"]:
        return "season"
    return "year"


def value_at_granularity(day: date, unit: Granularity) -> str:
    """The value of the period of size ``unit`` that contains ``day``."""
    if unit == "century":
        return f"{day.year // 100:02d}"
    if unit == "decade":
        return f"{day.year // 10:03d}"
    if unit == "year":
        return year_value(day.year)
    if unit == "half":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "quarter":
        return quarter_value(day.year, (day.month - 1) // 3 + 1)
    if unit == "month":
        return month_value(day.year, day.month)
    if unit == "week":
        return week_value(day)
    if unit == "season":
        code = ("WI", "SP", "SU", "FA")[(day.month % 12) // 3]
        year = day.year - 1 if day.month <= 2 else day.year
        return f"{year:04d}-{code}"
    return day_value(day)
