"""Boilerplate out (trailing headline lists, promotion, share and "read more" lines), and
the body lines that look a little like it but must stay."""

from __future__ import annotations

import pytest

from newsdossier.article import Article
from newsdossier.clean import clean
from newsdossier.clean.boilerplate import classify, is_marker_line

BODY = (
    "The cabinet approved a plan on Monday to expand the coast guard fleet by 2030.\n"
    "The premier said the plan would cost about NT$40 billion over five years.\n"
)


def _clean(raw: str) -> Article:
    return clean(Article(id="t", source="t", raw_text=raw))


def test_clean_boilerplate_trailing_headline_list_with_timestamps() -> None:
    tail = (
        "- Sports\n"
        "Local team wins regional basketball title\n"
        "05/02/2025 10:15 PM - Business\n"
        "Chipmaker to open new plant in the south\n"
        "05/02/2025 09:50 PM - Society\n"
        "Is the night market ready for cashless payments?\n"
        "05/02/2025 09:20 PM\n"
    )
    article = _clean(BODY + tail)
    assert article.body == BODY.strip()
    assert article.removed == tuple(tail.strip().split("\n"))


def test_clean_boilerplate_timestamp_list_without_section_markers() -> None:
    tail = (
        "Ferry service to resume after storm\n"
        "2 hours ago\n"
        "Museum opens new wing for textiles\n"
        "5 hours ago\n"
    )
    article = _clean(BODY + tail)
    assert article.body == BODY.strip()
    assert len(article.removed) == 4


def test_clean_boilerplate_trafilatura_tail() -> None:
    tail = (
        "DON'T MISS\n"
        "Five things to know about the new fleet\n"
        "Download the Harbour Post app for breaking news\n"
        "© 2025 Harbour Post. All rights reserved.\n"
    )
    article = _clean(BODY + tail)
    assert article.body == BODY.strip()
    assert article.outlet == "Harbour Post"


def test_clean_boilerplate_related_list_and_share_prompt() -> None:
    tail = (
        "Share this article\nRelated:\nNavy tests new patrol drone\nFleet plan faces budget fight\n"
    )
    article = _clean(BODY + tail)
    assert article.body == BODY.strip()


def test_clean_boilerplate_cjk_promotion_in_english_article() -> None:
    raw = (
        "請繼續往下閱讀...\n\n"
        + BODY
        + "\n新聞來源：HARBOUR POST\n\n不用等 立即下載APP 看更多新聞 點我訂閱\n"
    )
    article = _clean(raw)
    assert article.body == BODY.strip()
    assert "APP" not in article.body
    assert article.outlet == "Harbour Post"  # no other casing on the page: title case
    assert len(article.removed) == 3


def test_clean_boilerplate_source_line_cased_as_the_page_writes_it() -> None:
    raw = BODY + "The Harbour Post reported the plan first.\n新聞來源：HARBOUR POST\n"
    assert _clean(raw).outlet == "Harbour Post"


def test_clean_boilerplate_mid_body_read_more_line() -> None:
    raw = (
        "The cabinet approved a plan on Monday to expand the coast guard fleet.\n"
        "Read more: Coast guard fleet to double by 2030\n"
        "The premier said the plan would cost about NT$40 billion.\n"
    )
    article = _clean(raw)
    assert "Read more" not in article.body
    assert article.body.count("\n") == 1


def test_clean_boilerplate_cjk_article_keeps_its_text() -> None:
    raw = "行政院週一通過海巡艦隊擴編計畫。\n院長表示，計畫將在五年內花費約400億元。\n"
    article = _clean(raw)
    assert article.body == raw.strip()
    assert article.language == "zh"


@pytest.mark.parametrize(
    "body",
    [
        # A one-line quote paragraph at the end.
        BODY + '"We will not back down."\n',
        # A short final line without end punctuation.
        BODY + "More to follow\n",
        # A body sentence that mentions reading more, sharing, or an app.
        BODY + "Voters who read more news were more likely to back the plan, the poll found.\n",
        BODY + "Share prices of shipbuilders rose 4 percent after the announcement.\n",
        BODY + "The app will let fishermen report accidents, officials said.\n",
        # Instructions that introduce what follows.
        BODY + "Watch the full interview below:\n",
        # A bulleted list of three facts at the end.
        BODY + "Key numbers:\n- 12 new cutters\n- 3 patrol aircraft\n- 800 new officers\n",
        # A date written as a sentence.
        BODY + "Friday, May 2, 2025.\n",
        # A chart source line and a short subheading in the middle.
        "The fleet grew.\nWhat comes next\n" + BODY + "Source: Ocean Affairs Council.\n",
    ],
)
def test_clean_boilerplate_keeps_body_lines(body: str) -> None:
    article = _clean(body)
    for line in body.strip().split("\n"):
        assert line.strip() in article.body, line
    assert article.removed == ()


@pytest.mark.parametrize(
    "line",
    [
        "Read more: Japan's new defence plan",
        "Share this article",
        "Facebook Twitter Email",
        "Continue reading",
        "延伸閱讀",
        "Subscribe to our newsletter",
        "Home > World > Asia",
    ],
)
def test_clean_boilerplate_marker_lines(line: str) -> None:
    assert is_marker_line(line)


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("04/28/2025 09:35 PM - Society", "date"),
        ("Updated: April 28, 2025 9:35 p.m. ET", "date"),
        ("- Culture", "section"),
        ("© 2025 Harbour Post. All rights reserved.", "copyright"),
        ("新聞來源：TAIPEI TIMES", "source"),
        ("Taiwan wins 11 medals in model contest", "title"),
        ("The plan was approved on April 28, 2025, the ministry said.", "sentence"),
    ],
)
def test_clean_boilerplate_line_kinds(line: str, kind: str) -> None:
    assert classify(line, latin_document=True) == kind


def test_clean_boilerplate_byte_order_mark_and_windows_newlines() -> None:
    raw = "\ufeffdate 2025-05-02\r\n" + BODY.replace("\n", "\r\n")
    article = _clean(raw)
    assert article.published == "2025-05-02"
    assert article.body == BODY.strip()


@pytest.mark.parametrize(
    "line",
    ["lee.minho@example.com", "https://example.com/news/123", "@harbourpost", "(kim@example.org)"],
)
def test_clean_boilerplate_contact_lines(line: str) -> None:
    assert is_marker_line(line)
    article = _clean(BODY + line + "\n")
    assert article.body == BODY.strip()
    assert article.removed == (line,)


def test_clean_boilerplate_all_furniture_keeps_the_text_with_a_warning() -> None:
    article = _clean("Share this article\nRead more\n")
    assert article.body == "Share this article\nRead more"
    assert article.removed == ()
    assert any("no body text" in w for w in article.warnings)


def test_clean_boilerplate_empty_text() -> None:
    article = _clean("")
    assert article.body == ""
    assert article.language is None
    assert article.published is None


def test_clean_boilerplate_hard_wrapped_paragraphs_stay_whole() -> None:
    raw = (
        "WELLINGTON, March 3 (Harbour Wire) — The port authority and the union\n"
        "agreed on Monday to resume talks, a spokesperson said. The union's\n"
        "share of the vote\n"
        "rose to 60 percent, officials said.\n"
        "- Business\n"
        "Dairy prices fall for third week\n"
        "03/03/2024 10:15 PM - Society\n"
        "Library opens new wing\n"
        "03/03/2024 09:50 PM\n"
    )
    article = _clean(raw)
    assert article.title is None
    assert article.dateline == "WELLINGTON, March 3 (Harbour Wire)"
    assert article.body.startswith("The port authority and the union\nagreed on Monday")
    assert "share of the vote\nrose to 60 percent" in article.body
    assert article.body.endswith("officials said.")
    assert article.published == "2024-03-03"
