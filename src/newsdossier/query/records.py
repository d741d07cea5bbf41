"""Per-entity facts: role history, relations, co-mentioned actors, the articles that mention it."""

from __future__ import annotations

import dataclasses
import json
import sqlite3

from newsdossier.query.entities import get_entity
from newsdossier.query.rows import CoMention, CopyRow, DocumentRow, RelationRow, RoleRow
from newsdossier.query.sources import (
    MAX_LIMIT,
    Page,
    Sort,
    SourceResolver,
    check_page,
    direction,
)


def role_history(conn: sqlite3.Connection, entity_id: str) -> list[RoleRow]:
    """Titles the person held, ordered by the date each article states them (then start)."""
    return entity_roles(conn, entity_id, limit=MAX_LIMIT, sort="date").items


def entity_roles(
    conn: sqlite3.Connection,
    entity_id: str,
    *,
    limit: int = 50,
    offset: int = 0,
    sort: Sort = "-date",
) -> Page[RoleRow]:
    """Titles the person held by the date each article states them (newest first unless
    ``sort`` is ``date``), then the term's start, article and position."""
    check_page(limit, offset)
    order = direction(sort)
    resolver = SourceResolver(conn)
    rows = conn.execute(
        "SELECT r.*, d.id AS doc_id, d.published FROM roles r JOIN documents d ON d.key = r.doc"
        f" WHERE r.entity_id = ? ORDER BY r.as_of {order}, r.start {order},"
        f" r.doc {order}, r.idx {order} LIMIT ? OFFSET ?",
        (entity_id, limit, offset),
    ).fetchall()
    total = _count(conn, "roles", entity_id)
    items = [
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
    return Page(items, total, limit, offset)


def _count(conn: sqlite3.Connection, table: str, entity_id: str) -> int:
    row = conn.execute(f"SELECT count(*) FROM {table} WHERE entity_id = ?", (entity_id,))
    return int(row.fetchone()[0])


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
        f"SELECT r.*, d.id AS doc_id FROM relations r JOIN documents d ON d.key = r.doc {where}"
        " ORDER BY r.type, r.subject_name, r.object_name, d.published, r.doc, r.idx"
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


#: Articles of an entity its co-mentions are counted over: its latest. Counting over all
#: of them grows with the entity (124 ms for one in 4,000 of 100,000 articles); an entity
#: in fewer articles is counted whole.
CO_MENTION_ARTICLES = 500


def co_mentions(
    conn: sqlite3.Connection, entity_id: str, *, limit: int = 20, offset: int = 0
) -> Page[CoMention]:
    """Entities mentioned in the same articles, most shared articles first (then name, id),
    counted over the entity's latest `CO_MENTION_ARTICLES` articles."""
    check_page(limit, offset)
    # the order's columns selected: so the view's two parts are merged in index order
    latest = (
        "SELECT doc, day FROM entity_docs WHERE entity_id = ? ORDER BY day DESC, doc DESC LIMIT ?"
    )
    shared = (
        f"SELECT b.entity_id, count(*) AS n FROM ({latest}) AS a"
        " JOIN doc_entities b ON b.doc = a.doc AND b.entity_id != ? GROUP BY b.entity_id"
    )
    args = (entity_id, CO_MENTION_ARTICLES, entity_id)
    rows = conn.execute(
        f"SELECT e.id, e.name, e.type, x.n, count(*) OVER () AS total_rows FROM ({shared}) AS x"
        " JOIN entities e ON e.id = x.entity_id ORDER BY x.n DESC, e.name, e.id LIMIT ? OFFSET ?",
        (*args, limit, offset),
    ).fetchall()
    if rows:
        total = int(rows[0]["total_rows"])
    else:  # past the end (or no one): count on its own
        total = int(conn.execute(f"SELECT count(*) FROM ({shared})", args).fetchone()[0])
    items = [CoMention(r["id"], r["name"], r["type"], int(r["n"])) for r in rows]
    return Page(items, total, limit, offset)


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


#: The rows of an entity's articles standing for their stories (two ``?``: the entity id),
#: read from the partial index of each part of ``entity_docs`` (migration 13).
_LEADS = " UNION ALL ".join(
    f"SELECT story, day, doc FROM {part} INDEXED BY {index} WHERE entity_id = ? AND lead"
    for part, index in (
        ("entity_docs_merged", "entity_docs_stories"),
        ("entity_docs_recent", "entity_docs_recent_stories"),
    )
)


def entity_documents(
    conn: sqlite3.Connection,
    entity_id: str,
    *,
    limit: int = 50,
    offset: int = 0,
    sort: Sort = "-date",
) -> Page[DocumentRow]:
    """Stories that mention the entity, newest first unless ``sort`` is ``date``: copies
    of one story (syndicated or near-duplicate, ``duplicate_of``) count once, as the
    earliest copy listing the others, dated by the article that stands for the story (its
    earliest copy, or the first copy naming the entity when that one does not)."""
    check_page(limit, offset)
    keys = _entity_stories(conn, entity_id, offset + limit, direction(sort))[offset:]
    rows = {
        int(r["key"]): r
        for r in conn.execute(
            f"SELECT d.key, {_DOC_COLUMNS} FROM documents d"
            " WHERE d.key IN (SELECT value FROM json_each(?))",
            (json.dumps(keys),),
        )
    }
    total = conn.execute(
        f"SELECT count(DISTINCT story) FROM ({_LEADS})", (entity_id, entity_id)
    ).fetchone()[0]
    return Page([_story_row(conn, rows[k]) for k in keys], int(total), limit, offset)


def _entity_stories(conn: sqlite3.Connection, entity_id: str, wanted: int, order: str) -> list[int]:
    """The keys of the first ``wanted`` stories mentioning the entity, in the order
    (``order``) of the days of the articles standing for them (``entity_docs.lead``, a
    partial index): a page costs its stories, not the copies of each (walking every
    article and grouping by story cost 20-40 ms for a person in 28,000 of 100,000
    articles). A story stands twice only when several copies name the entity and its
    earliest copy does not; it is listed once, where it first stands."""
    found: dict[int, None] = {}
    for story, _, _ in conn.execute(
        f"{_LEADS} ORDER BY day {order}, doc {order}", (entity_id, entity_id)
    ):
        found[story] = None
        if len(found) >= wanted:
            break
    return list(found)


#: Most copies of a story listed with it (the count says how many there are).
STORY_COPIES = 20


def _story_row(conn: sqlite3.Connection, row: sqlite3.Row) -> DocumentRow:
    first = document_row(row)
    copies = tuple(
        CopyRow(r["id"], r["outlet"], r["published"])
        for r in conn.execute(
            "SELECT id, outlet, published FROM documents WHERE duplicate_of = ?"
            " ORDER BY published, id LIMIT ?",
            (first.id, STORY_COPIES),
        )
    )
    count = len(copies)
    if count == STORY_COPIES:
        count = int(
            conn.execute(
                "SELECT count(*) FROM documents WHERE duplicate_of = ?", (first.id,)
            ).fetchone()[0]
        )
    return dataclasses.replace(first, copies=copies, copy_count=count)


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
