"""Per-entity facts: role history, relations, co-mentioned actors, the articles that mention it."""

from __future__ import annotations

import dataclasses
import sqlite3

from newsdossier.query.entities import get_entity
from newsdossier.query.rows import CoMention, CopyRow, DocumentRow, RelationRow, RoleRow
from newsdossier.query.sources import Page, SourceResolver, check_page


def role_history(conn: sqlite3.Connection, entity_id: str) -> list[RoleRow]:
    """Titles the person held, ordered by the date each article states them (then start)."""
    resolver = SourceResolver(conn)
    rows = conn.execute(
        "SELECT r.*, d.published FROM roles r JOIN documents d ON d.id = r.doc_id"
        " WHERE r.entity_id = ?"
        " ORDER BY coalesce(r.as_of, d.published), r.start, r.doc_id, r.idx",
        (entity_id,),
    ).fetchall()
    return [
        RoleRow(
            r["entity_id"],
            r["person"],
            r["title"],
            r["organization"],
            r["start"],
            r["end"],
            bool(r["former"]),
            r["as_of"] or r["published"],
            resolver.source(r["doc_id"], r["start_char"], r["end_char"], r["field"]),
        )
        for r in rows
    ]


def list_relations(
    conn: sqlite3.Connection,
    *,
    entity_id: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page[RelationRow]:
    """Standing relations (of one entity, either side, when ``entity_id`` is given)."""
    check_page(limit, offset)
    where, args = "", []
    if entity_id:
        get_entity(conn, entity_id)
        where, args = "WHERE r.subject_id = ? OR r.object_id = ?", [entity_id, entity_id]
    total = conn.execute(f"SELECT count(*) FROM relations r {where}", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT r.* FROM relations r JOIN documents d ON d.id = r.doc_id {where}"
        " ORDER BY r.type, r.subject_name, r.object_name, d.published, r.doc_id, r.idx"
        " LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    resolver = SourceResolver(conn)
    items = [
        RelationRow(
            r["type"],
            r["subject_id"],
            r["subject_name"],
            r["object_id"],
            r["object_name"],
            r["start"],
            r["end"],
            resolver.source(r["doc_id"], r["start_char"], r["end_char"]),
        )
        for r in rows
    ]
    return Page(items, int(total), limit, offset)


def co_mentions(conn: sqlite3.Connection, entity_id: str, *, limit: int = 20) -> list[CoMention]:
    """Entities mentioned in the same articles, most shared articles first."""
    rows = conn.execute(
        "SELECT e.id, e.name, e.type, count(*) AS n FROM doc_entities a"
        " JOIN doc_entities b ON b.doc_id = a.doc_id AND b.entity_id != a.entity_id"
        " JOIN entities e ON e.id = b.entity_id WHERE a.entity_id = ?"
        " GROUP BY e.id ORDER BY n DESC, e.name, e.id LIMIT ?",
        (entity_id, limit),
    )
    return [CoMention(r["id"], r["name"], r["type"], int(r["n"])) for r in rows]


def document_row(r: sqlite3.Row) -> DocumentRow:
    """Metadata of a stored article row."""
    lead = " ".join((r["lead"] or "").split())
    return DocumentRow(
        r["id"],
        r["title"],
        r["outlet"],
        r["published"],
        r["source"],
        r["url"],
        r["language"],
        lead[:80] + ("…" if len(lead) > 80 else ""),
    )


_DOC_COLUMNS = (
    "d.id, d.title, d.outlet, d.published, d.source, d.url, d.language,"
    " substr(d.body, 1, 100) AS lead"
)


def entity_documents(
    conn: sqlite3.Connection, entity_id: str, *, limit: int = 50, offset: int = 0
) -> Page[DocumentRow]:
    """Stories that mention the entity, newest first: copies of one story (syndicated or
    near-duplicate, ``duplicate_of``) count once, as the earliest copy listing the others."""
    check_page(limit, offset)
    story = "coalesce(d.duplicate_of, d.id)"
    total = conn.execute(
        f"SELECT count(DISTINCT {story}) FROM doc_entities x JOIN documents d ON d.id = x.doc_id"
        " WHERE x.entity_id = ?",
        (entity_id,),
    ).fetchone()[0]
    stories = [
        r[0]
        for r in conn.execute(
            f"SELECT {story} AS story, max(d.published) AS newest FROM doc_entities x"
            " JOIN documents d ON d.id = x.doc_id WHERE x.entity_id = ?"
            " GROUP BY story ORDER BY newest DESC, story LIMIT ? OFFSET ?",
            (entity_id, limit, offset),
        )
    ]
    return Page([_story_row(conn, doc_id) for doc_id in stories], int(total), limit, offset)


def _story_row(conn: sqlite3.Connection, doc_id: str) -> DocumentRow:
    row = conn.execute(f"SELECT {_DOC_COLUMNS} FROM documents d WHERE d.id = ?", (doc_id,))
    first = document_row(row.fetchone())
    copies = tuple(
        CopyRow(r["id"], r["outlet"], r["published"])
        for r in conn.execute(
            "SELECT id, outlet, published FROM documents WHERE duplicate_of = ?"
            " ORDER BY published, id",
            (doc_id,),
        )
    )
    return dataclasses.replace(first, copies=copies)


def list_documents(
    conn: sqlite3.Connection, *, outlet: str | None = None, limit: int = 50, offset: int = 0
) -> Page[DocumentRow]:
    """Stored articles, newest first (optionally of one outlet)."""
    check_page(limit, offset)
    where, args = ("WHERE d.outlet = ? COLLATE NOCASE", [outlet]) if outlet else ("", [])
    total = conn.execute(f"SELECT count(*) FROM documents d {where}", args).fetchone()[0]
    rows = conn.execute(
        f"SELECT {_DOC_COLUMNS} FROM documents d {where}"
        " ORDER BY d.published DESC, d.id LIMIT ? OFFSET ?",
        [*args, limit, offset],
    )
    return Page([document_row(r) for r in rows], int(total), limit, offset)
