"""Agency datelines in their common shapes, and headlines written as a first sentence."""

from __future__ import annotations

import pytest

from newsdossier.article import Article
from newsdossier.clean import clean

LEDE = "The harbour board voted on Tuesday to rebuild the ferry landing, officials said."


@pytest.mark.parametrize(
    ("opening", "dateline", "place", "outlet"),
    [
        ("WASHINGTON (AP) —", "WASHINGTON (AP)", "Washington", "AP"),
        ("WASHINGTON (AP) --", "WASHINGTON (AP)", "Washington", "AP"),
        ("LONDON (Reuters) -", "LONDON (Reuters)", "London", "Reuters"),
        ("Taipei, April 28 (CNA)", "Taipei, April 28 (CNA)", "Taipei", "CNA"),
        ("BEIJING, Jan. 3 (Xinhua) --", "BEIJING, Jan. 3 (Xinhua)", "Beijing", "Xinhua"),
        ("PARIS (AFP) -", "PARIS (AFP)", "Paris", "AFP"),
        ("NEW YORK (AP) —", "NEW YORK (AP)", "New York", "AP"),
    ],
)
def test_clean_agency_dateline_gives_dateline_place_and_outlet(
    opening: str, dateline: str, place: str, outlet: str
) -> None:
    raw = f"Ferry Landing to Be Rebuilt\n\n{opening} {LEDE}\n\nWork starts in May."
    article = clean(Article(id="t", source="t", raw_text=raw))
    assert (article.dateline, article.dateline_place, article.outlet) == (dateline, place, outlet)
    assert article.body.startswith("The harbour board voted")
    assert article.title == "Ferry Landing to Be Rebuilt"


def test_clean_reader_outlet_beats_the_agency_tag() -> None:
    more = "It had been closed since the storms of December, leaving the island cut off."
    raw = f"date 2016-10-03\nFerry landing to be rebuilt.\n\nWASHINGTON (AP) — {LEDE} {more}\n"
    article = clean(Article(id="t", source="t", raw_text=raw, outlet="Breitbart"))
    assert (article.outlet, article.dateline_place) == ("Breitbart", "Washington")


@pytest.mark.parametrize(
    "headline",
    [
        "Green Party candidate removed from debate site by police.",
        "Ah, friends once more: senator endorses rival, who says he is honored.",
        "Can you imagine a harbour without ferries?",
    ],
)
def test_clean_first_line_headline_written_as_a_sentence(headline: str) -> None:
    lede = (
        "The candidate was escorted from the grounds of the university on Monday evening "
        "after she tried to enter the hall where the debate was being held, police said."
    )
    raw = f"date 2016-09-26\n{headline}\n\nLETTERS.\n\n{lede}\n"
    article = clean(Article(id="t", source="t", raw_text=raw))
    assert article.title == headline
    assert article.body.endswith("police said.")


def test_clean_two_short_sentences_are_text_not_a_headline() -> None:
    raw = "The council met on Monday.\n\nIt approved the budget after a short debate.\n"
    assert clean(Article(id="t", source="t", raw_text=raw)).title is None
