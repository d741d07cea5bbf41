"""People the model missed, found by their given name, on sentences written for these tests.

Each article is parsed by the real model; the model's own mention of the word under test
is taken away first (as the small model drops about one person name in fourteen), so the
test says what the entities stage makes of the bare proper noun.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsdossier.article import Article, Entity, Mention
from newsdossier.coref import resolve_coreference
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate


def _without_mentions_of(nlp: Any, body: str, word: str) -> Article:
    article = next(annotate([Article(id="t", source="test", body=body)], nlp))
    dropped = [m for m in article.mentions if word in m.text]
    mentions = tuple(m for m in article.mentions if m not in dropped)
    tokens = tuple(
        dataclasses.replace(t, ent_type="", ent_iob="O")
        if t.text == word or any(m.start <= t.start < m.end for m in dropped)
        else t
        for t in article.tokens
    )
    return dataclasses.replace(article, mentions=mentions, tokens=tokens)


def _people_named(article: Article, word: str) -> list[Entity]:
    return [
        e
        for e in article.entities
        if e.type == "PERSON" and any(word in m.text and m.kind == "name" for m in e.mentions)
    ]


@pytest.mark.parametrize(
    ("body", "word", "name"),
    [
        (
            "The meeting ran late. Alice imagined what was coming and left the room early.",
            "Alice",
            "Alice",
        ),
        (
            "Officials met on Friday. Dolores Paley threatened to disclose the affair to "
            "the board.",
            "Dolores",
            "Dolores Paley",
        ),
    ],
)
def test_entities_missed_given_name_is_a_person(nlp: Any, body: str, word: str, name: str) -> None:
    doc = group_entities(_without_mentions_of(nlp, body, word))
    (person,) = _people_named(doc, word)
    assert person.name == name


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("The delegation spent a week in Florence before flying home.", "Florence"),
        ("He wore a pendant with the Star of David on it to the hearing.", "David"),
        ("The Dodd-Frank rules were eased by the committee last year.", "Frank"),
        ("Prior to May, three quarters of the flights were late.", "May"),
        ("The Alice project was cancelled by the agency in March.", "Alice"),
        ("Lawmakers voted to Make America Great Again In Every State.", "America"),
        ("There is little hope of a deal, and Hope is what the campaign sells.", "Hope"),
        ("He has served for many years as the party chairman for a county on Long Island.", "Long"),
        ("Trump owned the Miss Universe pageant for many years.", "Miss"),
    ],
)
def test_entities_given_name_in_another_name_or_phrase_is_no_person(
    nlp: Any, body: str, word: str
) -> None:
    doc = group_entities(_without_mentions_of(nlp, body, word))
    assert _people_named(doc, word) == []


def test_entities_missed_given_name_takes_its_pronoun(nlp: Any) -> None:
    body = (
        "Tom Baker called the meeting. Kristina arrived to talk to him, and Tom Baker "
        "allowed her to speak first."
    )
    doc = resolve_coreference(group_entities(_without_mentions_of(nlp, body, "Kristina")))
    (kristina,) = _people_named(doc, "Kristina")
    assert any(m.text == "her" and m.kind == "pronoun" for m in kristina.mentions)


def test_entities_lone_given_name_shows_gender_to_pronouns(nlp: Any) -> None:
    body = "David met Alice at the station. Later she wrote to the council about the trains."
    doc = resolve_coreference(group_entities(_without_mentions_of(nlp, body, "nothing")))
    (alice,) = _people_named(doc, "Alice")
    assert any(m.text == "she" for m in alice.mentions)
    (david,) = _people_named(doc, "David")
    assert all(m.text != "she" for m in david.mentions)


def test_entities_given_name_in_a_headline_line_does_not_widen_a_surname(nlp: Any) -> None:
    """ "Will" before "Hart" in a title-case line is a headline word, even where the parser
    reads it as a proper noun and the model tagged only "Hart"."""
    body = "Will Hart Win The Seat In Ohio Again This Year\n\nVoters said the race was close."
    article = next(annotate([Article(id="t", source="test", body=body)], nlp))
    hart = body.index("Hart")
    mentions = (
        *(m for m in article.mentions if not (m.start <= hart < m.end)),
        Mention(hart, hart + 4, "Hart", "PERSON", "body"),
    )
    tokens = tuple(
        dataclasses.replace(t, pos="PROPN", ent_type="", ent_iob="O") if t.text == "Will" else t
        for t in article.tokens
    )
    doc = group_entities(dataclasses.replace(article, mentions=mentions, tokens=tokens))
    assert all(e.name != "Will Hart" for e in doc.entities)
    assert any(e.name == "Hart" for e in doc.entities)


def test_entities_given_name_widens_a_surname_in_a_long_sentence_full_of_names(nlp: Any) -> None:
    """A long line of prose with many capitalised names is no headline: "Marcel" joins the
    surname the model tagged."""
    body = (
        "During an interview with NBC News Senior Investigative Correspondent Cynthia McFadden "
        "for Dateline on Assignment broadcast on Wednesday, Marcel Lazar Lehel, the hacker "
        "known as Guccifer, stated that he had access to Democratic presidential candidate "
        "former Secretary of State Hillary Clinton's email server."
    )
    article = next(annotate([Article(id="t", source="test", body=body)], nlp))
    lehel = body.index("Lazar Lehel")
    mentions = (
        *(m for m in article.mentions if not (m.start <= lehel < m.end)),
        Mention(lehel, lehel + len("Lazar Lehel"), "Lazar Lehel", "PERSON", "body"),
    )
    tokens = tuple(
        dataclasses.replace(t, ent_type="", ent_iob="O") if t.text == "Marcel" else t
        for t in article.tokens
    )
    doc = group_entities(dataclasses.replace(article, mentions=mentions, tokens=tokens))
    assert any(e.name == "Marcel Lazar Lehel" for e in doc.entities)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (
            "The museum reopened in June. In those years Brannagh restored the north wing "
            "before she retired.",
            "Brannagh",
        ),
        ("In 1850, Vostrikov left the ministry. He spent his last years in Kazan.", "Vostrikov"),
    ],
)
def test_entities_missed_surname_subject_is_an_entity(nlp: Any, body: str, word: str) -> None:
    """A bare proper noun heading a verb's subject, with "he"/"she" close after it."""
    doc = resolve_coreference(group_entities(_without_mentions_of(nlp, body, word)))
    (found,) = [e for e in doc.entities if e.name == word]
    assert any(m.kind == "pronoun" for m in found.mentions)


@pytest.mark.parametrize(
    ("body", "word"),
    [
        # No gendered pronoun follows: nothing says a person is meant.
        ("Vostrikov left the ministry in 1850. The building was sold a year later.", "Vostrikov"),
        # A word the body also writes in lower case is a common word.
        ("Brexit divided the country. He said brexit talk bored him.", "Brexit"),
        # A determiner makes it a phrase, not a bare name.
        ("The Vostrikov closed its doors. She said the hotel had lost money.", "Vostrikov"),
    ],
)
def test_entities_proper_noun_subject_that_is_no_bare_name_is_left_alone(
    nlp: Any, body: str, word: str
) -> None:
    doc = group_entities(_without_mentions_of(nlp, body, word))
    assert all(not (m.text == word and m.kind == "name") for e in doc.entities for m in e.mentions)


def _tagged(article: Article, word: str, pos: str, dep: str) -> Article:
    """``article`` with the parser's tag and label of ``word`` set as the small model
    sometimes gives them to a given name it does not know."""
    tokens = tuple(
        dataclasses.replace(t, pos=pos, dep=dep) if t.text == word else t for t in article.tokens
    )
    return dataclasses.replace(article, tokens=tokens)


@pytest.mark.parametrize(("pos", "dep"), [("ADJ", "advmod"), ("ADJ", "nsubj"), ("NOUN", "nsubj")])
def test_entities_given_name_tagged_as_a_common_word_is_a_person(
    nlp: Any, pos: str, dep: str
) -> None:
    body = "After the storm, Kristina repaired the fence before she went to the market."
    article = _tagged(_without_mentions_of(nlp, body, "Kristina"), "Kristina", pos, dep)
    (person,) = _people_named(group_entities(article), "Kristina")
    assert person.name == "Kristina"


@pytest.mark.parametrize(
    "body",
    [
        # No "he"/"she" follows: nothing says a person is meant.
        "After the storm, Kristina repaired the fence. The market opened on Monday.",
        # The verb comes first: the word is no subject of it.
        "The council met and voted Kristina down before she could speak.",
    ],
)
def test_entities_given_name_tagged_as_a_common_word_without_support_is_left_alone(
    nlp: Any, body: str
) -> None:
    article = _tagged(_without_mentions_of(nlp, body, "Kristina"), "Kristina", "NOUN", "nsubj")
    assert _people_named(group_entities(article), "Kristina") == []


def test_entities_adverb_or_stop_word_that_is_also_a_given_name_is_left_alone(nlp: Any) -> None:
    """ "Soon" and "Many" are given names too; as an adverb or a stop word they are none."""
    body = "Soon the board met again, and Many voted against the plan before she spoke."
    article = _tagged(_without_mentions_of(nlp, body, "Soon"), "Soon", "ADV", "advmod")
    article = _tagged(article, "Many", "ADJ", "nsubj")
    doc = group_entities(article)
    assert _people_named(doc, "Soon") == []
    assert _people_named(doc, "Many") == []


def test_entities_missed_surname_possessor_is_an_entity(nlp: Any) -> None:
    body = "The family arranged Brannagh's funeral in May, a year after she had retired."
    doc = group_entities(_without_mentions_of(nlp, body, "Brannagh"))
    assert any(e.name == "Brannagh" for e in doc.entities)


def test_entities_proper_noun_possessor_without_a_pronoun_is_left_alone(nlp: Any) -> None:
    body = "The family arranged Brannagh's funeral in May. The church was full."
    doc = group_entities(_without_mentions_of(nlp, body, "Brannagh"))
    assert all(e.name != "Brannagh" for e in doc.entities)
