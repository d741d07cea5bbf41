"""What one ingest added: the new articles, the actors in them and who said what."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

#: Most mentioned actors and first statements listed in a summary.
TOP_ACTORS = 12
FIRST_STATEMENTS = 8


@dataclass(frozen=True)
class NewArticle:
    """A new article with how much was found in it."""

    published: str | None
    outlet: str | None
    title: str
    entities: int
    statements: int
    dates: int


@dataclass(frozen=True)
class Actor:
    """An entity mentioned in the new articles: in how many, and how often."""

    name: str
    type: str
    articles: int
    mentions: int


@dataclass(frozen=True)
class Said:
    """A direct statement in the new articles: who (or which source) said it, and when."""

    who: str
    date: str | None
    text: str


@dataclass(frozen=True)
class IngestSummary:
    """The new articles, the actors most often mentioned in them, and their first statements."""

    articles: list[NewArticle]
    actors: list[Actor]
    said: list[Said]


def ingest_summary(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> IngestSummary:
    """The summary of the articles ``doc_ids`` (empty lists when there are none)."""
    if not doc_ids:
        return IngestSummary([], [], [])
    return IngestSummary(_new_articles(conn, doc_ids), _actors(conn, doc_ids), _said(conn, doc_ids))


def _marks(doc_ids: Sequence[str]) -> str:
    return ",".join("?" * len(doc_ids))


def _keys(doc_ids: Sequence[str]) -> str:
    """A subquery of the document keys of ``doc_ids`` (as many ``?``)."""
    return f"SELECT key FROM documents WHERE id IN ({_marks(doc_ids)})"


def _new_articles(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> list[NewArticle]:
    rows = conn.execute(
        "SELECT d.published, d.outlet, coalesce(d.title, substr(d.body, 1, 60)) AS title,"
        " (SELECT count(*) FROM doc_entities e WHERE e.doc = d.key) AS ents,"
        " (SELECT count(*) FROM statements s WHERE s.doc = d.key) AS stmts,"
        " (SELECT count(*) FROM timexes t WHERE t.doc = d.key) AS dates"
        f" FROM documents d WHERE d.id IN ({_marks(doc_ids)}) ORDER BY d.published, d.title",
        doc_ids,
    )
    return [
        NewArticle(r["published"], r["outlet"], r["title"], r["ents"], r["stmts"], r["dates"])
        for r in rows
    ]


def _actors(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> list[Actor]:
    rows = conn.execute(
        "SELECT e.name, e.type, count(DISTINCT m.doc) AS docs, count(*) AS n"
        " FROM mentions m JOIN entities e ON e.id = m.entity_id"
        f" WHERE m.doc IN ({_keys(doc_ids)})"
        f" GROUP BY e.id ORDER BY docs DESC, n DESC LIMIT {TOP_ACTORS}",
        doc_ids,
    )
    return [Actor(r["name"], r["type"], r["docs"], r["n"]) for r in rows]


def _said(conn: sqlite3.Connection, doc_ids: Sequence[str]) -> list[Said]:
    rows = conn.execute(
        "SELECT coalesce(s.speaker_name, s.source_description, '?') AS who, s.date, s.text"
        f" FROM statements s WHERE s.doc IN ({_keys(doc_ids)}) AND s.reported_by IS NULL"
        f" ORDER BY s.date, s.doc, s.idx LIMIT {FIRST_STATEMENTS}",
        doc_ids,
    )
    return [Said(r["who"], r["date"], r["text"]) for r in rows]
