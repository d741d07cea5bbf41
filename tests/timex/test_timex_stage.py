"""The pipeline stage: body and caption, with and without a parse or a publication date."""

from __future__ import annotations

from datetime import date

from newsdossier.article import Article
from newsdossier.timex import find_timexes, parse_anchor, value_to_interval


def _article(**fields: object) -> Article:
    return Article(id="a", source="test", **fields)  # type: ignore[arg-type]


def test_timex_stage_fills_body_and_caption_without_tokens() -> None:
    article = _article(
        body="The minister arrived yesterday for a two-day visit.",
        caption="The minister speaks in Taipei on Nov. 1, 2023.",
        title="Minister to return next month",
        published="2026-02-26",
    )
    found = find_timexes(article)
    assert found is not article
    assert article.timexes == ()
    by_field = {(t.field, t.text, t.value) for t in found.timexes}
    assert by_field == {
        ("body", "yesterday", "2026-02-25"),
        ("body", "two-day", "P2D"),
        ("caption", "Nov. 1, 2023", "2023-11-01"),
        ("title", "next month", "2026-03"),
    }
    for timex in found.timexes:
        assert found.field_text(timex.field)[timex.start : timex.end] == timex.text


def test_timex_stage_reads_the_dateline() -> None:
    article = _article(
        body="The minister spoke.", dateline="Taipei, April 28 (CNA)", published="2025-04-28"
    )
    (found,) = find_timexes(article).timexes
    assert (found.field, found.text, found.value) == ("dateline", "April 28", "2025-04-28")
    assert article.field_text(found.field)[found.start : found.end] == "April 28"


def test_timex_stage_without_publication_date_underspecifies() -> None:
    found = find_timexes(_article(body="Talks resume next month, he said on Monday."))
    assert [(t.text, t.value) for t in found.timexes] == [
        ("next month", "XXXX-XX"),
        ("Monday", "XXXX-WXX-1"),
    ]


def test_timex_stage_reads_datetime_publication_dates() -> None:
    assert parse_anchor("2025-04-28T09:35:00+08:00") == date(2025, 4, 28)
    assert parse_anchor("2025-04-28") == date(2025, 4, 28)
    assert parse_anchor("2025-02-30") is None
    assert parse_anchor("not a date") is None
    assert parse_anchor(None) is None


def test_timex_value_to_interval_covers_each_granularity() -> None:
    cases = {
        "2025": ("2025-01-01", "2025-12-31"),
        "2025-Q1": ("2025-01-01", "2025-03-31"),
        "2025-04": ("2025-04-01", "2025-04-30"),
        "2025-W17": ("2025-04-21", "2025-04-27"),
        "2025-04-28T15:00": ("2025-04-28", "2025-04-28"),
        "2026-03-31/2026-04-02": ("2026-03-31", "2026-04-02"),
        "196": ("1960-01-01", "1969-12-31"),
    }
    for value, (first, last) in cases.items():
        interval = value_to_interval(value)
        assert interval is not None, value
        assert (interval[0].isoformat(), interval[1].isoformat()) == (first, last)
    for value in ("P3D", "PRESENT_REF", "XXXX-03", "2025-13"):
        assert value_to_interval(value) is None


def test_timex_long_text_is_handled() -> None:
    chunk = "In 2024 a a a 12 May 3 , Monday the the 1/2/ 9 p.m. "
    body = (chunk * 300).strip()
    found = find_timexes(_article(body=body, published="2026-02-26")).timexes
    one_chunk = [
        ("2024", 3, "DATE", "2024"),
        ("12 May", 14, "DATE", "2026-05-12"),
        ("Monday", 25, "DATE", "2026-02-23"),
        ("9 p.m.", 45, "TIME", "2026-02-26T21:00"),
    ]
    expected = [
        (text, start + n * len(chunk), kind, value)
        for n in range(300)
        for text, start, kind, value in one_chunk
    ]
    assert [(t.text, t.start, t.type, t.value) for t in found] == expected
