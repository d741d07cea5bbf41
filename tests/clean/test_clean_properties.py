"""Properties of `clean` on any text: it never invents text and never loses a long sentence
(it stays in the body, or in the deck)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.article import Article
from newsdossier.clean import clean

_PIECES = (
    "the minister said on Monday Taipei (CNA) — By Photo: 04/28/2025 09:35 PM - Culture "
    'Read more Share APP 請繼續往下閱讀 新聞來源： © 2025 date 2026-02-26 . , " ?'
)
_WORDS = st.sampled_from(_PIECES.split(" "))
_LINE = st.lists(_WORDS, min_size=0, max_size=14).map(" ".join)
_TEXT = st.lists(_LINE, min_size=0, max_size=12).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_clean_properties_body_and_removed_come_from_the_input(raw: str) -> None:
    article = clean(Article(id="p", source="p", raw_text=raw))
    for line in article.body.split("\n"):
        assert line in raw
    for line in article.removed:
        assert line in raw
    assert article.published is None or article.published_source is not None


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, min_size=1, max_size=8))
def test_clean_properties_long_sentences_survive(lines: list[str]) -> None:
    sentence = "The minister said on Monday that the talks would resume next week in Geneva."
    raw = "\n".join([*lines[:4], sentence, *lines[4:]])
    article = clean(Article(id="p", source="p", raw_text=raw))
    # kept in the body, or as the deck when the next paragraph opens with a dateline
    # ("APP (CNA) Monday ...": `clean.deck`), which the record keeps too
    assert sentence in article.body or article.deck == sentence


def test_clean_properties_byline_with_an_agency_is_no_dateline() -> None:
    # found by the property above: "By (CNA)" read as a dateline made the lede a deck
    sentence = "The minister said on Monday that the talks would resume next week in Geneva."
    raw = f"Culture By By\n{sentence}\nBy (CNA) By Read\nPM PM on Monday Share Photo:"
    article = clean(Article(id="p", source="p", raw_text=raw))
    assert sentence in article.body
