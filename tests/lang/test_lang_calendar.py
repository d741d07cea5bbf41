"""The shared month and weekday table, and that timex and clean both read it."""

from __future__ import annotations

import pytest

from newsdossier.clean import dates as clean_dates
from newsdossier.lang.calendar import (
    MONTH_KEYS,
    MONTH_NAMES,
    WEEKDAY_KEYS,
    WEEKDAY_NAMES,
    month_from_prefix,
    month_number,
    weekday_from_prefix,
)
from newsdossier.timex import lexicon


def test_lang_calendar_tables() -> None:
    assert len(MONTH_NAMES) == 12
    assert MONTH_NAMES[0] == "January"
    assert MONTH_NAMES[8] == "September"
    assert MONTH_KEYS[8] == "sep"
    assert WEEKDAY_NAMES == (
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    )
    assert WEEKDAY_KEYS[3] == "thu"


@pytest.mark.parametrize(
    ("word", "number"),
    [
        ("January", 1),
        ("jan", 1),
        ("Jan.", 1),
        ("Sept.", 9),
        ("sept", 9),
        ("September", 9),
        (" march ", 3),
        ("Dec", 12),
        ("Jane", None),
        ("Marchers", None),
        ("Septem", None),
        ("", None),
    ],
)
def test_lang_calendar_month_number_is_strict(word: str, number: int | None) -> None:
    assert month_number(word) == number


def test_lang_calendar_prefix_lookups() -> None:
    assert month_from_prefix("Sept.") == 9
    assert month_from_prefix("Marchers") == 3
    assert month_from_prefix("Foo") is None
    assert weekday_from_prefix("Thurs.") == 3
    assert weekday_from_prefix("Sunday") == 6
    assert weekday_from_prefix("Mo") is None


def test_lang_calendar_is_the_table_of_timex_and_clean() -> None:
    assert clean_dates.month_number is month_number
    assert lexicon.MONTH_FULL.split("|") == list(MONTH_NAMES)
    assert lexicon.WEEKDAY_FULL.split("|") == list(WEEKDAY_NAMES)
    assert lexicon.month_number("Sept.") == 9
    assert lexicon.weekday_number("Tues.") == 1
    with pytest.raises(ValueError, match="not a month"):
        lexicon.month_number("Foo")
