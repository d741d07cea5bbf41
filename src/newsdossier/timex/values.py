"""TimeML value strings: building them at a granularity and turning them back into dates.

Values follow TimeML/ISO 8601 as TimeBank uses them: ``2025`` (year), ``202`` (decade),
``20`` (century), ``2025-H1``, ``2025-Q1``, ``2025-SU`` (season), ``2025-04``,
``2025-W17``, ``2025-W17-WE`` (weekend), ``2025-04-28``, ``2025-04-28TMO`` (part of
day), ``2025-04-28T15:00``. A range is ``start/end`` of two such points. Underspecified
values use ``X`` (``XXXX-03``) and references are ``PRESENT_REF``, ``PAST_REF``,
``FUTURE_REF``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import Literal

from dateutil.relativedelta import relativedelta  # type: ignore[import-untyped, unused-ignore]

#: TimeML's ``mod`` values that we produce: early/mid/late a period, and the open ends of
#: "since X" (ON_OR_AFTER) and "until X" (ON_OR_BEFORE).
Mod = Literal["START", "MID", "END", "ON_OR_AFTER", "ON_OR_BEFORE"]
Granularity = Literal[
    "century", "decade", "year", "half", "quarter", "season", "month", "week", "day", "time"
]

_POINT = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d)(?P<t>T[\w:]+)?)?"
    r"|W(?P<w>\d\d)(?:-(?P<wd>[1-7]|WE))?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?$"
)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


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


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the last day of the target month; a target
    year outside 1-9999 is clamped into it, keeping the month."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    clamped = min(max(year, date.min.year), date.max.year) * 12 + month
    moved: date = day + relativedelta(months=clamped - (day.year * 12 + day.month - 1))
    return moved


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
    match = _POINT.match(value)
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


def value_to_interval(value: str) -> tuple[date, date] | None:
    """First and last day (inclusive) covered by a point or ``start/end`` range value.

    Returns None for durations, sets, references and underspecified values.
    """
    if "/" in value:
        first, _, last = value.partition("/")
        a, b = value_to_interval(first), value_to_interval(last)
        if a is None or b is None:
            return None
        return (a[0], b[1])
    try:
        return _point_interval(value)
    except ValueError:
        return None


def _point_interval(value: str) -> tuple[date, date] | None:
    if re.fullmatch(r"\d{2}", value):
        start = max(int(value) * 100, 1)
        return (date(start, 1, 1), date(int(value) * 100 + 99, 12, 31))
    if re.fullmatch(r"\d{3}", value):
        start = max(int(value) * 10, 1)
        return (date(start, 1, 1), date(int(value) * 10 + 9, 12, 31))
    match = _POINT.match(value)
    if match is None:
        return None
    year = int(match["y"])
    if year < 1:
        return None
    if match["d"]:
        day = date(year, int(match["m"]), int(match["d"]))
        return (day, day)
    if match["m"]:
        month = int(match["m"])
        return (date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1]))
    if match["w"]:
        return _week_interval(year, int(match["w"]), match["wd"])
    if match["q"]:
        first = 3 * int(match["q"]) - 2
        return (date(year, first, 1), add_months(date(year, first, 1), 3) - timedelta(days=1))
    if match["h"]:
        first = 6 * int(match["h"]) - 5
        return (date(year, first, 1), add_months(date(year, first, 1), 6) - timedelta(days=1))
    if match["s"]:
        lo, hi = _SEASON_MONTHS[match["s"]]
        end = add_months(date(year, lo, 1), hi - lo + 1) - timedelta(days=1)
        return (date(year, lo, 1), end)
    return (date(year, 1, 1), date(year, 12, 31))


def _week_interval(year: int, week: int, weekday: str | None) -> tuple[date, date]:
    monday = date.fromisocalendar(year, week, 1)
    if weekday == "WE":
        return (monday + timedelta(days=5), monday + timedelta(days=6))
    if weekday:
        day = monday + timedelta(days=int(weekday) - 1)
        return (day, day)
    return (monday, monday + timedelta(days=6))


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
