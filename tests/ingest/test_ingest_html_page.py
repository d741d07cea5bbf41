"""HTML page metadata from every signal, on invented pages written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdossier.article import Article
from newsdossier.clean import clean
from newsdossier.ingest import read_bytes
from newsdossier.ingest.html import html_article
from newsdossier.ingest.page.body import choose_body, is_prose
from newsdossier.ingest.page.dates import day_of, url_date
from newsdossier.ingest.page.reconcile import Extracted, reconcile_date
from newsdossier.ingest.page.structured import read_structured
from newsdossier.ingest.page.titles import strip_site_name

PAGES = Path(__file__).resolve().parent.parent / "fixtures" / "pages"
PAGE_NAMES = sorted(p.stem for p in PAGES.glob("*.html"))


def _page(name: str) -> tuple[Article, dict[str, str]]:
    gold = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    html = (PAGES / f"{name}.html").read_text(encoding="utf-8")
    article = html_article(html, name, name, published=None, warnings=(), url=gold["url"])
    assert isinstance(article, Article)
    return clean(article), gold


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_ingest_html_page_metadata_matches_gold(name: str) -> None:
    article, gold = _page(name)
    for field in ("title", "published", "author", "outlet"):
        assert getattr(article, field) == gold[field], field


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_ingest_html_page_body_has_no_furniture(name: str) -> None:
    article, _ = _page(name)
    assert len(article.body.split("\n")) >= 3
    for line in article.body.split("\n"):
        assert is_prose(line), line  # no related links, update stamps or site headers


def test_ingest_html_modified_time_is_never_the_publication_date() -> None:
    article, _ = _page("misleading_updated")
    assert article.published == "2025-01-08"
    assert (article.published_source, article.date_source) == ("html", "jsonld")
    assert article.published_confidence is not None
    assert article.published_confidence >= 0.9


def test_ingest_html_date_is_the_day_the_publisher_wrote() -> None:
    # 21:40 at -04:00 is the next day in UTC; 06:00 at +09:00 the day before
    assert _page("jsonld_pipe")[0].published == "2025-03-14"
    assert _page("graph_jsonld")[0].published == "2024-05-02"
    assert day_of("2024-02-29T13:30:37.916-05:00") == "2024-02-29"


def test_ingest_html_url_date_beats_searched_update_dates() -> None:
    article, _ = _page("url_date_colon")
    assert article.published == "2022-09-30"
    assert article.date_source == "url"


def test_ingest_html_reader_date_wins_and_has_no_confidence() -> None:
    html = (PAGES / "jsonld_pipe.html").read_bytes()
    article = next(read_bytes(html, "page.html", published="2025-03-20"))
    assert isinstance(article, Article)
    assert (article.published, article.published_source) == ("2025-03-20", "reader")
    assert article.published_confidence is None
    assert article.date_source is None


def test_ingest_html_structured_data_reads_graph_and_skips_webpage_headline() -> None:
    found = read_structured((PAGES / "graph_jsonld.html").read_text(encoding="utf-8"))
    assert found.headlines == ["Exclusive: Mill Town Votes to Reopen Paper Plant"]
    assert found.jsonld_published == ["2024-05-02T06:00:00+09:00"]
    assert found.webpage_published == ["2024-05-03T02:00:00Z"]
    assert "Riverbend Tribune" in found.site_names


def test_ingest_html_url_conflict_lowers_confidence_and_warns() -> None:
    found = read_structured((PAGES / "misleading_updated.html").read_text(encoding="utf-8"))
    url = "https://coastlinedaily.com/2024/12/30/ferry-service-returns"
    day, source, confidence, warnings = reconcile_date(found, Extracted(), url)
    assert (day, source) == ("2025-01-08", "jsonld")
    assert confidence is not None
    assert confidence < 0.9
    assert "disagrees with the URL" in warnings[0]


def test_ingest_html_dateline_disagreeing_lowers_confidence_and_warns() -> None:
    article, gold = _page("dateline_disagrees")
    assert article.published == gold["published"]
    assert (article.published_source, article.date_source) == ("html", "jsonld")
    assert article.dateline == "Taipei, April 28 (CNA)"
    assert article.published_confidence is not None
    assert article.published_confidence < 0.9
    assert any("2025-05-06" in w and "April 28" in w for w in article.warnings)


def test_ingest_html_dateline_beats_a_searched_date() -> None:
    article, gold = _page("dateline_beats_search")
    assert article.published == gold["published"]
    assert (article.published_source, article.date_source) == ("dateline", None)
    assert article.published_confidence is None


@pytest.mark.parametrize(
    ("url", "day"),
    [
        ("https://www.example-news.com/us-news/2024/mar/02/biden-poll", "2024-03-02"),
        ("https://example-news.com/legal/weisselberg-plea-2024-03-04/", "2024-03-04"),
        ("https://example-news.com/2024/02/28/changemakers.html", "2024-02-28"),
        ("https://example-news.com/news/20240229/story", "2024-02-29"),
        ("https://example-news.com/article/fact-check-596187204627", None),
        ("https://example-news.com/2024/13/45/not-a-date", None),
    ],
)
def test_ingest_html_url_date(url: str, day: str | None) -> None:
    assert url_date(url) == day


@pytest.mark.parametrize(
    "title",
    [
        "Big Storm Hits Coast | The Harbour Herald",
        "Big Storm Hits Coast - Harbour Herald",
        "Big Storm Hits Coast — The Harbour Herald",
        "Big Storm Hits Coast – harbourherald.com",
        "The Harbour Herald: Big Storm Hits Coast",
        "Big Storm Hits Coast | News | The Harbour Herald",
    ],
)
def test_ingest_html_site_name_is_stripped_however_joined(title: str) -> None:
    stripped = strip_site_name(title, ["The Harbour Herald"])
    assert stripped in ("Big Storm Hits Coast", "Big Storm Hits Coast | News")


def test_ingest_html_title_keeps_a_colon_that_is_not_the_site() -> None:
    title = "Poll: Voters Split on Harbour Plan | The Harbour Herald"
    assert strip_site_name(title, ["The Harbour Herald"]) == "Poll: Voters Split on Harbour Plan"


LEDE = "The council approved the budget on Friday after a long debate over parks."
SECOND = "Councillors said the cuts would be reviewed in six months, the mayor said."
THIRD = "The budget includes money for twelve new bus drivers and a library roof."
LOST = "Residents who spoke at the meeting asked for the pools to stay open all summer."


def test_ingest_html_body_takes_recall_when_it_adds_prose_and_keeps_all() -> None:
    default = f"{LEDE}\n{SECOND}"
    modes = {"recall": f"{LEDE}\n{SECOND}\n{LOST}", "precision": LEDE}
    body = choose_body(default, modes.__getitem__)
    assert body.mode == "recall"
    assert LOST in body.text


def test_ingest_html_body_never_trades_a_paragraph_for_precision() -> None:
    default = f"{LEDE}\n{SECOND}\n{THIRD}\nShare this"
    modes = {"recall": default, "precision": f"{LEDE}\n{THIRD}"}
    assert choose_body(default, modes.__getitem__).text == default
    modes["precision"] = f"{LEDE}\n{SECOND}\n{THIRD}"
    assert choose_body(default, modes.__getitem__).mode == "precision"


def test_ingest_html_body_uses_jsonld_length_to_try_recall() -> None:
    default = f"{LEDE}\n{SECOND}\n{THIRD}"
    modes = {"recall": f"{default}\n{LOST}", "precision": default}
    assert choose_body(default, modes.__getitem__).mode == "default"
    assert choose_body(default, modes.__getitem__, structured_words=60).mode == "recall"
