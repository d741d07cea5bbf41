"""Names a text defines itself: bracketed acronyms and CJK names, treaty and law names."""

from __future__ import annotations

import pytest

from newsdossier.entities import definitions
from newsdossier.entities.definitions import bracket_definitions, law_names
from newsdossier.lang.lexicon import lexicon_for

EN = lexicon_for("en")


def _laws(text: str) -> list[str]:
    return [text[s:e] for s, e in law_names(text, EN)]


def _defs(text: str) -> list[tuple[str, str, str]]:
    return [
        (d.kind, text[d.long_start : d.long_end], text[d.short_start : d.short_end])
        for d in bracket_definitions(text, EN)
    ]


def test_entities_law_names_with_and_without_complements() -> None:
    text = (
        "Under the 1987 Montreal Protocol and the Convention on Biological Diversity. "
        "The Treaty of Lisbon took effect."
    )
    assert _laws(text) == [
        "Montreal Protocol",
        "Convention on Biological Diversity",
        "Treaty of Lisbon",
    ]


def test_entities_law_names_not_meetings_or_longer_names() -> None:
    text = (
        "Delegates at the Democratic National Convention praised the North Atlantic "
        "Treaty Organization. The Kyoto Protocol on Monday."
    )
    assert _laws(text) == ["Kyoto Protocol"]


def test_entities_law_name_without_its_owner() -> None:
    assert _laws("He defended President Obama’s Affordable Care Act.") == ["Affordable Care Act"]


def test_entities_law_name_after_country_and() -> None:
    assert _laws("Talks between Chile and the Pacific Alliance Agreement stalled.") == [
        "Pacific Alliance Agreement"
    ]


def test_entities_acronym_definitions_match_initials() -> None:
    text = (
        "The World Health Organization (WHO) and the Kuomintang (KMT) met the press on Monday (AM)."
    )
    assert _defs(text) == [
        ("acronym", "World Health Organization", "WHO"),
        ("acronym", "Kuomintang", "KMT"),
    ]


def test_entities_cjk_names_without_the_title_before_them() -> None:
    text = "Premier Cho Jung-tai （卓榮泰） met Vice President Hsiao Bi-khim (蕭美琴)."
    assert _defs(text) == [
        ("cjk", "Cho Jung-tai", "卓榮泰"),
        ("cjk", "Hsiao Bi-khim", "蕭美琴"),
    ]


def test_entities_law_names_prefilter_skips_only_texts_without_a_capitalised_head(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Texts without a capitalised law word are not split into words; the spans are the
    same as with every text split, whatever the case of the rest of the word."""
    lex = EN
    texts = [
        "The PARIS AGREEMENT and the u.s.-japan security treaty.",
        "The Affordable Care ACT passed; the paris agreement did not.",
        "Treaty of Rome, the Kyoto Protocol and the Convention on Biological Diversity.",
        "no capitalised law word here: act, pact, treaty.",
        "",
    ]
    pattern = definitions._capitalized_heads(lex.law_heads)
    assert pattern is not None
    assert not pattern.search(texts[3])
    filtered = [law_names(text, lex) for text in texts]
    monkeypatch.setattr(definitions, "_capitalized_heads", lambda heads: None)
    assert filtered == [law_names(text, lex) for text in texts]
    assert any(filtered)
