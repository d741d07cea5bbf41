"""Answers to a question put to the speaker: the participle clause that asks is the frame,
not what was said, and a bare "yes" or "no" after the verb is the statement; sentences
written for these tests."""

from __future__ import annotations

from typing import Any

from tests.statements.test_statements_spans import run


def texts(nlp: Any, body: str) -> list[str]:
    return [s.text for s in run(nlp, body).statements]


def test_statements_answers_asked_clause_is_no_content(nlp: Any) -> None:
    found = texts(
        nlp, "Asked whether the pier would close, Mara Olsen said, “It will close in May.”"
    )
    assert "It will close in May." in found or "It will close in May" in found
    assert not [t for t in found if t.startswith("Asked")]


def test_statements_answers_bare_no_after_the_verb(nlp: Any) -> None:
    found = texts(nlp, "Asked if the ferry was ever late, the captain said no.")
    assert "no" in found
    assert not [t for t in found if t.startswith("Asked")]


def test_statements_answers_fronted_yes_is_not_an_object(nlp: Any) -> None:
    found = texts(nlp, "“Yes, the ferry was late,” the captain said.")
    assert "yes" not in [t.lower() for t in found]
