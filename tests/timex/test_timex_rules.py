"""Each normalization rule and guard on sentences written for the purpose."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from newsdossier.article import Article
from newsdossier.nlp import annotate_doc
from newsdossier.timex import normalize_expressions, resolve_relative, timex_interval

ANCHOR = date(2026, 2, 26)  # a Thursday


def _values(text: str, anchor: date | None = ANCHOR) -> list[tuple[str, str]]:
    return [(t.text, t.value) for t in normalize_expressions(text, anchor)]


def _parsed(text: str, nlp: Any, anchor: date = ANCHOR) -> list[tuple[str, str]]:
    tokens = annotate_doc(Article(id="t", source="t", body=text), nlp(text), []).tokens
    return [(t.text, t.value) for t in normalize_expressions(text, anchor, tokens)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The fair opens on June 5, 2027.", [("June 5, 2027", "2027-06-05")]),
        ("It was signed on 5 June 2019.", [("5 June 2019", "2019-06-05")]),
        ("Filed 2024-11-03 by the clerk.", [("2024-11-03", "2024-11-03")]),
        ("The report from November 2023 says so.", [("November 2023", "2023-11")]),
        ("Growth slowed in the third quarter of 2025.", [("the third quarter of 2025", "2025-Q3")]),
        ("Sales rose in the first half of 2024.", [("the first half of 2024", "2024-H1")]),
        ("Music of the 1960s is back.", [("the 1960s", "196")]),
        ("Tastes changed in the 20th century.", [("the 20th century", "19")]),
        ("The plant closed in 1998.", [("1998", "1998")]),
    ],
)
def test_timex_absolute_dates(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He arrived yesterday.", [("yesterday", "2026-02-25")]),
        ("She leaves tomorrow.", [("tomorrow", "2026-02-27")]),
        ("Prices rose last year.", [("last year", "2025")]),
        ("Talks resume next month.", [("next month", "2026-03")]),
        ("It peaked last week.", [("last week", "2026-W08")]),
        ("He left three years ago.", [("three years ago", "2023")]),
        ("They met 10 days ago.", [("10 days ago", "2026-02-16")]),
        ("He spoke in November last year.", [("November last year", "2025-11")]),
        ("Sales fell earlier this year.", [("earlier this year", "2026")]),
        ("The rally was earlier this month.", [("earlier this month", "2026-02")]),
    ],
)
def test_timex_relative_to_the_anchor(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Atlanta, nineteen ninety-six.", [("nineteen ninety-six", "1996")]),
        ("by the year two thousand", [("the year two thousand", "2000")]),
        ("in January nineteen ninety-seven", [("January nineteen ninety-seven", "1997-01")]),
        ("Crime fell through the nineties.", [("the nineties", "199")]),
        ("It closes by year-end.", [("year-end", "2026")]),
        ("Sales in next year's first quarter", [("next year's first quarter", "2027-Q1")]),
        ("Profit rose in the 2025 third quarter.", [("the 2025 third quarter", "2025-Q3")]),
    ],
)
def test_timex_spelled_years_and_periods(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _values(sentence) == expected


def test_timex_comparisons_follow_the_period_discussed() -> None:
    text = (
        "Net income rose in the third quarter of 2025. It was $5 million a year earlier. "
        "In the year-ago quarter, sales fell. The latest period had a gain."
    )
    assert [t.value for t in normalize_expressions(text, ANCHOR)] == [
        "2025-Q3",
        "2024-Q3",
        "2024-Q3",
        "2025-Q3",
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("It collapsed last summer.", [("last summer", "2025-SU")]),
        ("He will go next winter.", [("next winter", "2026-WI")]),
        ("Work starts in the winter of 2027.", [("the winter of 2027", "2027-WI")]),
        ("Prices fall when rates rise.", []),
    ],
)
def test_timex_seasons(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _values(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("They met on Thanksgiving Day.", [("Thanksgiving Day", "2025-11-27")]),
        ("He will visit at Christmas.", [("Christmas", "2026-12-25")]),
        ("Crowds gathered at Easter 2024.", [("Easter 2024", "2024-03-31")]),
        ("Turnout on Election Day 2024 was high.", [("Election Day 2024", "2024-11-05")]),
        ("It was cold last Christmas.", [("last Christmas", "2025-12-25")]),
    ],
)
def test_timex_holidays(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _values(sentence) == expected


def test_timex_quarter_comparisons_fade_with_distance() -> None:
    far = "Profit rose in the third quarter of 2025. " + "Other news follows here. " * 40
    found = normalize_expressions(far + "He moved there a year ago.", ANCHOR)
    assert found[-1].value == "2025"
    near = "Profit rose in the third quarter of 2025, from $2 million a year ago."
    assert normalize_expressions(near, ANCHOR)[-1].value == "2024-Q3"


def test_timex_weekday_equal_to_publication_day_is_that_day() -> None:
    assert _values("The minister spoke Thursday.") == [("Thursday", "2026-02-26")]


def test_timex_weekday_tense_decides_direction(nlp: Any) -> None:
    assert _parsed("The minister spoke on Monday.", nlp) == [("Monday", "2026-02-23")]
    assert _parsed("The minister will speak on Monday.", nlp) == [("Monday", "2026-03-02")]


def test_timex_month_tense_decides_year(nlp: Any) -> None:
    assert _parsed("The vote took place in December.", nlp) == [("December", "2025-12")]
    assert _parsed("The vote will take place in December.", nlp) == [("December", "2026-12")]


def test_timex_possessive_weekday_is_still_the_weekday(nlp: Any) -> None:
    assert _parsed("She said in Monday's speech that talks failed.", nlp) == [
        ("Monday", "2026-02-23")
    ]


def test_timex_scheduled_means_future(nlp: Any) -> None:
    text = "The premier is scheduled to visit Paris on Tuesday."
    assert _parsed(text, nlp) == [("Tuesday", "2026-03-03")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("He held the post from 2022 to 2024.", [("from 2022 to 2024", "2022/2024")]),
        (
            "The visit runs from March 31 to April 2.",
            [("from March 31 to April 2", "2026-03-31/2026-04-02")],
        ),
        ("The fair runs March 3-5, 2027.", [("March 3-5, 2027", "2027-03-03/2027-03-05")]),
        ("Data for 2010-2015 were revised.", [("2010-2015", "2010/2015")]),
    ],
)
def test_timex_ranges_are_one_expression(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _values(sentence) == expected


def test_timex_since_is_open_ended() -> None:
    (found,) = normalize_expressions("She has been a member since 2005.", ANCHOR)
    assert (found.text, found.value, found.mod) == ("since 2005", "2005", "ON_OR_AFTER")
    assert timex_interval(found) == (date(2005, 1, 1), ANCHOR)


def test_timex_timeml_convention_keeps_range_ends_apart() -> None:
    found = normalize_expressions("from 2022 to 2024 and since 2005", ANCHOR, convention="timeml")
    assert [(t.text, t.value) for t in found] == [
        ("2022", "2022"),
        ("2024", "2024"),
        ("2005", "2005"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("a three-day visit", [("three-day", "P3D")]),
        ("He served two years in prison.", [("two years", "P2Y")]),
        ("over the past six months", [("the past six months", "P6M")]),
        ("a 16-hour shift", [("16-hour", "PT16H")]),
        ("for a few weeks", [("a few weeks", "PXW")]),
        ("It took two and a half years.", [("two and a half years", "P2Y6M")]),
        ("They lived there for 2 1/2 years.", [("2 1/2 years", "P2Y6M")]),
    ],
)
def test_timex_durations(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert _values(sentence) == expected


def test_timex_sets_and_references() -> None:
    found = normalize_expressions("Trains run every week, buses daily, and now recently.", ANCHOR)
    assert [(t.text, t.type, t.value) for t in found] == [
        ("every week", "SET", "P1W"),
        ("daily", "SET", "P1D"),
        ("now", "DATE", "PRESENT_REF"),
        ("recently", "DATE", "PAST_REF"),
    ]
    assert _values("Robots will matter in the future.") == [("the future", "FUTURE_REF")]


def test_timex_modifiers() -> None:
    found = normalize_expressions("in early 2025, by mid-March and late last year", ANCHOR)
    assert [(t.value, t.mod) for t in found] == [
        ("2025", "START"),
        ("2026-03", "MID"),
        ("2025", "END"),
    ]


def test_timex_anaphora_uses_last_date_mentioned() -> None:
    text = "The summit opened on May 4, 2019. The day before, police closed roads."
    assert _values(text)[-1] == ("The day before", "2019-05-03")
    text = "The deal was signed in June 2010. The following month, prices rose."
    assert _values(text)[-1] == ("The following month", "2010-07")
    text = "Talks began on May 4, 2019. Later that week, a deal was signed."
    assert _values(text)[-1] == ("Later that week", "2019-W18")
    text = "The vote was on 2 March 2021. Two days later, results came."
    assert _values(text)[-1] == ("Two days later", "2021-03-04")


def test_timex_clock_time_joins_its_day() -> None:
    found = _values("Polls will close at 8 p.m. Friday.")
    assert found == [("8 p.m. Friday", "2026-02-27T20:00")]


def test_timex_without_anchor_is_underspecified() -> None:
    found = _values("He arrived yesterday and leaves Monday; talks began in March.", None)
    assert found == [("yesterday", "XXXX-XX-XX"), ("Monday", "XXXX-WXX-1"), ("March", "XXXX-03")]
    assert _values("They met three years ago.", None) == [("three years ago", "PAST_REF")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Officials may decide later.",
        "May I ask a question?",
        "Protesters March On City Hall",
        "It costs $27 per ticket.",
        "We will see.",
        "The Sun reported the story.",
        "The Sunday Times reported the story.",
        "He scored 2 goals.",
        "A woman in her 1960s",
        "Call room 1999 for help.",
        "Prices rose 2024 percent.",
        "A three-year-old boy was found.",
        "She told USA Today about it.",
        "The now-defunct firm closed.",
    ],
)
def test_timex_guards_reject_false_positives(sentence: str) -> None:
    assert _values(sentence) == []


def test_timex_guard_uses_the_parse_for_counts(nlp: Any) -> None:
    assert _parsed("The army sent 1500 soldiers.", nlp) == []
    assert _parsed("About 2000 soldiers were sent.", nlp) == []
    assert _parsed("She lost the 2024 race.", nlp) == [("2024", "2024")]


def test_timex_resolve_relative_helper() -> None:
    found = resolve_relative("November last year", ANCHOR)
    assert found is not None
    assert found.value == "2025-11"
    assert resolve_relative("no date here", ANCHOR) is None
