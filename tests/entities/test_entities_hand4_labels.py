"""Party-and-district labels and quoted nicknames in people's names, on sentences written
for them (`entities.spans`)."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Article
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate


def entities(nlp: Any, body: str) -> dict[str, str]:
    article = Article(id="t", source="test", body=body, published="2030-05-10")
    return {e.name: e.type for e in group_entities(next(annotate([article], nlp))).entities}


def test_entities_party_district_label_is_no_entity(nlp: Any) -> None:
    found = entities(
        nlp,
        "Rep. Hal Brennan (D-Port Angeles) and Sen. Ruth Ames (R-Neb.) wrote the bill, "
        "and state Del. Omar Fields (I - Fairfax) signed on.",
    )
    assert not any(n.startswith(("D-", "R-", "I -", "I-")) for n in found), found
    assert "Hal Brennan" in found, found
    assert "Ruth Ames" in found, found


def test_entities_quoted_nickname_stays_inside_the_name(nlp: Any) -> None:
    found = entities(
        nlp, 'The crowd cheered when state Del. Marguerite "Gigi" Thornbury took the stage.'
    )
    assert found.get('Marguerite "Gigi" Thornbury') == "PERSON", found


def test_entities_quoted_word_between_other_names_is_no_nickname(nlp: Any) -> None:
    found = entities(nlp, 'Asked by NBC "Why" Tuesday, Senator Ruth Ames shrugged.')
    assert not any('"' in n for n in found), found
