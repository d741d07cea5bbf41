"""A name the parser took for a common word (a plural noun before a singular verb, a given
name tagged as an adverb before a verb with no subject) is found as a person when a
"he"/"she" follows (`entities.given_names._name_taken_for_word`), and so is a name after a
title (`add_titled_people`); common words in the same places are not. Sentences written
for these tests."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsdossier.article import Article
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate


def _entities(nlp: Any, body: str) -> dict[str, str]:
    article = next(annotate([Article(id="t", source="test", body=body)], nlp))
    return {e.name: e.type for e in group_entities(article).entities}


@pytest.mark.parametrize(
    ("body", "name"),
    [
        # the parser: Hemings NOUN/NNS, subject of "was born"
        ("Hemings was born in 1773. She lived at the farm for decades.", "Hemings"),
        # Dawkes NOUN/NNS, subject of "was sentenced", after another sentence
        (
            "The mill closed in 1902. Dawkes was sentenced the next year, and his partner fled.",
            "Dawkes",
        ),
        # Dolly ADV/RB, right before "plans", which has no subject
        ("The board met on Monday. Dolly plans to throw a party, but she has no guests.", "Dolly"),
    ],
)
def test_entities_name_taken_for_a_common_word_is_a_person(nlp: Any, body: str, name: str) -> None:
    assert _entities(nlp, body).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # a plural subject of a plural verb ("saw"), not a name
        ("Neighbours saw the fire. He called the police at once.", "Neighbours"),
        # an adverb before a verb with no subject, not a given name
        ("Initially played for the reserves, he moved to Leeds in 2004.", "Initially"),
    ],
)
def test_entities_common_word_in_a_name_place_is_no_entity(nlp: Any, body: str, word: str) -> None:
    assert word not in _entities(nlp, body)


def test_entities_name_taken_for_a_word_needs_a_pronoun_after_it(nlp: Any) -> None:
    body = "The mill closed in 1902. Dawkes was sentenced the next year. The case was closed."
    assert "Dawkes" not in _entities(nlp, body)


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Yi'nan offered tribute to Emperor Taizong. It was said that his land reached the sea.",
            "Taizong",
        ),
        (
            "The envoy met Miss Doublefinger at the hotel, and she gave him the letter.",
            "Doublefinger",
        ),
    ],
)
def test_entities_name_after_a_title_the_model_missed_is_a_person(
    nlp: Any, body: str, name: str
) -> None:
    assert _entities(nlp, body).get(name) == "PERSON"


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # after a number: an election, not a general's name
        ("Following the 1992 General Election he was promoted to the cabinet.", "Election"),
        # a modifier of "pageant": the contest's name
        ("She entered the Miss World pageant in London, and she came second.", "World"),
        # a modifier of "titles", with no determiner before the title (`_ends_phrase`)
        ("She won Miss World titles twice, and she retired in 1990.", "World"),
        # a modifier of "Officer": part of a longer title
        (
            "Marco Pagni was named Chief Administrative Officer in May, and he moved to London.",
            "Administrative",
        ),
    ],
)
def test_entities_title_before_a_common_phrase_makes_no_person(
    nlp: Any, body: str, word: str
) -> None:
    assert not any(word in name for name in _entities(nlp, body))


def test_entities_bare_subject_with_a_pronoun_before_it_is_a_person(nlp: Any) -> None:
    # the "his" that shows a person is talked about comes before the name
    body = "After his injury in March, Pondexter scored forty points."
    assert _entities(nlp, body).get("Pondexter") == "PERSON"


def _model_missed(nlp: Any, body: str, word: str, **tagged: str) -> Article:
    """``body`` parsed, as if the model had given ``word`` no entity (and, with ``tagged``,
    the tags given): the case these rules are for, whatever the model does today."""
    article = next(annotate([Article(id="t", source="test", body=body)], nlp))
    tokens = tuple(
        dataclasses.replace(t, ent_type="", ent_iob="O", **tagged) if t.text == word else t
        for t in article.tokens
    )
    mentions = tuple(m for m in article.mentions if word not in m.text)
    return dataclasses.replace(article, tokens=tokens, mentions=mentions)


def test_entities_missed_subject_with_an_inner_capital_is_a_person(nlp: Any) -> None:
    body = "In March, McFarlane moved to Leeds, where he signed for two years."
    article = _model_missed(nlp, body, "McFarlane")
    names = {e.name: e.type for e in group_entities(article).entities}
    assert names.get("McFarlane") == "PERSON"


def test_entities_deictic_day_as_a_subject_is_no_name(nlp: Any) -> None:
    body = "She recorded the song in May. Tomorrow opens the album, and she sings it alone."
    article = _model_missed(nlp, body, "Tomorrow", pos="PROPN", tag="NNP")
    assert "Tomorrow" not in {e.name for e in group_entities(article).entities}
