"""A person's name the model gave another type still groups with the person's other
mentions: a one-word surname typed as a place that is a clause's subject or a possessor
(`aliases._name_of_person_mislabelled`), a title opening a span typed as a product
(`spans._after_leading_title`), a full name beginning with a given name typed as a
facility (`aliases._surname_of_given_name`). A surname after a locating preposition, or
written before the full name, stays apart. Sentences written for these tests; the
model's labels are set by the test, so the rules are tested whatever the model does."""

from __future__ import annotations

import dataclasses
from typing import Any

from newsdossier.article import Article, Mention
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate


def _labelled(nlp: Any, body: str, **labels: str) -> dict[str, list[str]]:
    """The article's entities (name -> mention surfaces) once the model's mentions of
    each surface in ``labels`` (underscores for spaces) carry the label given."""
    article = next(annotate([Article(id="t", source="test", body=body)], nlp))
    wanted = {surface.replace("_", " "): label for surface, label in labels.items()}
    mentions = [m for m in article.mentions if m.text not in wanted and not _inside(m, wanted)]
    for surface, label in wanted.items():
        start = body.find(surface)
        while start >= 0:
            end = start + len(surface)
            mentions.append(Mention(start, end, surface, label, "body"))
            start = body.find(surface, end)
    mentions = [m for m in mentions if not _overlapped(m, mentions)]
    article = dataclasses.replace(article, mentions=tuple(sorted(mentions, key=lambda m: m.start)))
    return {e.name: [m.text for m in e.mentions] for e in group_entities(article).entities}


def _inside(mention: Mention, wanted: dict[str, str]) -> bool:
    return any(mention.text in surface or surface in mention.text for surface in wanted)


def _overlapped(mention: Mention, mentions: list[Mention]) -> bool:
    """A mention inside a longer one (the longer is kept)."""
    return any(
        o is not mention
        and o.start <= mention.start
        and mention.end <= o.end
        and o.end - o.start > mention.end - mention.start
        for o in mentions
    )


def test_entities_surname_typed_as_a_place_joins_the_person_as_subject(nlp: Any) -> None:
    body = (
        "Guy Hobbs drove for the team in 1998. He raced in Japan and Germany when Hobbs "
        "had other commitments."
    )
    entities = _labelled(nlp, body, Guy_Hobbs="PERSON", Hobbs="GPE")
    assert entities["Guy Hobbs"].count("Hobbs") == 1
    assert "Hobbs" not in entities


def test_entities_surname_typed_as_a_place_joins_the_person_as_possessor(nlp: Any) -> None:
    body = "Richard Codey took office as governor in 2004. Paul Ward served as Codey's counsel."
    entities = _labelled(nlp, body, Richard_Codey="PERSON", Codey="GPE")
    assert "Codey" in entities["Richard Codey"]


def test_entities_place_after_a_locating_preposition_stays_a_place(nlp: Any) -> None:
    body = "Sam Houston led the army in 1836. Later he settled in Houston with his family."
    entities = _labelled(nlp, body, Sam_Houston="PERSON", Houston="GPE")
    assert entities["Houston"] == ["Houston"]
    assert entities["Sam Houston"][0] == "Sam Houston"


def test_entities_surname_typed_as_a_place_before_the_full_name_stays_apart(nlp: Any) -> None:
    body = "Hobbs had other commitments that year. Guy Hobbs drove for the team in 1998."
    entities = _labelled(nlp, body, Guy_Hobbs="PERSON", Hobbs="GPE")
    assert "Hobbs" in entities


def test_entities_title_opening_a_product_span_is_cut_and_the_name_groups(nlp: Any) -> None:
    body = "Some claim that Cardinal Siri received the votes. Siri refused the office."
    entities = _labelled(nlp, body, Cardinal_Siri="PRODUCT", Siri="PERSON")
    assert entities["Siri"] == ["Siri", "Siri"]


def test_entities_title_before_an_organisation_head_is_kept(nlp: Any) -> None:
    body = "She was treated at the King Edward Hospital in 1990 and went home."
    entities = _labelled(nlp, body, King_Edward_Hospital="PRODUCT")
    assert "King Edward Hospital" in entities


def test_entities_given_name_first_typed_as_a_facility_takes_its_surname(nlp: Any) -> None:
    body = "By 1857 Ella Brandt had sculpted many scholars. Brandt then left for Munich."
    entities = _labelled(nlp, body, Ella_Brandt="FAC", Brandt="PERSON")
    assert entities.get("Ella Brandt") == ["Ella Brandt", "Brandt"]


def test_entities_facility_surname_is_not_joined_by_a_place(nlp: Any) -> None:
    body = "By 1857 Ella Brandt had sculpted many scholars. Brandt then grew into a town."
    entities = _labelled(nlp, body, Ella_Brandt="FAC", Brandt="GPE")
    assert entities.get("Ella Brandt") == ["Ella Brandt"]


def _parsed_as_noun(nlp: Any, body: str, full: str, word: str) -> Article:
    """``body`` parsed, with ``full`` the one person mention the model gave, and the tags
    of ``word`` after it set to a common noun's: a surname the parser took for a word."""
    article = next(annotate([Article(id="t", source="test", body=body)], nlp))
    start = body.index(full)
    after = start + len(full)
    tokens = tuple(
        dataclasses.replace(t, pos="NOUN", tag="NN", ent_type="", ent_iob="O")
        if t.text == word and t.start >= after
        else t
        for t in article.tokens
    )
    mentions = [m for m in article.mentions if word not in m.text]
    mentions.append(Mention(start, after, full, "PERSON", "body"))
    ordered = tuple(sorted(mentions, key=lambda m: m.start))
    return dataclasses.replace(article, tokens=tokens, mentions=ordered)


def test_entities_surname_parsed_as_a_common_noun_subject_is_the_person(nlp: Any) -> None:
    body = "Layla Sarakalo is a radio host. Sarakalo was trained in New Mexico."
    entities = group_entities(_parsed_as_noun(nlp, body, "Layla Sarakalo", "Sarakalo")).entities
    (layla,) = [e for e in entities if e.name == "Layla Sarakalo"]
    assert [m.text for m in layla.mentions] == ["Layla Sarakalo", "Sarakalo"]


def test_entities_surname_the_body_writes_in_lower_case_stays_a_word(nlp: Any) -> None:
    # "Price" at the head of a sentence, and "price" as a word elsewhere in the body
    body = "Tom Price runs the shop. Price rose again, and the price of bread doubled."
    entities = group_entities(_parsed_as_noun(nlp, body, "Tom Price", "Price")).entities
    (tom,) = [e for e in entities if e.name == "Tom Price"]
    assert [m.text for m in tom.mentions] == ["Tom Price"]
