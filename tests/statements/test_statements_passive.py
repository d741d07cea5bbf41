"""A passive verb of saying with no clause or quote reports its subject, and the agent is
who said it. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.statements.test_statements_spans import run, spans


def test_statements_passive_subject_is_the_content(nlp: Any) -> None:
    a = run(nlp, "The closure of the old pier was first reported by the harbor newsletter.")
    found = [s for s in a.statements if s.text == "The closure of the old pier"]
    assert found
    assert spans(found[0]) == ("was first reported", "the harbor newsletter")


def test_statements_passive_hearer_is_not_what_was_said(nlp: Any) -> None:
    a = run(nlp, "The mayor was asked to close the pier.")
    assert not [s for s in a.statements if s.text == "The mayor"]
