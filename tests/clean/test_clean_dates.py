"""Publication date: reader > date header > HTML > dateline (+ year from the page) > None."""

from __future__ import annotations

import pytest

from newsdossier.article import Article
from newsdossier.clean import clean
from newsdossier.clean.dates import find_full_dates, is_date_line, parse_month_day, year_for

WIRE = "Taipei, May 2 (CNA) The cabinet approved a plan to expand the coast guard fleet.\n"
DATED_LIST = (
    "- Sports\nLocal team wins regional basketball title\n05/02/2025 10:15 PM - Business\n"
    "Chipmaker to open new plant in the south\n05/02/2025 09:50 PM\n"
)


def _clean(raw: str, **meta: str) -> Article:
    return clean(Article(id="t", source="t", raw_text=raw, **meta))


def test_clean_dates_dateline_year_from_dated_lines() -> None:
    article = _clean(WIRE + DATED_LIST)
    assert article.published == "2025-05-02"
    assert article.published_source == "dateline"


def test_clean_dates_dateline_year_across_new_year() -> None:
    raw = WIRE.replace("May 2", "Dec. 31") + DATED_LIST.replace("05/02/2025", "01/01/2026")
    assert _clean(raw).published == "2025-12-31"


def test_clean_dates_dateline_without_any_year_gives_none() -> None:
    article = _clean(WIRE)
    assert article.published is None
    assert article.published_source is None
    assert "no publication date found" in article.warnings


def test_clean_dates_date_header_line() -> None:
    article = _clean("date 2026-02-26\n" + WIRE + DATED_LIST)
    assert article.published == "2026-02-26"
    assert article.published_source == "header"
    assert not article.body.startswith("date")


def test_clean_dates_date_header_followed_by_caption_on_the_same_line() -> None:
    raw = (
        " date 2026-02-26 A patrol boat in Keelung on Monday. Photo: Wu Pei-shan, Harbour Post\n\n"
        "The cabinet approved a plan to expand the coast guard fleet, officials said.\n"
    )
    article = _clean(raw)
    assert article.published == "2026-02-26"
    assert article.caption == "A patrol boat in Keelung on Monday."
    assert (
        article.body
        == "The cabinet approved a plan to expand the coast guard fleet, officials said."
    )


def test_clean_dates_reader_beats_header() -> None:
    article = _clean("date 2026-02-26\n" + WIRE, published="2026-03-01", published_source="reader")
    assert article.published == "2026-03-01"
    assert article.published_source == "reader"


def test_clean_dates_header_beats_html() -> None:
    article = _clean("date 2026-02-26\n" + WIRE, published="2026-03-01", published_source="html")
    assert article.published == "2026-02-26"
    assert article.published_source == "header"


def test_clean_dates_html_beats_dateline() -> None:
    article = _clean(WIRE + DATED_LIST, published="2025-05-03", published_source="html")
    assert article.published == "2025-05-03"
    assert article.published_source == "html"


def test_clean_dates_page_date_line_in_header() -> None:
    raw = "Wed, Mar 11, 2026 page 2\n\nThe cabinet approved a plan, officials said.\n"
    article = _clean(raw)
    assert article.published == "2026-03-11"
    assert article.published_source == "page"
    assert article.removed == ("Wed, Mar 11, 2026 page 2",)


def test_clean_dates_full_date_in_dateline() -> None:
    article = _clean("GENEVA, March 3, 2024 (Reuters) - Talks resumed on Monday.\n")
    assert article.published == "2024-03-03"
    assert article.published_source == "dateline"


def test_clean_dates_body_mentions_do_not_date_the_article() -> None:
    article = _clean("The treaty was signed on April 28, 1960, in Washington, he said.\n")
    assert article.published is None


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("04/28/2025 09:35 PM", "2025-04-28"),
        ("28.04.2025", "2025-04-28"),
        ("2025-04-28T09:35", "2025-04-28"),
        ("April 28, 2025", "2025-04-28"),
        ("Sept. 3 2024", "2024-09-03"),
        ("28 April 2025", "2025-04-28"),
        ("2025年4月28日", "2025-04-28"),
    ],
)
def test_clean_dates_full_date_formats(text: str, iso: str) -> None:
    assert [hit.iso() for hit in find_full_dates(text)] == [iso]


def test_clean_dates_impossible_date_ignored() -> None:
    assert find_full_dates("02/30/2025") == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("04/28/2025 09:35 PM - Society", True),
        ("Updated: April 28, 2025", True),
        ("Published 3 hours ago", True),
        ("09:35 PM", True),
        ("The vote was on April 28, 2025, he said.", False),
        ("May I ask a question", False),
    ],
)
def test_clean_dates_date_lines(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


def test_clean_dates_month_day_and_year_choice() -> None:
    hit = parse_month_day("Jan. 5")
    assert hit is not None
    assert (hit.year, hit.month, hit.day) == (None, 1, 5)
    assert parse_month_day("Jane 5") is None
    assert year_for(1, 5, find_full_dates("12/30/2025 and 12/31/2025")) == 2026
    assert year_for(7, 1, find_full_dates("12/30/2025")) is None
