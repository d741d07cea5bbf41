"""One article with every extracted span, and corpus statistics."""

from __future__ import annotations

import json
import sqlite3

from newsdossier.query.entities import NotFoundError
from newsdossier.query.rows import DocumentView, Span, Stats
from newsdossier.store.aggregates import layer_counts


def _entity_spans(conn: sqlite3.Connection, key: int) -> list[Span]:
    return [
        Span(
            "entity",
            r["field"],
            r["start"],
            r["end"],
            r["text"],
            r["type"] or r["label"],
            entity_id=r["entity_id"],
            value=r["name"],
        )
        for r in conn.execute(
            "SELECT m.*, e.name, e.type FROM mentions m JOIN entities e ON e.id = m.entity_id"
            ' WHERE m.doc = ? ORDER BY m.field, m.start, m."end"',
            (key,),
        )
    ]


def _statement_spans(conn: sqlite3.Connection, key: int) -> list[Span]:
    return [
        Span(
            "statement",
            "body",
            r["start"],
            r["end"],
            r["text"],
            r["kind"],
            value=r["date"],
            speaker_name=r["speaker_name"] or r["source_description"],
            speaker_id=r["speaker_id"],
        )
        for r in conn.execute("SELECT * FROM statements WHERE doc = ? ORDER BY idx", (key,))
    ]


def _timex_spans(conn: sqlite3.Connection, key: int) -> list[Span]:
    return [
        Span("date", r["field"], r["start"], r["end"], r["text"], r["type"], value=r["value"])
        for r in conn.execute("SELECT * FROM timexes WHERE doc = ? ORDER BY idx", (key,))
    ]


def _role_spans(conn: sqlite3.Connection, key: int, texts: dict[str, str]) -> list[Span]:
    """Roles as spans: the words stating the role; ``label`` is the title, ``value`` the person."""
    return [
        Span(
            "role",
            r["field"],
            r["start_char"],
            r["end_char"],
            texts.get(r["field"], "")[r["start_char"] : r["end_char"]],
            r["title"],
            entity_id=r["entity_id"],
            value=r["person"],
        )
        for r in conn.execute("SELECT * FROM roles WHERE doc = ? ORDER BY idx", (key,))
    ]


def _event_spans(conn: sqlite3.Connection, key: int, body: str) -> list[Span]:
    """Events as spans of the body; ``label`` is the type, ``value`` the date."""
    return [
        Span(
            "event",
            "body",
            r["start"],
            r["end"],
            body[r["start"] : r["end"]],
            r["type"],
            value=r["date"],
        )
        for r in conn.execute("SELECT * FROM events WHERE doc = ? ORDER BY idx", (key,))
    ]


def get_document(conn: sqlite3.Connection, doc_id: str) -> DocumentView:
    """The article ``doc_id``: clean text, metadata, removed boilerplate, extracted spans."""
    r = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if r is None:
        raise NotFoundError(f"no document with id {doc_id!r}")
    key = int(r["key"])
    sentences = [
        (int(s[0]), int(s[1]))
        for s in conn.execute(
            'SELECT start, "end" FROM sentences WHERE doc = ? ORDER BY idx', (key,)
        )
    ]
    spans = _entity_spans(conn, key) + _statement_spans(conn, key)
    texts = {name: r[name] or "" for name in ("body", "title", "caption", "kicker", "deck")}
    spans += _timex_spans(conn, key) + _role_spans(conn, key, texts)
    spans += _event_spans(conn, key, r["body"])
    return DocumentView(
        r["id"],
        r["source"],
        r["url"],
        r["outlet"],
        r["author"],
        r["published"],
        r["dateline"],
        r["language"],
        r["title"],
        r["kicker"],
        r["caption"],
        r["caption_credit"],
        r["body"],
        json.loads(r["removed"]),
        r["duplicate_of"],
        sentences,
        spans,
        deck=r["deck"],
    )


def corpus_stats(conn: sqlite3.Connection) -> Stats:
    """Counts of every layer, the publication date range, articles per outlet, entity types
    (from the read model's counts: no layer is counted here)."""
    counts = layer_counts(conn)
    first, last = conn.execute(
        "SELECT (SELECT min(published) FROM documents), (SELECT max(published) FROM documents)"
    ).fetchone()
    outlets = {
        r[0] or "unknown": int(r[1])
        for r in conn.execute(
            "SELECT outlet, articles FROM outlet_counts ORDER BY articles DESC, outlet LIMIT 50"
        )
    }
    types = {
        r[0]: int(r[1])
        for r in conn.execute(
            "SELECT type, count(*) AS n FROM entities GROUP BY type ORDER BY n DESC, type"
        )
    }
    return Stats(counts, first, last, outlets, types)
