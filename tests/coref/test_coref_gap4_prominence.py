"""The prominence features of a candidate's mention in its own sentence (`_prominence`),
on sentences written for each case."""

from __future__ import annotations

from typing import Any

from tests.coref.test_coref_features import features_at, prepared


def test_coref_gap4_apposition_to_the_subject_and_possessor_of_it(nlp: Any) -> None:
    article = prepared(
        nlp,
        "Piotr Nowak's sister, Marta Kowalski, taught chemistry in Gdansk for years. "
        "She retired in 2001.",
    )
    found = features_at(article, "She")
    assert found["Marta Kowalski"]["joined_subject"] == 1.0
    assert found["Marta Kowalski"]["possessor_in_subject"] == 0.0
    assert found["Piotr Nowak"]["possessor_in_subject"] == 1.0
    assert found["Piotr Nowak"]["joined_subject"] == 0.0


def test_coref_gap4_a_name_buried_in_a_noun_phrase_is_deep(nlp: Any) -> None:
    article = prepared(nlp, "Daniel Okafor was a critic of Hannah Weiss's budget. She defended it.")
    found = features_at(article, "She")
    assert found["Daniel Okafor"]["nominal_depth"] == 0.0
    assert found["Hannah Weiss"]["nominal_depth"] >= 0.5


def test_coref_gap4_coordinated_names(nlp: Any) -> None:
    article = prepared(nlp, "Maria Santos and Elena Vidal founded a choir in Porto. She sang alto.")
    found = features_at(article, "She")
    assert found["Maria Santos"]["coordinated"] == 1.0
    assert found["Elena Vidal"]["coordinated"] == 1.0
    assert found["Elena Vidal"]["joined_subject"] == 1.0
    assert found["Maria Santos"]["joined_subject"] == 0.0
    alone = features_at(prepared(nlp, "Clara Ortiz bought a bakery. She kept the oven."), "She")
    assert alone["Clara Ortiz"]["coordinated"] == 0.0


def test_coref_gap4_a_name_in_brackets_is_parenthetical(nlp: Any) -> None:
    article = prepared(
        nlp, "The detective Mike Dunn (Tom Reyes) chases a thief across Paris. He fails."
    )
    found = features_at(article, "He")
    assert found["Tom Reyes"]["parenthetical"] == 1.0
    assert found["Mike Dunn"]["parenthetical"] == 0.0


def test_coref_gap4_a_name_in_a_subordinate_clause(nlp: Any) -> None:
    article = prepared(
        nlp, "When Clara Ortiz arrived at the station, Daniel Okafor was asleep. He woke late."
    )
    found = features_at(article, "He")
    assert found["Clara Ortiz"]["mention_subordinate"] == 1.0
    assert found["Daniel Okafor"]["mention_subordinate"] == 0.0


def test_coref_gap4_a_name_joined_to_the_subject_governing_the_pronoun(nlp: Any) -> None:
    article = prepared(nlp, "Tom Ode's sister, Ada Lund, asked Mia Berg to come with her.")
    found = features_at(article, "her")
    assert found["Ada Lund"]["joined_governing"] == 1.0
    assert found["Mia Berg"]["joined_governing"] == 0.0


def test_coref_gap4_the_pronoun_possesses_a_conjunct_of_the_name(nlp: Any) -> None:
    article = prepared(nlp, "Kari Dahl met Ada Lund and her husband in Bergen last May.")
    found = features_at(article, "her")
    assert found["Ada Lund"]["conjunct_possessor"] == 1.0
    assert found["Kari Dahl"]["conjunct_possessor"] == 0.0
