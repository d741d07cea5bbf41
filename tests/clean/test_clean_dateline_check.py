"""Issue 14: the publication date is checked against the day the article's dateline names."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdossier.article import Article
from newsdossier.clean import clean
from newsdossier.clean.dates import DateHit
from newsdossier.clean.published import DATELINE_CONFLICT, dateline_day_near

WIRE = (
    "Keelung, April 28 (CNA) The harbour bureau said on Monday that the north pier would "
    "reopen to ferries in June after repairs to its sea wall.\n"
    "About 2,000 passengers a day used the pier before it closed, the bureau said.\n"
)
#: A "latest news" list dated in 2024: the only year written on the page.
DATED_LIST = (
    "- Local\nNight market moves to the old rail yard\n04/26/2024 10:15 PM - Business\n"
    "Shipyard wins order for two patrol boats\n04/27/2024 09:50 PM\n"
)


def _page(raw: str, day: str, signal: str, confidence: float | None = 0.9) -> Article:
    """An HTML article as the page reader leaves it: its reconciled date and signal."""
    article = Article(
        id="t",
        source="t.html",
        raw_text=raw,
        published=day,
        published_source="html",
        published_confidence=confidence,
        date_source=signal,
    )
    return clean(article)


def _dateline_warnings(article: Article) -> list[str]:
    return [w for w in article.warnings if "dateline" in w]


def test_clean_dateline_check_structured_date_kept_with_lower_confidence() -> None:
    article = _page(WIRE, "2025-05-06", "jsonld", 0.93)
    assert (article.published, article.published_source) == ("2025-05-06", "html")
    assert article.date_source == "jsonld"
    assert article.published_confidence == round(0.93 - DATELINE_CONFLICT, 2)
    (warning,) = _dateline_warnings(article)
    assert "2025-05-06" in warning
    assert "Keelung, April 28 (CNA)" in warning
    assert "April 28" in warning


@pytest.mark.parametrize("day", ["2025-04-28", "2025-04-29", "2025-04-27"])
def test_clean_dateline_check_same_or_next_day_agrees(day: str) -> None:
    article = _page(WIRE, day, "jsonld", 0.93)
    assert article.published == day
    assert article.published_confidence == 0.93
    assert _dateline_warnings(article) == []


def test_clean_dateline_check_searched_date_gives_way_to_the_dateline() -> None:
    # htmldate found only a year and answered 1 January of it
    article = _page(WIRE, "2025-01-01", "htmldate", 0.6)
    assert (article.published, article.published_source) == ("2025-04-28", "dateline")
    assert (article.published_confidence, article.date_source) == (None, None)
    (warning,) = _dateline_warnings(article)
    assert "2025-01-01" in warning
    assert "htmldate" in warning


def test_clean_dateline_check_year_from_dated_lines_before_the_searched_year() -> None:
    article = _page(WIRE + DATED_LIST, "2025-01-01", "trafilatura", 0.55)
    assert (article.published, article.published_source) == ("2024-04-28", "dateline")


def test_clean_dateline_check_date_header_warns_without_a_confidence() -> None:
    article = clean(Article(id="t", source="t.txt", raw_text="date 2025-03-02\n" + WIRE))
    assert (article.published, article.published_source) == ("2025-03-02", "header")
    assert article.published_confidence is None
    assert len(_dateline_warnings(article)) == 1


def test_clean_dateline_check_reader_date_stands_without_warning() -> None:
    raw = Article(
        id="t", source="t.txt", raw_text=WIRE, published="2025-03-02", published_source="reader"
    )
    article = clean(raw)
    assert (article.published, article.published_source) == ("2025-03-02", "reader")
    assert _dateline_warnings(article) == []


def test_clean_dateline_check_nearest_year_across_new_year() -> None:
    december = DateHit(None, 12, 31, 0, 0)
    assert dateline_day_near(december, "2026-01-01") == dt.date(2025, 12, 31)
    assert dateline_day_near(DateHit(None, 1, 2, 0, 0), "2025-12-31") == dt.date(2026, 1, 2)
    assert dateline_day_near(DateHit(2023, 1, 2, 0, 0), "2025-12-31") == dt.date(2023, 1, 2)
    assert dateline_day_near(DateHit(None, 2, 29, 0, 0), "2025-03-01") == dt.date(2024, 2, 29)
    assert dateline_day_near(december, "not a date") is None
