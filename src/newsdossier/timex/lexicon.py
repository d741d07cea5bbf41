"""The timex stage's use of the words of time: pattern pieces built from them, and lookups.

The words themselves (numbers, ordinals, units, period modifiers) are the lexicon's
`TimexWords`; month and weekday names are `newsdossier.lang.calendar`'s. The pattern
pieces here (``MONTH_ANY``, ``NUMBER``...) go into the rule list, which is compiled once
at import, so they are built from the fallback language's words; the lookups take the
`TimexWords` of the text being read.
"""

from __future__ import annotations

import re

from newsdossier.lang.calendar import (
    MONTH_NAMES,
    WEEKDAY_NAMES,
    month_from_prefix,
    weekday_from_prefix,
)
from newsdossier.lang.lexicon import FALLBACK_LANGUAGE, TimexWords, lexicon_for
from newsdossier.timex.values import Mod

#: The words the rule patterns are built from: the rules (`newsdossier.timex.patterns`) are
#: English patterns compiled at import, before any article says its language.
_PATTERN_WORDS = lexicon_for(FALLBACK_LANGUAGE).timex

MONTH_FULL = "|".join(MONTH_NAMES)
MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
MONTH_ANY = rf"(?:{MONTH_FULL}|{MONTH_ABBR})"
WEEKDAY_FULL = "|".join(WEEKDAY_NAMES)
WEEKDAY_ABBR = r"(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\."
WEEKDAY_ANY = rf"(?:{WEEKDAY_FULL}|{WEEKDAY_ABBR})"

UNIT_WORDS = (
    r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|quarters?|years?"
    r"|decades?|century|centuries)"
)


def _number_pattern(words: TimexWords) -> str:
    ones, tens = words.cardinal_ones, words.cardinal_tens
    every = [*ones, *tens, *words.number_phrases]
    escaped = (re.escape(w) for w in every if w not in ("zero", "a couple of"))
    alternatives = "|".join(sorted(escaped, key=len, reverse=True))
    return rf"(?:\d+(?:\.\d+)?|(?:{'|'.join(tens)})[- ](?:{'|'.join(ones[1:10])})|{alternatives})"


NUMBER = _number_pattern(_PATTERN_WORDS)
FUZZY = r"(?:a few|a couple of|several|few|some|many|a couple|numerous)"
#: Ordinal words and numerals -> number, for the rule patterns (resolvers read
#: ``TimexWords.ordinals`` of their own context).
ORDINALS = _PATTERN_WORDS.ordinals
PERIOD_MOD = r"(?:early|mid|late|the (?:beginning|start|middle|end) of)"


def period_mod(word: str | None, words: TimexWords) -> Mod | None:
    """The TimeML ``mod`` of a period modifier (``"mid-"`` is ``MID``), None for other words."""
    if not word:
        return None
    return words.period_modifiers.get(" ".join(word.lower().split()).rstrip("-"))


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


def _word_value(word: str, words: TimexWords) -> int | None:
    if word in words.cardinal_ones:
        return words.cardinal_ones.index(word)
    if word in words.cardinal_tens:
        return 20 + 10 * words.cardinal_tens.index(word)
    return words.number_phrases.get(word)


def parse_number(text: str, words: TimexWords) -> int | None:
    """The integer a number word or numeral stands for, None if fuzzy ("several")."""
    word = " ".join(text.lower().replace("-", " ").split())
    if word.replace(".", "", 1).isdigit():
        return int(float(word))
    value = _word_value(word, words)
    if value is not None:
        return value
    parts = word.split()
    if len(parts) == 2:
        first, second = _word_value(parts[0], words), _word_value(parts[1], words)
        if first is not None and second is not None:
            return first + second
    return None


def unit_name(word: str) -> str:
    """The singular unit of a unit word (``"centuries"`` is ``"century"``)."""
    word = word.lower()
    if word.startswith("centur"):
        return "century"
    return word[:-1] if word.endswith("s") else word


def duration_value(count: int | None, unit: str, words: TimexWords) -> str:
    """A TimeML duration: ``P3D``, ``PT2H``, ``P10Y`` (decade), ``PXY`` when the count is fuzzy."""
    unit = unit_name(unit)
    letter = words.duration_units[unit]
    if letter == "WE":
        return "PXWE" if count is None else f"P{count * 2}D"
    amount = "X" if count is None else str(count * words.unit_multiples.get(unit, 1))
    prefix = "PT" if unit in words.clock_units else "P"
    return f"{prefix}{amount}{letter}"
