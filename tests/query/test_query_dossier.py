"""Dossier, statements, timeline, relations, documents and stats over a hand-made corpus."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdossier.errors import QueryError
from newsdossier.query import (
    NotFoundError,
    StatementFilter,
    TimelineFilter,
    corpus_stats,
    dossier,
    get_document,
    list_relations,
    list_statements,
    timeline,
)
from newsdossier.query.rows import Source
from newsdossier.query.search import MATCH_MARKS, search, split_marks
from newsdossier.store import Store
from tests.helpers.corpus import build_corpus


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    with Store(build_corpus(tmp_path / "c.db"), readonly=True) as store:
        yield store.conn


def _points_at_its_words(conn: sqlite3.Connection, s: Source) -> None:
    body = conn.execute("SELECT body FROM documents WHERE id = ?", (s.doc_id,)).fetchone()[0]
    assert body[s.sentence_start : s.sentence_end] == s.sentence
    assert s.sentence_start <= s.start <= s.end <= s.sentence_end


def test_query_dossier_sections(conn: sqlite3.Connection) -> None:
    d = dossier(conn, "ruiz")
    assert d.entity.name == "Ana Ruiz"
    assert [(r.as_of, r.former) for r in d.roles] == [("2024-06-04", False), ("2024-07-10", True)]
    assert {s.speaker_name for s in d.statements_by} == {"Ana Ruiz"}
    assert len(d.statements_by) == 3
    assert [a.published for a in d.sources] == sorted(
        (a.published for a in d.sources), reverse=True
    )
    assert "Tomas Berg" in {c.name for c in d.co_mentions}
    dates = [i.date for i in d.timeline if i.date]
    assert dates == sorted(dates)
    for fact in [*d.roles, *d.statements_by]:
        _points_at_its_words(conn, fact.source)


def test_query_dossier_statements_about_exclude_own(conn: sqlite3.Connection) -> None:
    d = dossier(conn, "Tomas Berg")
    assert [s.speaker_name for s in d.statements_about] == ["Ana Ruiz"]
    assert all(s.speaker_id != d.entity.id for s in d.statements_about)


def test_query_statements_filters(conn: sqlite3.Connection) -> None:
    everything = list_statements(conn)
    assert everything.total == 4
    newest = [s.date or "" for s in everything.items]
    assert newest == sorted(newest, reverse=True)
    oldest = [s.date or "" for s in list_statements(conn, sort="date").items]
    assert oldest == newest[::-1]
    by_ruiz = list_statements(conn, StatementFilter(speaker="Ruiz"))
    assert by_ruiz.total == 3
    about_berg = list_statements(conn, StatementFilter(about="Berg"))
    assert [s.speaker_name for s in about_berg.items] == ["Ana Ruiz"]
    july = list_statements(conn, StatementFilter(since="2024-07", until="2024-07"))
    assert [s.date for s in july.items] == ["2024-07-09"]
    assert list_statements(conn, StatementFilter(outlet="wire")).total == 2


@pytest.mark.parametrize("bad", ["2024-13", "yesterday", "2024-02-30", "24-01-01"])
def test_query_statements_bad_dates_refused(conn: sqlite3.Connection, bad: str) -> None:
    with pytest.raises(QueryError, match="date"):
        list_statements(conn, StatementFilter(since=bad))


def test_query_statements_unknown_speaker(conn: sqlite3.Connection) -> None:
    with pytest.raises(NotFoundError):
        list_statements(conn, StatementFilter(speaker="Nobody Here"))


def test_query_timeline_of_place_has_event_with_source(conn: sqlite3.Connection) -> None:
    page = timeline(conn, TimelineFilter(entity="Lisbon"))
    assert [(i.kind, i.event_type) for i in page.items] == [("event", "visit")]
    item = page.items[0]
    assert item.date == "2024-06-03"
    assert {p.name for p in item.participants} == {"Ana Ruiz", "Lisbon"}
    _points_at_its_words(conn, item.sources[0])


def test_query_timeline_date_window(conn: sqlite3.Connection) -> None:
    page = timeline(conn, TimelineFilter(since="2024-07-01", until="2024-07-31"))
    assert [i.date for i in page.items] == ["2024-07-09"]


def test_query_relations_of_entity(conn: sqlite3.Connection) -> None:
    all_rel = list_relations(conn)
    assert all_rel.total == 1
    rel = all_rel.items[0]
    assert (rel.subject_name, rel.type, rel.object_name) == ("Portugal", "treaty", "Lisbon")
    _points_at_its_words(conn, rel.source)


def test_query_document_spans_point_into_their_field(conn: sqlite3.Connection) -> None:
    doc = get_document(conn, "doc-one")
    assert {s.layer for s in doc.spans} == {"entity", "statement", "date", "role", "event"}
    for s in doc.spans:
        text = doc.body if s.field == "body" else getattr(doc, s.field)
        assert text[s.start : s.end] == s.text
    assert doc.removed == ["Read more: other stories"]
    with pytest.raises(NotFoundError):
        get_document(conn, "missing")


def test_query_stats(conn: sqlite3.Connection) -> None:
    stats = corpus_stats(conn)
    assert stats.counts["documents"] == 3
    assert (stats.first_published, stats.last_published) == ("2024-06-04", "2024-08-01")
    assert stats.entity_types["PERSON"] == 2


def test_query_search_marks_split_into_offsets(conn: sqlite3.Connection) -> None:
    hits = search(conn, "pact", marks=MATCH_MARKS)
    assert {h.kind for h in hits} == {"article", "statement"}
    for hit in hits:
        text, spans = split_marks(hit.snippet)
        assert spans
        assert all(text[a:b].casefold() == "pact" for a, b in spans)


def test_query_timeline_pages_match_the_whole(conn: sqlite3.Connection) -> None:
    whole = timeline(conn)
    assert whole.total == len(whole.items) == 5
    paged = [i for k in range(0, 5, 2) for i in timeline(conn, limit=2, offset=k).items]
    assert paged == whole.items
    assert timeline(conn, offset=10).items == []


def test_query_timeline_event_of_type_statement_is_an_event(tmp_path: Path) -> None:
    from newsdossier.article import Article, Event

    body = "The ministry issued a statement on Monday."
    event = Event("statement", "issued", "2024-01-01", sentence=body, start=0, end=len(body))
    with Store(tmp_path / "e.db") as store:
        store.add(Article(id="d", source="d", body=body, events=(event,)), pipeline="t")
        items = timeline(store.conn).items
    assert [(i.kind, i.event_type, i.date) for i in items] == [("event", "statement", "2024-01-01")]


def test_query_search_pages(conn: sqlite3.Connection) -> None:
    whole = search(conn, "the", limit=10)
    assert len(whole) == 5
    paged = [h for k in (0, 2, 4) for h in search(conn, "the", limit=2, offset=k)]
    assert paged == whole
