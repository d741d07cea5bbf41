"""An institution named inside a longer organisation's name stays its own entity (issue 11)."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Article
from newsdossier.pipeline import READER_FIELDS, Pipeline


def _entities(nlp: Any, body: str) -> dict[str, tuple[str, ...]]:
    pipe = Pipeline(
        ["nlp.spacy.v1", "entities.v1"],
        nlp=nlp,
        on_error="raise",
        provided=READER_FIELDS | {"body"},
    )
    article = next(pipe.run([Article(id="t", source="t", body=body, published="2025-04-10")]))
    return {e.name: e.aliases for e in article.entities}


def test_entities_senate_is_not_its_committee(nlp: Any) -> None:
    found = _entities(
        nlp, "The Senate voted on Tuesday. The Senate Armed Services Committee met later."
    )
    committee = next(name for name in found if name.endswith("Committee"))
    assert "Senate" not in found[committee]
    assert "Senate" in found


def test_entities_a_company_still_goes_by_its_first_word(nlp: Any) -> None:
    found = _entities(nlp, "Conner Peripherals Inc. posted a loss. Conner said sales fell.")
    assert "Conner" in found["Conner Peripherals Inc."]
