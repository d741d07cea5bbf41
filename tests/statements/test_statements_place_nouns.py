""" "The state" and "the country" as sources: the last US state or country named within
reach, never an organisation whose name merely holds the word. Sentences written for
this test."""

from __future__ import annotations

from typing import Any

from tests.statements.test_statements_coref_speakers import run, speaker_of


def test_statements_the_state_is_the_last_state_named(nlp: Any) -> None:
    body = (
        "A court ruled against Secretary of State Jon Husted on Friday. Critics cite the "
        "2000 election in Florida, when the state said that 12,000 voters were felons. "
        "Officials met in Georgia on Monday, and the state said it would appeal."
    )
    a = run(nlp, body)
    assert speaker_of(a, "voters were felons") == "Florida"
    assert speaker_of(a, "it would appeal") == "Georgia (U.S. state)"


def test_statements_the_country_needs_a_country_nearby(nlp: Any) -> None:
    body = (
        "Trade ministers met in Geneva on Tuesday. Officials from Chile joined them later. "
        "The country said it would cut tariffs."
    )
    assert speaker_of(run(nlp, body), "cut tariffs") == "Chile"
    far = (
        "Officials from Chile arrived on Monday. The talks ran late. Nobody left early. "
        "Dinner was served at nine. The weather turned cold. The country said it would "
        "cut tariffs."
    )
    assert speaker_of(run(nlp, far), "cut tariffs") is None
