"""Invariants of events and relations on real news texts (PolNeAR dev, TimeML), read in place."""

from __future__ import annotations

from itertools import islice
from typing import Any

import pytest
from eval.corpora import iter_polnear, iter_timeml

from newsdossier.article import Article
from newsdossier.events import find_events, merge_events
from newsdossier.pipeline import READER_FIELDS, Pipeline
from newsdossier.relations import find_relations

STAGES = ["nlp.spacy.v1", "entities.v1", "timex.v1", "roles.v1", "statements.v1"]


@pytest.fixture(scope="module")
def corpus(shared: Any, nlp: Any) -> list[Article]:
    """Eight TimeML articles (dated by creation time) and eight PolNeAR dev articles."""
    raw = [
        Article(id=d.name, source="timeml", body=d.text, published=d.dct[:10])
        for d in islice(iter_timeml(), 8)
    ]
    raw += [
        Article(id=t.name, source="polnear", body=t.text) for t in islice(iter_polnear("dev"), 8)
    ]
    pipe = Pipeline(STAGES, nlp=nlp, on_error="raise", provided=READER_FIELDS | {"body"})
    return [find_relations(find_events(a)) for a in pipe.run(raw)]


def test_events_corpora_found_in_most_articles(corpus: list[Article]) -> None:
    with_events = [a for a in corpus if a.events]
    assert len(with_events) >= len(corpus) // 2


def test_events_corpora_records_are_consistent(corpus: list[Article]) -> None:
    for article in corpus:
        ids = {e.id for e in article.entities}
        values = {t.value for t in article.timexes}
        for event in article.events:
            assert article.body[event.start : event.end] == event.trigger
            assert event.trigger in event.sentence
            assert event.date is None or event.date in values
            assert {p.entity_id for p in event.participants} <= ids
            assert len({p.entity_id for p in event.participants}) == len(event.participants)


def test_events_corpora_undated_without_publication_date(corpus: list[Article]) -> None:
    """PolNeAR has no dates: relative expressions cannot date its events."""
    for article in corpus:
        if article.published is None:
            for event in article.events:
                assert event.date is None or "X" not in event.date


def test_relations_corpora_records_are_consistent(corpus: list[Article]) -> None:
    for article in corpus:
        ids = {e.id for e in article.entities}
        for relation in article.relations:
            assert {relation.subject.entity_id, relation.object.entity_id} <= ids
            assert relation.start_char < relation.end_char


def test_events_corpora_merge_keeps_every_report(corpus: list[Article]) -> None:
    reports = [(a.id, e) for a in corpus for e in a.events]
    merged = merge_events(reports, key=lambda p: p.name)
    assert sum(len(m.reports) for m in merged) == len(reports)
    for m in merged:
        assert len({r.event.type for r in m.reports}) == 1
