"""Datelines in the formats wire services and newspapers use, and lines that are not."""

from __future__ import annotations

import pytest

from newsdossier.article import Article
from newsdossier.clean import clean
from newsdossier.clean.dateline import parse_dateline


@pytest.mark.parametrize(
    ("line", "text", "place", "agency", "month_day"),
    [
        ("WASHINGTON (AP) — The Senate voted on the bill.", "WASHINGTON (AP)", "Washington",
         "AP", None),
        ("Taipei, April 28 (CNA) The cabinet approved a plan.", "Taipei, April 28 (CNA)",
         "Taipei", "CNA", (4, 28)),
        ("LONDON, March 3 (Reuters) - Britain said on Monday.", "LONDON, March 3 (Reuters)",
         "London", "Reuters", (3, 3)),
        ("BUFFALO, N.Y. (AP) -- A doctor was shot.", "BUFFALO, N.Y. (AP)", "Buffalo, N.Y.",
         "AP", None),
        ("NAIROBI, Kenya (AP)_ Crowds gathered.", "NAIROBI, Kenya (AP)", "Nairobi, Kenya",
         "AP", None),
        ("TOKYO, Jan. 5 — Markets opened higher.", "TOKYO, Jan. 5", "Tokyo", None, (1, 5)),
        ("KYIV, Ukraine — Air raid sirens sounded.", "KYIV, Ukraine", "Kyiv, Ukraine", None,
         None),
        ("Seoul (Yonhap) -- North Korea fired a missile.", "Seoul (Yonhap)", "Seoul", "Yonhap",
         None),
    ],
)  # fmt: skip
def test_clean_dateline_formats(
    line: str, text: str, place: str, agency: str | None, month_day: tuple[int, int] | None
) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None
    assert dateline.text == text
    assert dateline.place == place
    assert dateline.agency == agency
    got = (dateline.date.month, dateline.date.day) if dateline.date else None
    assert got == month_day


def test_clean_dateline_year_written_in_dateline() -> None:
    dateline = parse_dateline("GENEVA, March 3, 2024 (Reuters) - Talks resumed.")
    assert dateline is not None
    assert dateline.date is not None
    assert dateline.date.iso() == "2024-03-03"


def test_clean_dateline_on_its_own_line() -> None:
    assert parse_dateline("HAVANA (AP) --", whole_line=True) is not None
    assert parse_dateline("HAVANA (AP) --") is None  # no body text follows


@pytest.mark.parametrize(
    "line",
    [
        "Sen. Bernie Sanders (I-Vt.) — who spoke first — was cheered.",
        "Monday, April 28 (AP) - a holiday.",
        "The US (AP) said nothing.",
        "NATO — the alliance — met.",
        "Taipei, April 28 the cabinet met.",
        "President Lai (賴清德) — said.",
    ],
)
def test_clean_dateline_not_a_dateline(line: str) -> None:
    assert parse_dateline(line) is None


def test_clean_dateline_taken_out_of_body_with_outlet_and_place() -> None:
    raw = "LONDON, March 3 (Reuters) - Britain and France agreed on a plan, officials said.\n"
    article = clean(Article(id="a", source="a", raw_text=raw))
    assert article.body == "Britain and France agreed on a plan, officials said."
    assert article.dateline == "LONDON, March 3 (Reuters)"
    assert article.dateline_place == "London"
    assert article.outlet == "Reuters"


def test_clean_dateline_separate_line_before_body() -> None:
    raw = "WARSAW, Poland (AP) _\n\nThe parliament passed the law on Friday.\n"
    article = clean(Article(id="a", source="a", raw_text=raw))
    assert article.body == "The parliament passed the law on Friday."
    assert article.dateline_place == "Warsaw, Poland"


def test_clean_dateline_agency_first_newspaper_style() -> None:
    raw = "AFP, WASHINGTON\n\nThe US Senate passed the bill on Friday, officials said.\n"
    article = clean(Article(id="a", source="a", raw_text=raw))
    assert article.dateline == "AFP, WASHINGTON"
    assert article.dateline_place == "Washington"
    assert article.outlet == "AFP"
    assert article.body == "The US Senate passed the bill on Friday, officials said."


@pytest.mark.parametrize(
    ("line", "place"),
    [("NEW DELHI: The government said on Monday.", "New Delhi"),
     ("ISLAMABAD: Talks resumed on Friday.", "Islamabad")],
)  # fmt: skip
def test_clean_dateline_colon_style(line: str, place: str) -> None:
    dateline = parse_dateline(line)
    assert dateline is not None
    assert dateline.place == place


@pytest.mark.parametrize(
    "line", ["UPDATE: The site removed the listing.", "EDITOR'S NOTE: This story was corrected."]
)
def test_clean_dateline_labels_are_not_places(line: str) -> None:
    assert parse_dateline(line) is None
