"""A story syndicated by several outlets counts once in a dossier, listing every outlet."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from newsdossier.article import Article, Entity, Mention, Sentence
from newsdossier.query import co_mentions, dossier, entity_documents, find_entity
from newsdossier.query import records as records_module
from newsdossier.report import render
from newsdossier.store import Store, aggregates

STORY = (
    "Ana Ruiz, the port authority's chief negotiator, said on Monday that talks with the "
    "dock workers' union would resume next week after a two-week pause over shift lengths. "
    "The union has asked for a written guarantee that no shift will run longer than ten "
    "hours, and for a review of overtime rules before any vote on the new contract. Ruiz "
    "said the authority was ready to discuss both points but would not accept a deadline "
    "set by the union. Shipping companies have warned that a strike in the busiest month "
    "of the year would cost the region millions in lost trade."
)


def _copy(doc_id: str, outlet: str, published: str, body: str) -> Article:
    start = body.index("Ana Ruiz")
    return Article(
        id=doc_id,
        source=f"{doc_id}.txt",
        outlet=outlet,
        published=published,
        body=body,
        sentences=(Sentence(0, len(body)),),
        entities=(
            Entity(
                "e0", "Ana Ruiz", "PERSON", (), (Mention(start, start + 8, "Ana Ruiz", "PERSON"),)
            ),
        ),
    )


def test_query_dossier_counts_syndicated_story_once(tmp_path: Path) -> None:
    trimmed = STORY[: STORY.index(" Shipping companies")]
    other = "Ana Ruiz opened a new ferry terminal on Friday. " * 3
    with Store(tmp_path / "s.db") as store:
        store.add(_copy("wire", "Harbour Wire", "2024-03-04", STORY), pipeline="[]")
        store.add(
            _copy("post", "Harbour Post", "2024-03-05", "HARBOUR POST — " + STORY), pipeline="[]"
        )
        store.add(_copy("daily", "City Daily", "2024-03-05", trimmed), pipeline="[]")
        store.add(_copy("ferry", "City Daily", "2024-03-08", other), pipeline="[]")
        d = dossier(store.conn, "Ana Ruiz")
    assert [a.id for a in d.sources] == ["ferry", "wire"]
    (story,) = [a for a in d.sources if a.id == "wire"]
    assert sorted(c.outlet or "" for c in story.copies) == ["City Daily", "Harbour Post"]
    text = render(d, "text")
    assert "also in City Daily, Harbour Post (2 copies)" in text


@pytest.mark.parametrize("fold_every", [aggregates.FOLD_EVERY, 1, 2])
def test_query_story_follows_a_cluster_repointed_at_an_earlier_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fold_every: int
) -> None:
    """The wire's own copy, dated before the reprints but stored after them, becomes the
    story's earliest copy: the entity's articles list it, with the reprints as copies;
    whether the reprints' rows are still recent, or folded (``fold_every`` 1: every
    article's; 2: the reprints' only) when the wire's copy re-points them."""
    monkeypatch.setattr(aggregates, "FOLD_EVERY", fold_every)
    with Store(tmp_path / "s.db") as store:
        store.add(
            _copy("post", "Harbour Post", "2024-03-05", "HARBOUR POST — " + STORY), pipeline="[]"
        )
        store.add(_copy("daily", "City Daily", "2024-03-06", STORY + " More soon."), pipeline="[]")
        store.add(_copy("wire", "Harbour Wire", "2024-03-04", STORY), pipeline="[]")
        page = entity_documents(store.conn, find_entity(store.conn, "Ana Ruiz").id)
        leads = store.conn.execute(
            "SELECT d.id FROM entity_docs x JOIN documents d ON d.key = x.doc WHERE x.lead"
        ).fetchall()
    assert [r[0] for r in leads] == ["wire"]  # the reprints stand for it no more
    assert page.total == 1
    (story,) = page.items
    assert story.id == "wire"
    assert sorted(c.outlet or "" for c in story.copies) == ["City Daily", "Harbour Post"]


def test_query_story_lists_its_first_copies_and_counts_them_all(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(records_module, "STORY_COPIES", 1)
    with Store(tmp_path / "s.db") as store:
        store.add(_copy("wire", "Harbour Wire", "2024-03-04", STORY), pipeline="[]")
        store.add(_copy("post", "Harbour Post", "2024-03-05", "POST — " + STORY), pipeline="[]")
        store.add(_copy("daily", "City Daily", "2024-03-06", STORY + " More."), pipeline="[]")
        (story,) = entity_documents(store.conn, find_entity(store.conn, "Ana Ruiz").id).items
    assert [c.id for c in story.copies] == ["post"]  # the earliest copy only
    assert story.copy_count == 2


def _with_place(doc_id: str, published: str, place: str) -> Article:
    body = f"Ana Ruiz arrived in {place} on Monday for talks with the port authority."
    start = body.index(place)
    article = _copy(doc_id, "Harbour Wire", published, body)
    place_entity = Entity(
        f"e-{place}", place, "GPE", (), (Mention(start, start + len(place), place, "GPE"),)
    )
    return dataclasses.replace(article, entities=(*article.entities, place_entity))


def test_query_co_mentions_count_the_latest_articles(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add(_with_place("a", "2024-03-01", "Lisbon"), pipeline="[]")
        store.add(_with_place("b", "2024-03-08", "Oslo"), pipeline="[]")
        store.add(_with_place("c", "2024-03-15", "Oslo"), pipeline="[]")
        ruiz = find_entity(store.conn, "Ana Ruiz").id
        every = co_mentions(store.conn, ruiz)
        monkeypatch.setattr(records_module, "CO_MENTION_ARTICLES", 2)
        latest = co_mentions(store.conn, ruiz)
    assert [(m.name, m.articles) for m in every.items] == [("Oslo", 2), ("Lisbon", 1)]
    assert every.total == 2
    assert [(m.name, m.articles) for m in latest.items] == [("Oslo", 2)]
    assert latest.total == 1


def test_query_stories_are_dated_by_their_earliest_copy(tmp_path: Path) -> None:
    """A story reprinted after another story ran is still dated by its wire copy, both
    newest first and oldest first, and a page of one story continues the same order."""
    other = "Ana Ruiz opened a new ferry terminal on Friday, the third this year. " * 3
    with Store(tmp_path / "s.db") as store:
        store.add(_copy("wire", "Harbour Wire", "2024-03-01", STORY), pipeline="[]")
        store.add(_copy("ferry", "City Daily", "2024-03-03", other), pipeline="[]")
        store.add(_copy("post", "Harbour Post", "2024-03-05", "POST — " + STORY), pipeline="[]")
        ruiz = find_entity(store.conn, "Ana Ruiz").id
        newest = entity_documents(store.conn, ruiz)
        oldest = entity_documents(store.conn, ruiz, sort="date")
        second = entity_documents(store.conn, ruiz, sort="date", limit=1, offset=1)
    assert [a.id for a in newest.items] == ["ferry", "wire"]
    assert [a.id for a in oldest.items] == ["wire", "ferry"]
    assert [a.id for a in second.items] == ["ferry"]
    assert second.total == 2


def test_query_story_named_only_in_its_copies_is_listed_once(tmp_path: Path) -> None:
    """When the earliest copy does not name the entity but two later copies do, the
    story is one of the entity's stories, listed once and dated by the first of them."""
    plain = STORY.replace("Ana Ruiz, the port authority's chief negotiator,", "The port")
    named = "Ana Ruiz, the port authority's chief negotiator, spoke. " + plain
    with Store(tmp_path / "s.db") as store:
        store.add(
            dataclasses.replace(
                _copy("wire", "Harbour Wire", "2024-03-01", named), body=plain, entities=()
            ),
            pipeline="[]",
        )
        store.add(_copy("post", "Harbour Post", "2024-03-02", named), pipeline="[]")
        store.add(_copy("daily", "City Daily", "2024-03-04", named + " More."), pipeline="[]")
        page = entity_documents(store.conn, find_entity(store.conn, "Ana Ruiz").id)
    assert page.total == 1
    (story,) = page.items
    assert story.id == "wire"
    assert story.copy_count == 2
