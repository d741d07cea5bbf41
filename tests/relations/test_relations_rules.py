"""Standing relations from sentences written for these tests."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsdossier.article import Article, Relation
from newsdossier.pipeline import READER_FIELDS, Pipeline
from newsdossier.relations import find_relations

STAGES = ["nlp.spacy.v1", "entities.v1", "timex.v1", "roles.v1", "statements.v1"]

Extract = Callable[[str], Article]


@pytest.fixture(scope="module")
def extract(nlp: Any) -> Extract:
    """Body text -> article with relations, through the real stages before them."""
    pipe = Pipeline(STAGES, nlp=nlp, on_error="raise", provided=READER_FIELDS | {"body"})

    def run(body: str) -> Article:
        article = Article(id="t", source="t", body=body, published="2025-04-10")
        return find_relations(next(pipe.run([article])))

    return run


def _rows(article: Article) -> set[tuple[str, str, str, str | None, str | None]]:
    return {(r.type, r.subject.name, r.object.name, r.start, r.end) for r in article.relations}


@pytest.mark.parametrize(
    ("body", "row"),
    [
        ("Finland joined NATO in 2023.",
         ("membership", "Finland", "NATO", "2023", None)),
        ("Spain has been a member of the European Union since 1986.",
         ("membership", "Spain", "European Union", "1986", None)),
        ("Britain was a member of the International Whaling Commission from 2015 to 2020.",
         ("membership", "United Kingdom", "International Whaling Commission", "2015", "2020")),
        ("Ukraine is seeking to join the European Union.",
         ("membership_aspiration", "Ukraine", "European Union", None, None)),
        ("Japan and the Philippines formed an alliance in 2024.",
         ("alliance", "Japan", "Philippines", "2024", None)),
        ("In 1949, Norway and Denmark signed the North Atlantic Treaty.",
         ("treaty_party", "Denmark", "North Atlantic Treaty", "1949", None)),
        ("The US-Japan alliance has deepened since 1951.",
         ("alliance", "United States", "Japan", "1951", None)),
        ("Australia is a close ally of the United States.",
         ("alliance", "Australia", "United States", None, None)),
        ("Poland and Lithuania are allies.", ("alliance", "Poland", "Lithuania", None, None)),
        ("Sweden applied to join NATO in May 2022.",
         ("membership_aspiration", "Sweden", "NATO", "2022-05", None)),
    ],
)  # fmt: skip
def test_relations_stated_with_start_and_end(
    extract: Extract, body: str, row: tuple[str, str, str, str | None, str | None]
) -> None:
    assert row in _rows(extract(body))


def test_relations_urged_alliance_is_a_proposal(extract: Extract) -> None:
    rows = _rows(extract("Japan and India should form a security alliance, the minister said."))
    assert {r[0] for r in rows} == {"alliance_proposal"}


def test_relations_treaty_binds_the_party_it_names(extract: Extract) -> None:
    article = extract(
        "The Mutual Defense Treaty was signed in 1951. "
        "The treaty commits the United States to defend the Philippines."
    )
    rows = {r[:3] for r in _rows(article)}
    assert ("treaty_party", "United States", "Mutual Defense Treaty") in rows
    assert ("commitment", "United States", "Philippines") in rows


def test_relations_parties_from_a_treaty_name(extract: Extract) -> None:
    article = extract(
        "Officials from the United States and South Korea discussed the 1953 U.S.-South Korea"
        " Mutual Defense Treaty on Monday."
    )
    rows = {r[:4] for r in _rows(article) if r[0] == "treaty_party"}
    assert {r[1] for r in rows} == {"United States", "South Korea"}
    assert {r[3] for r in rows} == {"1953"}


def test_relations_evidence_span_is_in_the_sentence(extract: Extract) -> None:
    article = extract("Finland joined NATO in 2023. Sweden followed a year later.")
    relation: Relation = article.relations[0]
    assert article.body[relation.start_char : relation.end_char] in relation.sentence
    assert relation.sentence == "Finland joined NATO in 2023."


def test_relations_acting_together_is_not_membership(extract: Extract) -> None:
    article = extract("Senator Marco Rubio joined Democrats in writing an immigration bill.")
    assert not [r for r in article.relations if r.type.startswith("membership")]


def test_relations_negated_membership_is_left_out(extract: Extract) -> None:
    assert extract("Leonid Kuchma said Ukraine would not join NATO.").relations == ()


def test_relations_none_from_plain_events(extract: Extract) -> None:
    assert extract("Emmanuel Macron visited Beijing on Tuesday.").relations == ()
