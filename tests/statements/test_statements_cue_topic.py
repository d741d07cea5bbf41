"""The preposition naming what the words were about belongs to the cue ("said of"), one
that frames the speaking does not ("said on the radio"); sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.statements.test_statements_spans import having, run, spans


def test_statements_cue_topic_of_joins_the_cue(nlp: Any) -> None:
    a = run(nlp, "“The fares are far too high,” Mara Olsen said of the new ferry plan.")
    assert spans(having(a, "The fares are far too high")) == ("said of", "Mara Olsen")


def test_statements_cue_topic_about_after_an_adverb(nlp: Any) -> None:
    a = run(nlp, "Mara Olsen complained bitterly about the ferry: “It is always late.”")
    cue, _ = spans(having(a, "It is always late"))
    assert cue == "complained bitterly about"


def test_statements_cue_topic_framing_preposition_stays_out(nlp: Any) -> None:
    a = run(nlp, "“The fares are far too high,” Mara Olsen said on the radio.")
    assert spans(having(a, "The fares are far too high")) == ("said", "Mara Olsen")
