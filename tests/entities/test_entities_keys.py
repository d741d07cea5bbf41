"""Grouping keys: each candidate's typed key, and "Georgia" settled by the article."""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.article import Article, Field
from newsdossier.entities import group_entities
from newsdossier.entities.candidate import FIELDS, Candidate, Origin, group_key
from newsdossier.entities.places import settle_ambiguous
from newsdossier.entities.spans import repair_mentions
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.lang.places import GroupKey
from newsdossier.nlp import annotate
from newsdossier.resolve import entity_keys

COUNTRY_STORY = (
    "Georgia, the former Soviet republic, held talks with Armenia on Tuesday. "
    "Georgian officials in Tbilisi said the country wanted closer ties with the EU."
)
STATE_STORY = (
    "Voters in Georgia and Alabama went to the polls on Tuesday. The governor of "
    "Georgia said turnout in Atlanta was high."
)


def _article(nlp: Any, body: str) -> Article:
    return next(annotate([Article(id="t", source="test", body=body)], nlp))


def _georgia_keys(article: Article) -> tuple[set[GroupKey], set[GroupKey]]:
    """The keys of the article's "Georgia" mentions before and after the context decides."""
    texts: dict[Field, str] = {name: article.field_text(name) for name in FIELDS}
    cands = repair_mentions(article.mentions, texts, lexicon_for("en"))
    before = {c.key for c in cands if c.text == "Georgia"}
    settle_ambiguous(cands, texts)
    return before, {c.key for c in cands if c.text == "Georgia"}


@pytest.mark.parametrize(
    ("text", "labels", "origin", "key"),
    [
        ("Japan", {"GPE"}, "model", GroupKey("country", "JP")),
        ("U.S.", {"GPE"}, "model", GroupKey("country", "US")),
        ("Alabama", {"GPE"}, "model", GroupKey("subdiv", "US-AL")),
        ("Georgia", {"GPE"}, "model", GroupKey("ambiguous", "georgia")),
        ("Japanese", {"NORP"}, "model", GroupKey("norp", "JP")),
        ("Maria Lopez", {"PERSON"}, "model", GroupKey("name", "maria lopez")),
        ("Japan-U.S. Security Treaty", {"LAW"}, "law", GroupKey("law", "JP+US:security treaty")),
    ],
)
def test_entities_keys_by_kind(text: str, labels: set[str], origin: Origin, key: GroupKey) -> None:
    assert group_key(text, labels, origin) == key


def test_entities_keys_state_only_with_a_place_label() -> None:
    """A state's name the model called a location stays a name ("Alabama" the river)."""
    assert group_key("Alabama", {"LOC"}, "model") == GroupKey("name", "alabama")


def test_entities_keys_candidate_made_with_its_key() -> None:
    cand = Candidate.make(0, 5, "Japan", "GPE", "body", model_labels=["GPE"])
    assert cand.key == GroupKey("country", "JP")
    assert cand.origin == "model"


def test_entities_keys_georgia_the_country(nlp: Any) -> None:
    article = _article(nlp, COUNTRY_STORY)
    before, after = _georgia_keys(article)
    assert before == {GroupKey("ambiguous", "georgia")}
    (key,) = after
    assert (key.kind, key.value) == ("country", "GE")
    georgia = next(e for e in group_entities(article).entities if e.name == "Georgia")
    assert entity_keys(georgia).primary == "country:GE"


def test_entities_keys_georgia_the_state(nlp: Any) -> None:
    article = _article(nlp, STATE_STORY)
    before, after = _georgia_keys(article)
    assert before == {GroupKey("ambiguous", "georgia")}
    (key,) = after
    assert (key.kind, key.value) == ("subdiv", "US-GA")
    georgia = next(e for e in group_entities(article).entities if e.name == "Georgia (U.S. state)")
    assert entity_keys(georgia).primary == "subdiv:US-GA"
