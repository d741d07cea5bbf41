"""Publication-date candidates: timestamps as written, the URL's date, htmldate's search.

A timestamp's day is taken as the page writes it, in the publisher's own offset
("2024-03-04T23:30:00-05:00" is March 4): converting to UTC moves evening stories to the
next day, the commonest "neighbouring day" error. A ``Z`` timestamp is already UTC and
is read as written too; there is no better local time to be had from it.
"""

from __future__ import annotations

import datetime as dt
import re

_ISO_DAY = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]|$)")
# /2024/03/04/, /2024-03-04/, /20240304/ and a trailing -2024-03-04 slug date.
_URL_DATES = (
    re.compile(r"(?<!\d)((?:19|20)\d\d)[/_-]([01]?\d)[/_-]([0-3]?\d)(?=[/_.-]|$)"),
    re.compile(r"/((?:19|20)\d\d)([01]\d)([0-3]\d)(?=[/_.-])"),
)
_URL_MONTH_NAMES = re.compile(
    r"/((?:19|20)\d\d)/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/([0-3]?\d)/",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def _day(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def day_of(timestamp: str) -> str | None:
    """``YYYY-MM-DD`` of an ISO date or timestamp, in the offset it is written in."""
    m = _ISO_DAY.match(timestamp)
    return _day(int(m[1]), int(m[2]), int(m[3])) if m else None


def url_date(url: str | None) -> str | None:
    """The full date written in a URL's path (``/2024/03/04/``, ``/2024/mar/02/``), or None."""
    if not url:
        return None
    path = re.sub(r"^[a-z]+://[^/]+", "", url)
    m = _URL_MONTH_NAMES.search(path)
    if m:
        return _day(int(m[1]), _MONTHS.index(m[2].lower()[:3]) + 1, int(m[3]))
    for pattern in _URL_DATES:
        m = pattern.search(path)
        if m:
            return _day(int(m[1]), int(m[2]), int(m[3]))
    return None


def days_apart(a: str, b: str) -> int:
    """How many days separate two ISO dates."""
    return abs((dt.date.fromisoformat(a) - dt.date.fromisoformat(b)).days)


def htmldate_date(html: str, url: str | None) -> str | None:
    """htmldate's original publication date (extensive search), or None."""
    import htmldate  # lazy: lxml-heavy, only HTML inputs need it

    try:
        found = htmldate.find_date(
            html, extensive_search=True, original_date=True, outputformat="%Y-%m-%d", url=url
        )
    except Exception:  # htmldate raises lxml and value errors of many types
        return None
    return found if isinstance(found, str) else None
