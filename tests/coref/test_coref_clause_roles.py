"""A pronoun that is the subject or an object of a relative clause on a name is not that
name (``relative_argument``): "an editor, Mr. Verma, who told him" is not Verma. A pronoun
deeper in the clause, or after a relative adverb, is not marked. The agent of a passive
verb the pronoun depends on is marked as the one who acts (``governing_agent``): "Scott
was told by Cowan that he ...". Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.coref.test_coref_features import features_at, prepared


def test_coref_pronoun_object_of_a_relative_clause_on_the_name(nlp: Any) -> None:
    body = "Arun bought the songs from an editor, Mr. Verma, who told him the truth."
    found = features_at(prepared(nlp, body), "him")
    assert found["Verma"]["relative_argument"] == 1.0
    assert found["Arun"]["relative_argument"] == 0.0


def test_coref_pronoun_subject_of_a_relative_clause_on_the_name(nlp: Any) -> None:
    body = "The band dropped Ellie Hart and hired Chris Dunn, whom he had met in Leeds."
    found = features_at(prepared(nlp, body), "he")
    assert found["Chris Dunn"]["relative_argument"] == 1.0


def test_coref_pronoun_deeper_in_the_relative_clause_is_no_relative_argument(nlp: Any) -> None:
    # "he" is the subject of "would", inside what Grant said: it may well be Grant
    body = "The club signed Tom Grant, who said that he would stay for years."
    found = features_at(prepared(nlp, body), "he")
    assert found["Tom Grant"]["relative_argument"] == 0.0


def test_coref_relative_adverb_binds_no_pronoun(nlp: Any) -> None:
    body = "The film starred Ramya Iyer, where she played twin sisters."
    found = features_at(prepared(nlp, body), "she")
    assert found["Ramya Iyer"]["relative_argument"] == 0.0


def test_coref_agent_of_a_passive_verb_governing_the_pronoun(nlp: Any) -> None:
    body = "Ron Scott was told by Al Cowan that he would not make the film."
    found = features_at(prepared(nlp, body), "he")
    assert found["Al Cowan"]["governing_agent"] == 1.0
    assert found["Ron Scott"]["governing_agent"] == 0.0
