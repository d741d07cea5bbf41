"""A quote later in the paragraph of a statement continues its speaker: also when one
connective opens its sentence ("But “...”") and when it is a short whole sentence;
sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.statements.test_statements_spans import having, run


def test_statements_followon_lead_connective_before_the_quote(nlp: Any) -> None:
    a = run(
        nlp,
        "“The pier will close in May,” Mara Olsen said at the harbor. "
        "But “the boats will keep sailing to the island every Sunday.”",
    )
    first = having(a, "The pier will close")
    second = having(a, "the boats will keep sailing")
    assert second.speaker == first.speaker
    assert second.speaker is not None


def test_statements_followon_lead_short_whole_sentence(nlp: Any) -> None:
    a = run(
        nlp,
        "“I have not spoken to the council in a year,” Mara Olsen said in the interview. "
        "“This is mine.”",
    )
    assert having(a, "This is mine").speaker == having(a, "I have not spoken").speaker


def test_statements_followon_lead_scare_quote_is_no_statement(nlp: Any) -> None:
    a = run(
        nlp,
        "“The pier will close in May,” Mara Olsen said at the harbor. "
        "Locals call the old ferry “the tub.”",
    )
    assert not [s for s in a.statements if s.text.startswith("the tub")]
