"""An infinitive under an impersonal "it is ..." reports nothing ("it was too early to
tell whether ..."); the same infinitive after a person ("He was quick to say") does.
Sentences written for this test."""

from __future__ import annotations

from typing import Any

from tests.statements.test_statements_coref_speakers import run


def test_statements_impersonal_infinitive_is_no_statement(nlp: Any) -> None:
    body = (
        "Mayor Ana Ruiz said that it was too early to tell whether the blast was caused "
        "by a bomb. It is hard to say how many people were inside, officials said. "
        "Chief Tom Brandt was quick to say that the market would reopen."
    )
    texts = [s.text for s in run(nlp, body).statements]
    assert not any(t.startswith(("whether", "how many")) for t in texts), texts
    assert any("too early to tell" in t for t in texts)
    assert any(t.startswith("the market would reopen") for t in texts)
    sources = [s.source.text for s in run(nlp, body).statements if s.source]
    assert "it" not in [s.lower() for s in sources]
