"""The given-name table (US Census 1990) is a prior, not the article's word: a man named
Nicola or Simone, as in Italy, may still be "he" (``name_gender_conflict`` is weighed),
while a gender the article itself shows (a pronoun, an honorific), or a given name whose
gender the Census counts prove ("Mary"), still rules a candidate out (``gender_conflict``).
Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Article
from newsdossier.coref import resolve_coreference
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.lang.morph import given_name, name_gender_certain
from tests.coref.test_coref_features import features_at, prepared


def _pronouns(article: Article) -> dict[str, list[str]]:
    """Entity name -> the pronouns coreference gives it."""
    return {
        e.name: [m.text for m in e.mentions if m.kind == "pronoun"]
        for e in resolve_coreference(article).entities
    }


def test_coref_census_gender_of_a_given_name_is_weighed_not_binding(nlp: Any) -> None:
    article = prepared(nlp, "Nicola Zingaretti met Giorgia Meloni in Rome. He said it went well.")
    found = features_at(article, "He")
    assert found["Nicola Zingaretti"]["gender_conflict"] == 0.0
    assert found["Nicola Zingaretti"]["name_gender_conflict"] == 1.0
    linked = _pronouns(article)
    assert linked["Nicola Zingaretti"] == ["He"]
    assert linked["Giorgia Meloni"] == []


def test_coref_gender_the_article_shows_rules_a_candidate_out(nlp: Any) -> None:
    body = "Mrs. Dana Hill met Paul Ross in Leeds. Later, he thanked Dana Hill."
    found = features_at(prepared(nlp, body), "he")
    assert found["Dana Hill"]["gender_conflict"] == 1.0
    assert found["Dana Hill"]["name_gender_conflict"] == 0.0


def test_coref_census_gender_still_counts_where_the_syntax_is_even(nlp: Any) -> None:
    body = "Mary Dunn met Paul Ross in Leeds. He said the talks had gone well."
    assert _pronouns(prepared(nlp, body))["Paul Ross"] == ["He"]


def test_coref_given_names_certain_only_where_the_census_counts_prove_it() -> None:
    lex = lexicon_for("en")
    assert given_name("Sen. Mary Dunn", lex) == "mary"
    assert name_gender_certain("Sen. Mary Dunn", lex)
    assert name_gender_certain("Alice", lex)  # a given name standing alone
    # rarer than the rarest man's name the Census lists: it may be a man's name too
    assert not name_gender_certain("Nicola Zingaretti", lex)
    assert not name_gender_certain("Simone Biagi", lex)
    assert not name_gender_certain("Harris", lex)  # a surname as often as a given name


def test_coref_certain_given_name_rules_a_candidate_out(nlp: Any) -> None:
    body = "Mary Dunn met Paul Ross in Leeds. He said the talks had gone well."
    found = features_at(prepared(nlp, body), "He")
    assert found["Mary Dunn"]["gender_conflict"] == 1.0
    assert found["Mary Dunn"]["name_gender_conflict"] == 0.0
