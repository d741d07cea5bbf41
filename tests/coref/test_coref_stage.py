"""The coreference stage on sentences written for each case: who each pronoun, possessive,
description and title in the body refers to, and the ``kind`` of every mention."""

from __future__ import annotations

import re
from typing import Any

from newsdossier.article import Article, Entity
from newsdossier.coref import resolve_coreference
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate
from newsdossier.record import export_record
from newsdossier.roles import find_roles


def run(nlp: Any, body: str) -> Article:
    article = Article(id="t", source="test", body=body, published="2030-05-10")
    return resolve_coreference(find_roles(group_entities(next(annotate([article], nlp)))))


def referent(article: Article, word: str, nth: int = 0) -> str | None:
    """The name of the entity holding the ``nth`` occurrence of the word(s) ``word``."""
    start = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", article.body)][nth]
    holders = [
        e
        for e in article.entities
        if any(m.start == start and m.end == start + len(word) for m in e.mentions)
    ]
    assert len(holders) <= 1, holders
    return holders[0].name if holders else None


def entity(article: Article, name: str) -> Entity:
    (found,) = [e for e in article.entities if e.name == name]
    return found


def test_coref_pronoun_goes_to_the_person_of_its_gender(nlp: Any) -> None:
    a = run(
        nlp,
        "Mr. Daniel Okafor and Ms. Helen Varga opened the new library on Friday. "
        "She thanked the volunteers, and he read a poem to the children.",
    )
    assert referent(a, "She") == "Helen Varga"
    assert referent(a, "he") == "Daniel Okafor"


def test_coref_gender_learned_from_an_earlier_pronoun(nlp: Any) -> None:
    a = run(
        nlp,
        "Rosa Almeida founded the clinic in 1998. She still runs it. "
        "Last year Rosa Almeida hired Peter Lindqvist. Her clinic grew, and he now manages it.",
    )
    assert referent(a, "Her") == "Rosa Almeida"
    assert referent(a, "he") == "Peter Lindqvist"


def test_coref_subject_pronoun_prefers_the_subject(nlp: Any) -> None:
    a = run(
        nlp,
        "Tomas Berg interviewed Karl Weiss about the harbour project on Monday. "
        "He later said the project would be delayed.",
    )
    assert referent(a, "He") == "Tomas Berg"


def test_coref_intervening_person_of_the_same_gender_fits_better(nlp: Any) -> None:
    a = run(
        nlp,
        "Grace Mwangi chaired the committee for a decade. "
        "In March the board appointed Linda Osei as treasurer. "
        "On her first day, Linda Osei cut the travel budget, and she froze all hiring.",
    )
    assert referent(a, "she") == "Linda Osei"
    assert referent(a, "her") == "Linda Osei"


def test_coref_possessive_in_the_same_clause(nlp: Any) -> None:
    a = run(nlp, "Ahmed Karimi sold his bakery to a cooperative last spring.")
    assert referent(a, "his") == "Ahmed Karimi"
    (pronoun,) = [m for m in entity(a, "Ahmed Karimi").mentions if m.text == "his"]
    assert pronoun.kind == "pronoun"


def test_coref_they_goes_to_an_organisation(nlp: Any) -> None:
    a = run(
        nlp,
        "The Northern Dockworkers Union rejected the offer on Tuesday. "
        "They said the proposed wages were too low.",
    )
    assert referent(a, "They") == "Northern Dockworkers Union"


def test_coref_they_stays_unresolved_when_a_plural_noun_is_nearer(nlp: Any) -> None:
    a = run(
        nlp,
        "The Northern Dockworkers Union met the port managers on Tuesday. "
        "The managers left early because they had a flight to catch.",
    )
    assert referent(a, "they") is None


def test_coref_ministry_and_its_resolve_to_the_ministry(nlp: Any) -> None:
    a = run(
        nlp,
        "The Ministry of Transport announced a new rail line on Monday. "
        "The ministry said its engineers would begin work in June.",
    )
    name = entity(a, "Ministry of Transport").name
    assert referent(a, "The ministry") == name
    assert referent(a, "its") == name


def test_coref_titles_resolve_through_roles(nlp: Any) -> None:
    a = run(
        nlp,
        "Senator Laura Finch met President Omar Haddad in Geneva on Monday. "
        "The president praised the senator for her work on refugees.",
    )
    assert referent(a, "The president") == "Omar Haddad"
    assert referent(a, "the senator") == "Laura Finch"
    kinds = {m.text: m.kind for m in entity(a, "Omar Haddad").mentions}
    # "President" before the name is the title of its noun phrase (`name_modifiers`).
    assert kinds == {"Omar Haddad": "name", "President": "nominal", "The president": "nominal"}


def test_coref_nothing_resolved_without_a_fitting_antecedent(nlp: Any) -> None:
    a = run(
        nlp,
        "Heavy rain flooded the north of Portugal overnight. "
        "She said the roads would stay closed. The governor ordered an inquiry.",
    )
    assert referent(a, "She") is None
    assert referent(a, "The governor") is None
    added = [m for e in a.entities for m in e.mentions if m.kind != "name"]
    assert added == []


def test_coref_first_person_in_a_quote_goes_to_its_speaker(nlp: Any) -> None:
    a = run(nlp, 'Mayor Daniel Ortiz said: "I will not resign, and my party supports me."')
    texts = [(m.text, m.kind) for m in entity(a, "Daniel Ortiz").mentions]
    assert texts == [
        ("Daniel Ortiz", "name"),
        ("Mayor", "nominal"),
        ("I", "pronoun"),
        ("my", "pronoun"),
        ("me", "pronoun"),
    ]


def test_coref_export_carries_the_mention_kind(nlp: Any) -> None:
    a = run(
        nlp,
        "Ms. Helen Varga visited the Port of Gdansk. She said the port was ready.",
    )
    record = export_record(a)
    (varga,) = [e for e in record["entities"] if e["name"] == "Helen Varga"]
    assert [(m["text"], m["kind"]) for m in varga["mentions"]] == [
        ("Helen Varga", "name"),
        ("Ms.", "nominal"),
        ("She", "pronoun"),
    ]
    assert all(
        m["kind"] == "name" for e in record["entities"] for m in e["mentions"] if e is not varga
    )


def test_coref_she_leaves_a_man_shown_by_an_earlier_he_for_a_woman_named_nearby(
    nlp: Any,
) -> None:
    a = run(
        nlp,
        "Clinton arrived in Ohio on Monday and spoke to supporters. He promised new jobs "
        "for the region. Governor Laura Whitfield joined the rally later. Clinton shook "
        "hands with volunteers. She said the state would vote early.",
    )
    assert referent(a, "She") == "Laura Whitfield"


def test_coref_she_leaves_a_man_an_unsure_him_went_to_for_a_woman_of_her_given_name(
    nlp: Any,
) -> None:
    a = run(
        nlp,
        "Obama spoke at the summit in Lima. Reporters asked him about trade. Then the "
        "Chilean minister, Ana Torres, took the floor. Obama listened. She said her "
        "country wanted lower tariffs.",
    )
    assert referent(a, "She") == "Ana Torres"
    assert referent(a, "him") == "Obama"


def test_coref_title_before_a_name_is_part_of_its_mention(nlp: Any) -> None:
    """The capitalised title the parser hangs on a name ("Colonel") holds the person too;
    a place's name before the title ("Taipei") does not."""
    a = run(
        nlp,
        "The garrison waited for orders. Colonel Harriet Oduya arrived at noon, and she "
        "inspected the barracks. Taipei Mayor Chiang Wan-an sent a letter.",
    )
    assert referent(a, "Colonel") == "Harriet Oduya"
    oduya = entity(a, "Harriet Oduya")
    assert all(m.kind == "nominal" for m in oduya.mentions if m.text == "Colonel")
    assert referent(a, "Taipei") != "Chiang Wan-an"


def test_coref_lower_case_title_is_no_part_of_the_name_mention(nlp: Any) -> None:
    a = run(nlp, "The former chief executive Harriet Oduya resigned, and she left the firm.")
    assert referent(a, "executive") is None
