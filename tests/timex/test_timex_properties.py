"""Property tests: normalization never crashes, and point values parse back at their grain."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.timex import granularity, normalize_expressions, value_to_interval
from newsdossier.timex.values import value_at_granularity

_WORDS = st.sampled_from(
    [
        "Monday",
        "May",
        "March",
        "last",
        "next",
        "year",
        "week",
        "ago",
        "three",
        "2024",
        "since",
        "from",
        "to",
        "the",
        "day",
        "before",
        "early",
        "late",
        "mid-",
        "1960s",
        "p.m.",
        "8",
        "31",
        "Nov.",
        "-",
        ",",
        "quarter",
        "third",
        "every",
        "daily",
        "now",
        "half",
        "and",
        "tomorrow",
        "following",
        "month",
        "decade",
        "century",
        "20th",
        "$27",
        "We",
        "Sun",
    ]
)
_TEXT = st.one_of(st.text(max_size=200), st.lists(_WORDS, max_size=30).map(" ".join))
_ANCHOR = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))
_GRAINS = st.sampled_from(
    ["century", "decade", "year", "half", "quarter", "season", "month", "week", "day"]
)


@settings(max_examples=300, deadline=None)
@given(text=_TEXT, anchor=_ANCHOR)
def test_timex_normalization_never_crashes(text: str, anchor: date | None) -> None:
    for timex in normalize_expressions(text, anchor):
        assert text[timex.start : timex.end] == timex.text
        assert timex.type in ("DATE", "TIME", "DURATION", "SET")
        assert timex.value


@settings(max_examples=300, deadline=None)
@given(
    text=st.lists(_WORDS, max_size=30).map(" ".join),
    anchor=st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)),
)
def test_timex_point_values_parse_back_at_their_granularity(text: str, anchor: date) -> None:
    for timex in normalize_expressions(text, anchor):
        grain = granularity(timex.value)
        if grain is None or grain == "time":
            continue
        interval = value_to_interval(timex.value)
        assert interval is not None, timex
        assert value_at_granularity(interval[0], grain) == timex.value


@given(day=st.dates(min_value=date(2, 1, 1), max_value=date(9998, 12, 31)), grain=_GRAINS)
def test_timex_value_at_granularity_round_trips(day: date, grain: str) -> None:
    value = value_at_granularity(day, grain)  # type: ignore[arg-type]
    assert granularity(value) == grain
    interval = value_to_interval(value)
    assert interval is not None
    assert interval[0] <= day <= interval[1]
