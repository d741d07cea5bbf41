"""Entities of the corpus: listing with filters, lookup by alias, mentions."""

from __future__ import annotations

import difflib
import json
import sqlite3

from newsdossier.errors import QueryError
from newsdossier.limits import MAX_MIN_DOCS
from newsdossier.query.rows import EntityRow, MentionRow
from newsdossier.query.sources import (
    Page,
    Sort,
    SourceResolver,
    check_page,
    check_text,
    direction,
)


class NotFoundError(QueryError):
    """Nothing in the store answers the lookup; ``suggestions`` lists close matches."""

    code = "NI-E041"


#: An entity with its counts from the read model (`newsdossier.store.aggregates`).
_ENTITY_SELECT = (
    "SELECT e.id, e.name, e.type, e.aliases, coalesce(x.articles, 0) AS articles,"
    " coalesce(x.mentions, 0) AS mentions, coalesce(x.statements_by, 0) AS statements_by,"
    " coalesce(x.statements_about, 0) AS statements_about, x.first_date, x.last_date"
    " FROM entities e LEFT JOIN entity_stats x ON x.entity_id = e.id"
)


def _entity(row: sqlite3.Row) -> EntityRow:
    return EntityRow(
        row["id"],
        row["name"],
        row["type"],
        json.loads(row["aliases"]),
        int(row["articles"]),
        int(row["mentions"]),
        int(row["statements_by"]),
        int(row["statements_about"]),
        row["first_date"],
        row["last_date"],
    )


def list_entities(
    conn: sqlite3.Connection,
    *,
    type: str | None = None,
    min_docs: int = 1,
    q: str | None = None,
    limit: int = 50,
    offset: int = 0,
) -> Page[EntityRow]:
    """Entities, most widely reported first (then by name); ``q`` matches any alias
    (case-insensitive, substring), ``type`` an OntoNotes label, ``min_docs`` the number of
    articles."""
    check_page(limit, offset)
    if not 1 <= min_docs <= MAX_MIN_DOCS:
        raise QueryError(f"min_docs must be between 1 and {MAX_MIN_DOCS}, not {min_docs}")
    where: list[str] = ["articles >= ?"]
    args: list[object] = [min_docs]
    if type:
        where.append("type = ?")
        args.append(type.upper())
    if q and check_text(q, "the name filter").strip():
        where.append(
            "id IN (SELECT entity_id FROM entity_aliases WHERE alias_key LIKE ? ESCAPE '\\')"
        )
        args.append("%" + _like(q.strip().casefold()) + "%")
    sql = f"SELECT * FROM ({_ENTITY_SELECT}) WHERE {' AND '.join(where)}"
    total = conn.execute(f"SELECT count(*) FROM ({sql})", args).fetchone()[0]
    rows = conn.execute(
        f"{sql} ORDER BY articles DESC, name, id LIMIT ? OFFSET ?", [*args, limit, offset]
    ).fetchall()
    return Page([_entity(r) for r in rows], int(total), limit, offset)


def _like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def get_entity(conn: sqlite3.Connection, entity_id: str) -> EntityRow:
    """The entity with this corpus-wide id."""
    row = conn.execute(f"{_ENTITY_SELECT} WHERE e.id = ?", (entity_id,)).fetchone()
    if row is None:
        raise NotFoundError(f"no entity with id {entity_id!r}")
    return _entity(row)


def find_entity(conn: sqlite3.Connection, name: str) -> EntityRow:
    """The one entity called ``name`` (an id, or any alias, case-insensitively).

    Raises `NotFoundError` when nothing matches and `QueryError` when several entities
    share the alias; both carry "did you mean" suggestions."""
    key = check_text(name, "the entity name").strip().casefold()
    if not key:
        raise QueryError("an entity name is needed")
    if conn.execute("SELECT 1 FROM entities WHERE id = ?", (name.strip(),)).fetchone():
        return get_entity(conn, name.strip())
    ids = [
        r[0]
        for r in conn.execute("SELECT entity_id FROM entity_aliases WHERE alias_key = ?", (key,))
    ]
    candidates = [get_entity(conn, i) for i in ids]
    exact = [c for c in candidates if c.name.casefold() == key]
    if len(exact) == 1:
        return exact[0]
    if len(candidates) == 1:
        return candidates[0]
    if candidates:
        candidates.sort(key=lambda c: (-c.articles, c.name, c.id))
        labels = [_label(c, candidates) for c in candidates]
        raise QueryError(
            f"{name!r} names {len(candidates)} entities; did you mean: {', '.join(labels)}?",
            suggestions=labels,
        )
    close = suggest(conn, key)
    hint = f"; did you mean: {', '.join(close)}?" if close else "; see `newsdossier entities`"
    raise NotFoundError(f"no entity called {name!r}{hint}", suggestions=close)


def _label(entity: EntityRow, among: list[EntityRow]) -> str:
    same = sum(1 for c in among if c.name == entity.name)
    return entity.id if same > 1 else entity.name


def suggest(conn: sqlite3.Connection, key: str, *, limit: int = 8) -> list[str]:
    """Canonical names of entities whose aliases resemble ``key`` (close or containing it)."""
    names: dict[str, str] = {}
    for r in conn.execute(
        "SELECT a.alias_key, e.name FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
        " WHERE a.alias_key LIKE ? ESCAPE '\\' ORDER BY length(a.alias_key), e.name LIMIT ?",
        ("%" + _like(key) + "%", limit),
    ):
        names.setdefault(r["alias_key"], r["name"])
    alias_names = {
        r["alias_key"]: r["name"]
        for r in conn.execute(
            "SELECT a.alias_key, e.name FROM entity_aliases a JOIN entities e"
            " ON e.id = a.entity_id WHERE length(a.alias_key) BETWEEN ? AND ?"
            " ORDER BY e.name DESC",
            (len(key) - 3, len(key) + 3),
        )
    }
    for close in difflib.get_close_matches(key, list(alias_names), n=limit, cutoff=0.6):
        names.setdefault(close, alias_names[close])
    return list(dict.fromkeys(names.values()))[:limit]


def entity_mentions(
    conn: sqlite3.Connection,
    entity_id: str,
    *,
    limit: int = 50,
    offset: int = 0,
    sort: Sort = "-date",
) -> Page[MentionRow]:
    """Every mention of the entity by its article's day (newest first unless ``sort`` is
    ``date``), then article and position; the total comes from the read model."""
    check_page(limit, offset)
    order = direction(sort)
    entity = get_entity(conn, entity_id)
    # Each of the entity's articles holds at least one of its mentions, so the page lies
    # in its first offset + limit articles: a range of the read model in page order.
    articles = (
        f"SELECT doc, day FROM entity_docs WHERE entity_id = ? ORDER BY day {order}, doc {order}"
        " LIMIT ?"
    )
    rows = conn.execute(
        f"SELECT m.*, d.id AS doc_id FROM ({articles}) AS x"
        " JOIN mentions m ON m.doc = x.doc AND m.entity_id = ?"
        " JOIN documents d ON d.key = x.doc"
        f" ORDER BY x.day {order}, x.doc {order}, m.field, m.start LIMIT ? OFFSET ?",
        (entity_id, offset + limit, entity_id, limit, offset),
    ).fetchall()
    resolver = SourceResolver(conn)
    items = [
        MentionRow(
            entity_id,
            r["text"],
            r["label"],
            resolver.source(r["doc_id"], r["start"], r["end"], r["field"]),
        )
        for r in rows
    ]
    return Page(items, entity.mentions, limit, offset)
