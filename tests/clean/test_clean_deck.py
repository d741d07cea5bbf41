"""The deck (standfirst) after a headline kept apart from the kicker and the body."""

from __future__ import annotations

import pytest

from newsdossier.article import Article
from newsdossier.clean import clean
from newsdossier.clean.deck import reads_as_deck


def _clean(raw: str) -> Article:
    return clean(Article(id="t", source="t", raw_text=raw))


def _kept(article: Article, line: str) -> bool:
    """``line`` is in the title, kicker, deck or body: never lost."""
    fields = (article.title, article.kicker, article.deck, article.body)
    return any(line in value for value in fields if value)


def test_clean_deck_after_headline_without_full_stop() -> None:
    raw = (
        "Harbour Council Backs New Ferry Route\n\n"
        "Councillors say the route will cut the island crossing by an hour for commuters\n\n"
        "The harbour council on Tuesday approved a ferry route between the port and the "
        "northern island, ending a two-year dispute over landing fees.\n\n"
        "The first sailing is planned for May, the council said.\n"
    )
    article = _clean(raw)
    assert article.title == "Harbour Council Backs New Ferry Route"
    assert article.deck == (
        "Councillors say the route will cut the island crossing by an hour for commuters"
    )
    assert article.kicker is None
    assert article.body.startswith("The harbour council on Tuesday approved")
    assert all(_kept(article, line) for line in raw.splitlines())


def test_clean_deck_with_full_stop_before_a_dateline_paragraph() -> None:
    raw = (
        "Ferry Fares To Rise In Spring\n\n"
        "Operators blame fuel costs and a shortage of trained crews.\n\n"
        "PORTSMOUTH - Ferry operators will raise fares by a tenth from April, the "
        "industry association said on Monday, citing fuel costs and crew shortages.\n"
    )
    article = _clean(raw)
    assert article.deck == "Operators blame fuel costs and a shortage of trained crews."
    assert article.body.startswith("Ferry operators will raise fares")
    assert article.dateline is not None


def test_clean_deck_lede_after_headline_stays_in_body() -> None:
    raw = (
        "Harbour Council Backs New Ferry Route\n\n"
        "The harbour council approved a ferry route on Tuesday.\n\n"
        "The first sailing is planned for May, ending a two-year dispute over landing "
        "fees between the port authority and the island's operators, the council said.\n"
    )
    article = _clean(raw)
    assert article.deck is None
    assert article.body.startswith("The harbour council approved a ferry route on Tuesday.")


def test_clean_deck_label_before_colon_is_the_kicker() -> None:
    raw = (
        "FERRY PLAN:The council said the new route would cut the island crossing by an "
        "hour for commuters\n\n"
        "By Ana Ruiz / Staff reporter\n\n"
        "The harbour council on Tuesday approved a ferry route between the port and the "
        "northern island.\n"
    )
    article = _clean(raw)
    assert article.kicker == "FERRY PLAN"
    assert article.deck is not None
    assert article.deck.startswith("The council said the new route")
    assert article.body.startswith("The harbour council on Tuesday approved")
    assert f"{article.kicker}:{article.deck}" == raw.splitlines()[0]


def test_clean_deck_short_label_stays_the_kicker() -> None:
    raw = (
        "ANALYSIS\n\n"
        "Why Ferry Fares Keep Rising\n\n"
        "Fuel and crew costs have risen faster than fares for three years, according to "
        "figures the industry association published on Monday.\n"
    )
    article = _clean(raw)
    assert article.kicker == "ANALYSIS"
    assert article.deck is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Councillors say the route will cut the crossing by an hour", True),
        ("EXCLUSIVE", False),
        ("Taiwan-Japan ties", False),
        ("Council Backs New Ferry Route To Northern Island", False),
        ("The association listed the reasons fares rose:", False),
        (" ".join(["word"] * 31), False),
    ],
)
def test_clean_deck_shape(text: str, expected: bool) -> None:
    assert reads_as_deck(text) is expected


def test_clean_deck_cleaning_twice_changes_nothing() -> None:
    raw = (
        "date 2026-03-10\n"
        "Harbour Council Backs New Ferry Route\n\n"
        "Councillors say the route will cut the island crossing by an hour for commuters\n\n"
        "The harbour council on Tuesday approved a ferry route between the port and the "
        "northern island.\n"
    )
    once = _clean(raw)
    assert clean(once) == once
