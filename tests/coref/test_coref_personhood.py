"""Names the small model typed as something else can still take "he"/"she" when nothing in
them says organisation, law or place (`coref.pronouns.person_like`), and the scorer sees
how person-like each candidate's name is (`coref.features._personhood`). Sentences
written for these tests."""

from __future__ import annotations

import dataclasses
from typing import Any

from newsdossier.article import Article, Entity
from newsdossier.coref import resolve_coreference
from newsdossier.coref.context import Context
from newsdossier.coref.features import FEATURES, _personhood
from newsdossier.coref.pronouns import person_like
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate

_VICTORIA = (
    "Crown Princess Victoria, the eldest daughter of the king, was married in the "
    "cathedral in June, the same month in which her parents had married there."
)


def _article(nlp: Any, body: str) -> Article:
    return group_entities(next(annotate([Article(id="t", source="test", body=body)], nlp)))


def _retyped(article: Article, name: str, etype: str) -> Entity:
    (found,) = [e for e in article.entities if e.name == name]
    return dataclasses.replace(found, type=etype)


def test_coref_titled_name_typed_as_a_product_takes_her(nlp: Any) -> None:
    doc = resolve_coreference(_article(nlp, _VICTORIA))
    (victoria,) = [e for e in doc.entities if e.name == "Crown Princess Victoria"]
    assert victoria.type != "PERSON"  # the model's label: the test is about that case
    assert [m.text for m in victoria.mentions if m.kind == "pronoun"] == ["her"]


def test_coref_person_like_reads_titles_groups_and_organisations(nlp: Any) -> None:
    victoria = _article(nlp, _VICTORIA)
    assert person_like(Context(victoria), _retyped(victoria, "Crown Princess Victoria", "PRODUCT"))
    body = (
        "Mr. Kruse left the firm in May. The Democrats and General Motors backed him at a "
        "meeting in Stockholm."
    )
    article = _article(nlp, body)
    ctx = Context(article)
    assert person_like(ctx, _retyped(article, "Kruse", "NORP"))  # a bare singular surname
    assert not person_like(ctx, _retyped(article, "Democrats", "NORP"))  # plural: a group
    assert not person_like(ctx, _retyped(article, "General Motors", "ORG"))
    assert not person_like(ctx, _retyped(article, "Stockholm", "GPE"))  # only "in Stockholm"


def test_coref_personhood_features_of_a_titled_name_and_a_place(nlp: Any) -> None:
    body = "Anna Weber wrote from Mantua to her brother in Ontario. She replied in May."
    article = _article(nlp, body)
    ctx = Context(article)
    entity = {e.name: e for e in article.entities}
    assert {"given_name", "titled_name", "located", "model_person"} <= set(FEATURES)
    anna = _personhood(ctx, entity["Anna Weber"])
    assert anna["given_name"] == 1.0
    assert anna["titled_name"] == 0.0
    assert anna["located"] == 0.0
    ontario = _personhood(ctx, entity["Ontario"])
    assert ontario["located"] == 1.0
    assert ontario["model_person"] == 0.0
    victoria = _article(nlp, _VICTORIA)
    (titled,) = [e for e in victoria.entities if e.name == "Crown Princess Victoria"]
    assert _personhood(Context(victoria), titled)["titled_name"] == 1.0


def test_coref_name_ending_in_a_place_or_event_noun_takes_no_he_or_she(nlp: Any) -> None:
    body = (
        "Mr. Kruse sailed up Chesapeake Bay after World War II, and he settled by "
        "Cheyne Walk with Duke Ellington."
    )
    article = _article(nlp, body)
    ctx = Context(article)
    assert not person_like(ctx, _retyped(article, "Chesapeake Bay", "LOC"))
    assert not person_like(ctx, _retyped(article, "World War II", "EVENT"))
    assert not person_like(ctx, _retyped(article, "Cheyne Walk", "FAC"))
    assert person_like(ctx, _retyped(article, "Duke Ellington", "FAC"))  # a title, a name
