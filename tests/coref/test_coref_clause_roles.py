"""A pronoun that is the subject or an object of a relative clause on a name is not that
name (``relative_argument``): "an editor, Mr. Verma, who told him" is not Verma. A pronoun
deeper in the clause, or after a relative adverb, is not marked. The agent of a passive
verb the pronoun depends on is marked as the one who acts (``governing_agent``): "Scott
was told by Cowan that he ...". Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.coref.test_coref_features import features_at, prepared


@pytest.mark.parametrize(
    ("body", "pronoun", "expected"),
    [
        # the object of a relative clause on the name in apposition to "an editor"
        (
            "Arun bought the songs from an editor, Mr. Verma, who told him the truth.",
            "him",
            {("Verma", "relative_argument"): 1.0, ("Arun", "relative_argument"): 0.0},
        ),
        # the subject of a relative clause on the name
        (
            "The band dropped Ellie Hart and hired Chris Dunn, whom he had met in Leeds.",
            "he",
            {("Chris Dunn", "relative_argument"): 1.0},
        ),
        # "he" is the subject of "would", inside what Grant said: it may well be Grant
        (
            "The club signed Tom Grant, who said that he would stay for years.",
            "he",
            {("Tom Grant", "relative_argument"): 0.0},
        ),
        # a relative adverb binds nothing
        (
            "The film starred Ramya Iyer, where she played twin sisters.",
            "she",
            {("Ramya Iyer", "relative_argument"): 0.0},
        ),
        # the agent of the passive verb the pronoun's clause depends on
        (
            "Ron Scott was told by Al Cowan that he would not make the film.",
            "he",
            {("Al Cowan", "governing_agent"): 1.0, ("Ron Scott", "governing_agent"): 0.0},
        ),
    ],
)
def test_coref_clause_roles_of_a_name_against_the_pronoun(
    nlp: Any, body: str, pronoun: str, expected: dict[tuple[str, str], float]
) -> None:
    found = features_at(prepared(nlp, body), pronoun)
    assert {key: found[key[0]][key[1]] for key in expected} == expected
