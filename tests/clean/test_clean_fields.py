"""Bylines, photo captions and credits, kickers and headlines kept apart from the body."""

from __future__ import annotations

import pytest

from newsdossier.article import Article
from newsdossier.clean import clean
from newsdossier.clean.byline import parse_byline
from newsdossier.clean.caption import parse_caption
from newsdossier.clean.fields import parse_kicker


def _clean(raw: str, **meta: str) -> Article:
    return clean(Article(id="t", source="t", raw_text=raw, **meta))


@pytest.mark.parametrize(
    ("line", "authors", "outlet"),
    [
        ("By Chen Yu-fu / Staff reporter", ("Chen Yu-fu",), None),
        ("By JONATHAN LEMIRE and JULIE PACE, Associated Press",
         ("Jonathan Lemire", "Julie Pace"), "Associated Press"),
        ("By Jane Doe", ("Jane Doe",), None),
        ("BYLINE: Amber Phillips.", ("Amber Phillips",), None),
        ("By Mary O'Neil | Senior correspondent", ("Mary O'Neil",), None),
    ],
)  # fmt: skip
def test_clean_fields_byline(line: str, authors: tuple[str, ...], outlet: str | None) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors
    assert byline.outlet == outlet


@pytest.mark.parametrize(
    "line",
    [
        "By contrast, the ministry said nothing.",
        "By Monday, the ministry had answered.",
        "By March, it was over",
        "by the way, he said it.",
    ],
)
def test_clean_fields_not_a_byline(line: str) -> None:
    assert parse_byline(line) is None


def test_clean_fields_caption_with_outlet_credit() -> None:
    caption = parse_caption(
        "The minister speaks in Taipei on Nov. 1, 2023. Photo: Lee Mei-ling, Harbour Post"
    )
    assert caption is not None
    assert caption.text == "The minister speaks in Taipei on Nov. 1, 2023."
    assert caption.credit == "Photo: Lee Mei-ling, Harbour Post"
    assert caption.outlet == "Harbour Post"


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Protesters march in the rain. (AP Photo/Jane Roe)", "AP Photo/Jane Roe"),
        ("A ship leaves port. Photo by Tom Lee", "Photo by Tom Lee"),
        ("Photo: Reuters", "Photo: Reuters"),
    ],
)
def test_clean_fields_caption_credit_shapes(line: str, credit: str) -> None:
    caption = parse_caption(line)
    assert caption is not None
    assert caption.credit == credit
    assert caption.outlet is None


@pytest.mark.parametrize(
    "line",
    ["He took a photo: it was great", "The image of the city has changed over the years."],
)
def test_clean_fields_not_a_caption(line: str) -> None:
    assert parse_caption(line) is None


def test_clean_fields_kicker_label_and_deck() -> None:
    assert parse_kicker("NEW RULES:Ships must report their cargo") == (
        "NEW RULES",
        "Ships must report their cargo",
    )
    assert parse_kicker("EXCLUSIVE") == ("EXCLUSIVE", "")
    assert parse_kicker("UPDATE: The site removed the listing. It moved elsewhere.") is None


def test_clean_fields_newspaper_header_kept_apart_from_body() -> None:
    raw = (
        "A patrol boat leaves Keelung harbor on Monday. Photo: Wu Pei-shan, Harbour Post\n\n"
        "NEW RULES:Ships entering the strait will have to report their cargo under a draft "
        "regulation announced yesterday by the council\n\n"
        "By Lee Mei-ling / Staff reporter\n\n"
        "The Ocean Affairs Council yesterday proposed rules requiring ships to report their "
        "cargo before entering the strait.\n\n"
        "The rules would take effect next year, the council said.\n"
    )
    article = _clean(raw)
    assert article.body.startswith("The Ocean Affairs Council yesterday proposed")
    assert article.body.endswith("the council said.")
    assert article.caption == "A patrol boat leaves Keelung harbor on Monday."
    assert article.caption_credit == "Photo: Wu Pei-shan, Harbour Post"
    assert article.kicker == "NEW RULES"
    assert (article.deck or "").startswith("Ships entering the strait")
    assert article.author == "Lee Mei-ling"
    assert article.outlet == "Harbour Post"


def test_clean_fields_first_line_headline_becomes_title() -> None:
    raw = (
        "Coast Guards Plan First Joint Rescue Drill\n\n"
        "Japan and Taiwan plan a joint rescue drill next year, officials said on Monday.\n"
    )
    article = _clean(raw)
    assert article.title == "Coast Guards Plan First Joint Rescue Drill"
    assert article.body == (
        "Japan and Taiwan plan a joint rescue drill next year, officials said on Monday."
    )


def test_clean_fields_first_sentence_is_not_a_title() -> None:
    raw = "The council met on Monday.\n\nIt approved the budget, a spokesman said.\n"
    article = _clean(raw)
    assert article.title is None
    assert article.body.startswith("The council met on Monday.")


def test_clean_fields_reader_title_repeated_in_text_is_dropped() -> None:
    raw = "Ships must report cargo\nShips must report their cargo from May, the council said.\n"
    article = _clean(raw, title="Ships must report cargo")
    assert article.title == "Ships must report cargo"
    assert article.body == "Ships must report their cargo from May, the council said."


def test_clean_fields_reader_metadata_wins() -> None:
    raw = "By Lee Mei-ling / Staff reporter\n\nThe council met on Monday, a spokesman said.\n"
    article = _clean(raw, author="Grace Huang", outlet="Harbour Post")
    assert article.author == "Grace Huang"
    assert article.outlet == "Harbour Post"
    assert "Lee Mei-ling" not in article.body


@pytest.mark.parametrize(
    ("line", "authors"),
    [
        ("(By Lin Mei-hua and Tom Becker)", ("Lin Mei-hua", "Tom Becker")),
        ("(By Teng Mei-ling) Enditem/AW", ("Teng Mei-ling",)),
        ("(Reporting by Aiko Mori in Tokyo and Ben Hart in Taipei; Editing by Sam Holt)",
         ("Aiko Mori", "Ben Hart")),
        ("Reporting by Jill Stone; Editing by Peter Lane", ("Jill Stone",)),
        ("(Editing by Sam Holt)", ()),
        ("Staff writer, with CNA", ()),
    ],
)  # fmt: skip
def test_clean_fields_wire_credit_lines(line: str, authors: tuple[str, ...]) -> None:
    byline = parse_byline(line)
    assert byline is not None
    assert byline.authors == authors


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by the BBC found that the ministry had lied.",
        "Editing by hand took weeks, she said.",
    ],
)
def test_clean_fields_not_a_credit_line(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "credit"),
    [
        ("Lai meets the delegation on Monday. Photo courtesy of the Presidential Office",
         "Photo courtesy of the Presidential Office"),
        ("The minister speaks at a seminar. CNA photo April 28, 2025",
         "CNA photo April 28, 2025"),
        ("Soldiers train in Hualien. CNA file photo", "CNA file photo"),
    ],
)  # fmt: skip
def test_clean_fields_wire_photo_credits(line: str, credit: str) -> None:
    caption = parse_caption(line)
    assert caption is not None
    assert caption.credit == credit


def test_clean_fields_wire_story_ending_with_credits_and_list() -> None:
    raw = (
        "Taipei, May 2 (CNA) The cabinet approved a plan to expand the coast guard fleet.\n"
        "The plan would cost about NT$40 billion over five years, the premier said.\n"
        "(By Lin Mei-hua and Tom Becker)\n"
        "Enditem/ls\n"
        "- Sports\n"
        "Local team wins regional basketball title\n"
        "05/02/2025 10:15 PM - Business\n"
        "Chipmaker to open new plant in the south\n"
        "05/02/2025 09:50 PM\n"
    )
    article = _clean(raw)
    assert article.body.endswith("the premier said.")
    assert article.author == "Lin Mei-hua, Tom Becker"
    assert article.published == "2025-05-02"
    assert "Enditem/ls" in article.removed


def test_clean_fields_reporting_credit_listed_as_removed() -> None:
    credit = "(Reporting by Jill Stone; Editing by Peter Lane)"
    article = _clean("The council met on Monday, a spokesman said.\n" + credit + "\n")
    assert article.body == "The council met on Monday, a spokesman said."
    assert article.author == "Jill Stone"
    assert article.removed == (credit,)


def test_clean_fields_wrapped_update_note_is_body() -> None:
    raw = (
        "UPDATE: The site removed the\nlisting on Friday, a spokesman said.\n\n"
        "More text follows here.\n"
    )
    article = _clean(raw)
    assert article.kicker is None
    assert article.body.startswith("UPDATE: The site removed the\nlisting on Friday")
