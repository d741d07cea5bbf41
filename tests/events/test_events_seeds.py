"""Every `events` check of ../shared/gold/seeds.json, through the real pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsdossier.article import Article, Event
from newsdossier.events import find_events
from newsdossier.ingest import read_paths
from newsdossier.pipeline import Pipeline
from newsdossier.relations import find_relations

STAGES = ["clean.v1", "nlp.spacy.v1", "entities.v1", "timex.v1", "roles.v1", "statements.v1"]


@pytest.fixture(scope="module")
def seed_articles(seeds_dir: Path, nlp: Any) -> dict[str, Article]:
    """Each seed file through the pipeline, then events and relations."""
    items = [a for a in read_paths([str(seeds_dir)]) if isinstance(a, Article)]
    done = Pipeline(STAGES, nlp=nlp, on_error="raise").run(items)
    return {Path(a.source).name: find_relations(find_events(a)) for a in done}


def _checks(seed_gold: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (name, check)
        for name, doc in seed_gold["documents"].items()
        for check in doc.get("events", [])
    ]


def _matches(event: Event, check: dict[str, Any]) -> bool:
    names = {p.name for p in event.participants}
    return (
        check["contains"] in event.sentence
        and event.date == check["date"]
        and set(check["participants"]) <= names
    )


def test_events_seed_gold_all_found(
    seed_articles: dict[str, Article], seed_gold: dict[str, Any]
) -> None:
    checks = _checks(seed_gold)
    assert checks
    failed = [
        (name, check["contains"], check["date"])
        for name, check in checks
        if not any(_matches(e, check) for e in seed_articles[name].events)
    ]
    assert failed == []


def test_events_seed_dates_never_default_to_publication(
    seed_articles: dict[str, Article],
) -> None:
    for article in seed_articles.values():
        for event in article.events:
            if event.date is None:
                continue
            stated = {t.value for t in article.timexes}
            assert event.date in stated, event


def test_events_seed_offsets_point_at_trigger(seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        assert article.events
        for event in article.events:
            assert article.body[event.start : event.end] == event.trigger
            assert event.trigger in event.sentence


def test_relations_seed_offsets_and_parties(seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        ids = {e.id for e in article.entities}
        for relation in article.relations:
            assert relation.subject.entity_id in ids
            assert relation.object.entity_id in ids
            assert relation.subject.entity_id != relation.object.entity_id
            assert article.body[relation.start_char : relation.end_char] in relation.sentence


def test_events_records_round_trip(seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        again = Article.from_dict(article.to_dict())
        assert again.events == article.events
        assert again.relations == article.relations
