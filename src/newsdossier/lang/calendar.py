"""English month and weekday names: the one table every stage reads them from.

Months are numbered 1 (January) to 12 (December), as `datetime.date` numbers them;
weekdays 0 (Monday) to 6 (Sunday), as `datetime.date.weekday` does.
"""

from __future__ import annotations

MONTH_NAMES: tuple[str, ...] = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
WEEKDAY_NAMES: tuple[str, ...] = (
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
)
#: The first three letters of each name, lower case: the key every abbreviation starts with.
MONTH_KEYS: tuple[str, ...] = tuple(name[:3].lower() for name in MONTH_NAMES)
WEEKDAY_KEYS: tuple[str, ...] = tuple(name[:3].lower() for name in WEEKDAY_NAMES)
#: Month abbreviations longer than three letters that are written in news ("Sept.").
_LONG_MONTH_ABBREVIATIONS = {"sept": 9}


def month_from_prefix(word: str) -> int | None:
    """1-12 for a word whose first three letters (ignoring case and a final period) start a
    month name (``"Sept."`` is 9, ``"Marchers"`` is 3), None otherwise."""
    key = word.lower().rstrip(".")[:3]
    return MONTH_KEYS.index(key) + 1 if key in MONTH_KEYS else None


def weekday_from_prefix(word: str) -> int | None:
    """0 (Monday) to 6 (Sunday) for a word whose first three letters start a weekday name,
    None otherwise."""
    key = word.lower().rstrip(".")[:3]
    return WEEKDAY_KEYS.index(key) if key in WEEKDAY_KEYS else None


def month_number(name: str) -> int | None:
    """1-12 for an English month name or abbreviation (``"Jan."``, ``"Sept"``, ``"march"``);
    None for any other word (``"Jane"``, ``"Marchers"``)."""
    key = name.strip().strip(".").lower()
    if key in _LONG_MONTH_ABBREVIATIONS:
        return _LONG_MONTH_ABBREVIATIONS[key]
    number = month_from_prefix(key)
    if number is None or key not in (MONTH_KEYS[number - 1], MONTH_NAMES[number - 1].lower()):
        return None
    return number
