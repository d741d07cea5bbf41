"""Entity listing, lookup by alias (any case, any script) with suggestions, mentions."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdossier.errors import QueryError
from newsdossier.query import (
    NotFoundError,
    entity_mentions,
    find_entity,
    list_entities,
)
from newsdossier.store import Store
from tests.helpers.corpus import build_corpus


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    with Store(build_corpus(tmp_path / "c.db"), readonly=True) as store:
        yield store.conn


def test_query_entities_ordered_by_articles_then_name(conn: sqlite3.Connection) -> None:
    page = list_entities(conn)
    assert page.total == 5
    order = [(-e.articles, e.name) for e in page.items]
    assert order == sorted(order)
    assert page.items[0].name == "Ana Ruiz"


def test_query_entities_filters(conn: sqlite3.Connection) -> None:
    assert {e.name for e in list_entities(conn, type="gpe").items} == {"Lisbon", "Portugal"}
    assert {e.name for e in list_entities(conn, min_docs=2).items} == {
        "Ana Ruiz", "Tomas Berg", "Lisbon",
    }  # fmt: skip
    assert [e.name for e in list_entities(conn, q="托馬").items] == ["Tomas Berg"]


def test_query_entities_pages_are_stable_and_disjoint(conn: sqlite3.Connection) -> None:
    whole = [e.id for e in list_entities(conn, limit=5).items]
    paged = [e.id for k in range(0, 5, 2) for e in list_entities(conn, limit=2, offset=k).items]
    assert paged == whole


def test_query_find_entity_by_alias_any_case_and_script(conn: sqlite3.Connection) -> None:
    berg = find_entity(conn, "Tomas Berg")
    assert find_entity(conn, "BERG").id == berg.id
    assert find_entity(conn, "托馬斯").id == berg.id
    assert find_entity(conn, berg.id).id == berg.id
    assert "托馬斯" in berg.aliases


def test_query_find_entity_suggests_close_names(conn: sqlite3.Connection) -> None:
    with pytest.raises(NotFoundError) as info:
        find_entity(conn, "Ruis")
    assert "Ana Ruiz" in info.value.suggestions
    assert "did you mean" in str(info.value)


def test_query_find_entity_ambiguous_alias_lists_candidates(tmp_path: Path) -> None:
    from newsdossier.article import Article, Entity, Mention

    body = "Kim Lee met Jon Lee."
    kim = Entity("e0", "Kim Lee", "PERSON", ("Lee",), (Mention(0, 7, "Kim Lee", "PERSON"),))
    jon = Entity("e1", "Jon Lee", "PERSON", ("Lee",), (Mention(12, 19, "Jon Lee", "PERSON"),))
    with Store(tmp_path / "a.db") as store:
        store.add(Article(id="d", source="d.txt", body=body, entities=(kim, jon)), pipeline="t")
        with pytest.raises(QueryError) as info:
            find_entity(store.conn, "lee")
    assert not isinstance(info.value, NotFoundError)
    assert sorted(info.value.suggestions) == ["Jon Lee", "Kim Lee"]


def test_query_bad_page_is_refused(conn: sqlite3.Connection) -> None:
    with pytest.raises(QueryError):
        list_entities(conn, limit=0)
    with pytest.raises(QueryError):
        list_entities(conn, offset=-1)


def test_query_mentions_carry_sentences(conn: sqlite3.Connection) -> None:
    berg = find_entity(conn, "Berg")
    page = entity_mentions(conn, berg.id)
    assert page.total == berg.mentions
    for m in page.items:
        s = m.source
        assert s.sentence_start <= s.start < s.end <= s.sentence_end
        assert m.text in s.sentence
