"""General English vocabulary of time: months, weekdays, numbers, units, parts of day."""

from __future__ import annotations

import re

from newsdossier.lang.calendar import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    month_from_prefix,
    weekday_from_prefix,
)
from newsdossier.timex.values import Mod

MONTH_FULL = "|".join(MONTH_NAMES)
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH_ANY = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY_FULL = "|".join(WEEKDAY_NAMES)
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\."
WEEKDAY_ANY = rf"(?:{WEEKDAY_FULL}|{WEEKDAY_ABBR})"


_UNITS = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "Y",
    "century": "Y",
}
_UNIT_FACTOR = {"fortnight": 2, "decade": 10, "century": 100}
TIME_UNITS = frozenset({"second", "minute", "hour"})
UNIT_WORDS = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?"
    r"|decades?|century|centuries)"
)

_ONES = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
]
_TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {w: n for n, w in enumerate(_ONES)}
NUMBER_WORDS.update({w: 20 + 10 * n for n, w in enumerate(_TENS)})
NUMBER_WORDS.update({"a": 1, "an": 1, "a single": 1, "a couple of": 2, "a dozen": 12, "dozen": 12})
FUZZY_NUMBERS = frozenset({"a few", "few", "several", "some", "many", "a couple of", "the"})
_NUMBER_ALT = "|".join(
    sorted(
        (re.escape(w) for w in NUMBER_WORDS if w not in ("zero", "a couple of")),
        key=len,
        reverse=True,
    )
)
NUMBER = rf"(?:\d+(?:\.\d+)?|(?:{'|'.join(_TENS)})[- ](?:{'|'.join(_ONES[1:10])})|{_NUMBER_ALT})"
FUZZY = r"(?:a few|a couple of|several|few|some|many|a couple|numerous)"

ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}

PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}
SEASONS = {"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"}

#: Modifiers of a period and their TimeML ``mod``.
PERIOD_MODS: dict[str, Mod] = {
    "early": "START",
    "the beginning of": "START",
    "the start of": "START",
    "mid": "MID",
    "the middle of": "MID",
    "late": "END",
    "the end of": "END",
}
PERIOD_MOD = r"(?:early|mid|late|the (?:beginning|start|middle|end) of)"


def period_mod(word: str | None) -> Mod | None:
    """The TimeML ``mod`` of a period modifier (``"mid-"`` is ``MID``), None for other words."""
    if not word:
        return None
    return PERIOD_MODS.get(" ".join(word.lower().split()).rstrip("-"))


def month_number(word: str) -> int:
    """1-12 for a month name or abbreviation (``"Sept."`` is 9); ValueError for other words."""
    number = month_from_prefix(word)
    if number is None:
        raise ValueError(f"not a month: {word!r}")
    return number


def weekday_number(word: str) -> int:
    """0 (Monday) to 6 (Sunday) for a weekday name or abbreviation; ValueError for other words."""
    number = weekday_from_prefix(word)
    if number is None:
        raise ValueError(f"not a weekday: {word!r}")
    return number


def parse_number(text: str) -> int | None:
    """The integer a number word or numeral stands for, None if fuzzy ("several")."""
    word = " ".join(text.lower().replace("-", " ").split())
    if word.replace(".", "", 1).isdigit():
        return int(float(word))
    if word in NUMBER_WORDS:
        return NUMBER_WORDS[word]
    parts = word.split()
    if len(parts) == 2 and parts[0] in NUMBER_WORDS and parts[1] in NUMBER_WORDS:
        return NUMBER_WORDS[parts[0]] + NUMBER_WORDS[parts[1]]
    return None


def unit_name(word: str) -> str:
    """The singular unit of a unit word (``"centuries"`` is ``"century"``)."""
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") else word


def duration_value(count: int | None, unit: str) -> str:
    """A TimeML duration: ``P3D``, ``PT2H``, ``P10Y`` (decade), ``PXY`` when the count is fuzzy."""
    unit = unit_name(unit)
    letter = _UNITS[unit]
    if letter == "WE":
        return "PXWE" if count is None else f"P{count * 2}D"
    amount = "X" if count is None else str(count * _UNIT_FACTOR.get(unit, 1))
    prefix = "PT" if unit in TIME_UNITS else "P"
    return f"{prefix}{amount}{letter}"
