"""The days a TimeML value or a `Timex` covers, as an inclusive (first, last) interval.

Values follow TimeML/ISO 8601 as TimeBank uses them: ``2025`` (year), ``202`` (decade),
``20`` (century), ``2025-H1``, ``2025-Q1``, ``2025-SU`` (season), ``2025-04``,
``2025-W17``, ``2025-W17-WE`` (weekend), ``2025-04-28``, ``2025-04-28T15:00``; a range is
``start/end``. Stages that compare or date things by time (timex, events, relations) read
intervals here.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta  # type: ignore[import-untyped, unused-ignore]

from newsdossier.article import Timex

#: A point value: year, then month/day/time, ISO week, quarter, half or season.
POINT_VALUE = re.compile(
    r"^(?P<y>\d{4})(?:-(?:(?P<m>\d\d)(?:-(?P<d>\d\d)(?P<t>T[\w:]+)?)?"
    r"|W(?P<w>\d\d)(?:-(?P<wd>[1-7]|WE))?|Q(?P<q>[1-4])|H(?P<h>[12])|(?P<s>SP|SU|FA|WI)))?$"
)
_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def add_months(day: date, months: int) -> date:
    """``day`` moved by whole months, clamped to the last day of the target month; a target
    year outside 1-9999 is clamped into it, keeping the month."""
    total = day.year * 12 + day.month - 1 + months
    year, month = divmod(total, 12)
    clamped = min(max(year, date.min.year), date.max.year) * 12 + month
    moved: date = day + relativedelta(months=clamped - (day.year * 12 + day.month - 1))
    return moved


def parse_anchor(published: str | None) -> date | None:
    """The anchor date of an ISO date or datetime string (None if absent or unreadable)."""
    if not published:
        return None
    try:
        return date.fromisoformat(published[:10])
    except ValueError:
        return None


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
    match = POINT_VALUE.match(value)
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


def timex_interval(timex: Timex) -> tuple[date, date] | None:
    """First and last day a DATE/TIME timex covers; "since X" (mod ON_OR_AFTER) runs from X to
    its anchor or, without one, to `date.max`."""
    if timex.type not in ("DATE", "TIME"):
        return None
    interval = value_to_interval(timex.value)
    if interval is None:
        return None
    if timex.mod == "ON_OR_AFTER":
        end = parse_anchor(timex.anchor) or date.max
        return (interval[0], max(end, interval[1]))
    if timex.mod == "ON_OR_BEFORE":
        return (date.min, interval[1])
    return interval
