"""A verb of saying coordinated with the main verb says its object with that verb's
subject ("The mayor visited the pier and promised a new ferry"); one inside a report is
part of what was said. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.statements.test_statements_spans import run, spans


def test_statements_coordinated_object_with_the_main_subject(nlp: Any) -> None:
    a = run(nlp, "The mayor visited the old pier on Monday and promised a new ferry.")
    found = [s for s in a.statements if s.text == "a new ferry"]
    assert found
    assert spans(found[0]) == ("promised", "The mayor")


def test_statements_coordinated_inside_a_report_is_what_was_said(nlp: Any) -> None:
    a = run(nlp, "Lee said the mayor visited the old pier and promised a new ferry.")
    assert not [s for s in a.statements if s.text == "a new ferry"]


def test_statements_coordinated_participle_with_the_main_subject(nlp: Any) -> None:
    a = run(nlp, "The mayor left the meeting early, urging residents to stay calm.")
    found = [s for s in a.statements if s.text == "residents to stay calm"]
    assert found
    assert spans(found[0]) == ("urging", "The mayor")


def test_statements_coordinated_gerund_after_a_preposition(nlp: Any) -> None:
    a = run(nlp, "Mara Olsen answered the council by saying that the pier would close in May.")
    found = [s for s in a.statements if s.text.startswith("the pier would close")]
    assert found
    assert spans(found[0]) == ("saying", "Mara Olsen")


def test_statements_coordinated_gerund_object_after_a_preposition(nlp: Any) -> None:
    a = run(nlp, "The mayor answered the critics by announcing a new ferry service.")
    found = [s for s in a.statements if s.text == "a new ferry service"]
    assert found
    assert spans(found[0]) == ("announcing", "The mayor")
