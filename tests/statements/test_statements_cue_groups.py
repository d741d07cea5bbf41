"""A cue's verb group runs from its first auxiliary across the verb's own modifiers
("have in fact said"), never across its subject. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

from tests.statements.test_statements_spans import having, run, spans


def test_statements_cue_groups_auxiliary_across_a_phrase(nlp: Any) -> None:
    a = run(nlp, "Harbor pilots have in fact said that the old pier is unsafe.")
    assert spans(having(a, "the old pier is unsafe")) == ("have in fact said", "Harbor pilots")


def test_statements_cue_groups_auxiliary_across_an_adverb_and_commas(nlp: Any) -> None:
    a = run(nlp, "The harbor office has, however, said that the old pier is unsafe.")
    cue, _ = spans(having(a, "the old pier is unsafe"))
    assert cue == "has, however, said"
