"""Statements with filters: who spoke, about whom, when, in which outlet."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from newsdossier.errors import QueryError
from newsdossier.query.entities import find_entity, get_entity
from newsdossier.query.rows import StatementRow
from newsdossier.query.sources import Page, Sort, SourceResolver, check_page, direction

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")

#: Statements (doc_id, idx) whose words mention an entity (one ``?``: the entity id);
#: driven by the entity's mentions, so its cost grows with that entity, not the corpus.
ABOUT = (
    "SELECT s2.doc_id, s2.idx FROM mentions m JOIN statements s2 ON s2.doc_id = m.doc_id"
    ' AND s2.start <= m.start AND s2."end" >= m."end"'
    " WHERE m.entity_id = ? AND m.field = 'body'"
)

#: The date a statement is filed under: its own date, else its article's.
STATEMENT_DATE = "coalesce(s.date, d.published)"


def check_date(value: str | None, name: str) -> str | None:
    """``value`` if it is an ISO date (YYYY, YYYY-MM or YYYY-MM-DD), else a `QueryError`."""
    if value is None or value == "":
        return None
    text = value.strip()
    formats = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
    try:
        if not _DATE.fullmatch(text):
            raise ValueError(text)
        datetime.strptime(text, formats[len(text)])
    except ValueError:
        raise QueryError(
            f"{name} must be a date like 2025-04-28, 2025-04 or 2025, not {value!r}"
        ) from None
    return text


@dataclass(frozen=True, slots=True)
class StatementFilter:
    """Which statements to return; names are matched like `find_entity` does."""

    speaker: str | None = None
    about: str | None = None
    since: str | None = None
    until: str | None = None
    outlet: str | None = None


#: A statement's filing date as ``statement_days`` keys it (undated: the empty string).
FILED = "coalesce(s.date, d.published, '')"


def _dates(column: str, f: StatementFilter) -> tuple[list[str], list[object]]:
    """Range conditions on ``column`` for the filter's dates, usable by an index: ``until``
    is a prefix, so every value starting with it sorts below ``until`` + U+FFFF."""
    since, until = check_date(f.since, "since"), check_date(f.until, "until")
    where: list[str] = []
    args: list[object] = []
    if since:
        where.append(f"{column} >= ?")
        args.append(since)
    if until:
        where.append(f"{column} < ?")
        args.append(until + "\uffff")
    return where, args


def _where(conn: sqlite3.Connection, f: StatementFilter) -> tuple[list[str], list[object]]:
    where: list[str] = []
    args: list[object] = []
    if f.speaker:
        where.append("s.speaker_id = ?")
        args.append(find_entity(conn, f.speaker).id)
    if f.about:
        where.append(f"(s.doc_id, s.idx) IN ({ABOUT})")
        args.append(find_entity(conn, f.about).id)
    if f.outlet:
        where.append("d.outlet = ? COLLATE NOCASE")
        args.append(f.outlet.strip())
    return where, args


def statement_row(resolver: SourceResolver, r: sqlite3.Row) -> StatementRow:
    """A stored statement row with its source sentence."""
    return StatementRow(
        r["doc_id"],
        r["idx"],
        r["text"],
        r["kind"],
        r["speaker_id"],
        r["speaker_name"],
        r["source_description"],
        r["cue"],
        r["date"],
        r["confidence"],
        r["reported_by"],
        resolver.source(r["doc_id"], r["start"], r["end"]),
    )


def _base(conn: sqlite3.Connection, f: StatementFilter) -> tuple[str, str, list[object]]:
    """FROM-and-WHERE of a statements list, the filing-date column to order by, the args.

    A list of one speaker or about one entity starts from that entity's statements (an
    index search); any other starts from ``statement_days``, in filing-date order."""
    where, args = _where(conn, f)
    if f.speaker or f.about:
        day = FILED
        source = "statements s JOIN documents d ON d.id = s.doc_id"
    else:
        day = "k.day"
        source = (
            "statement_days k JOIN statements s ON s.doc_id = k.doc_id AND s.idx = k.idx"
            " JOIN documents d ON d.id = s.doc_id"
        )
    dates, date_args = _dates(day, f)
    where += dates
    clause = f"WHERE {' AND '.join(where)}" if where else ""
    return f"FROM {source} {clause}", day, [*args, *date_args]


def list_statements(
    conn: sqlite3.Connection,
    filters: StatementFilter | None = None,
    *,
    limit: int = 50,
    offset: int = 0,
    sort: Sort = "-date",
) -> Page[StatementRow]:
    """Statements matching ``filters`` by their filing date (their own, else their
    article's), newest first unless ``sort`` is ``date``; then article and position."""
    check_page(limit, offset)
    order = direction(sort)
    base, day, args = _base(conn, filters or StatementFilter())
    rows = conn.execute(
        f"SELECT s.*, count(*) OVER () AS total_rows {base}"
        f" ORDER BY {day} {order}, s.doc_id {order}, s.idx {order} LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    if rows:
        total = int(rows[0]["total_rows"])
    else:  # past the end (or nothing matches): count separately
        total = int(conn.execute(f"SELECT count(*) {base}", args).fetchone()[0])
    resolver = SourceResolver(conn)
    return Page([statement_row(resolver, r) for r in rows], total, limit, offset)


def entity_statements(
    conn: sqlite3.Connection,
    entity_id: str,
    *,
    role: Literal["by", "about"],
    limit: int = 50,
    offset: int = 0,
    sort: Sort = "-date",
) -> Page[StatementRow]:
    """Statements by the entity, or about it (its name inside them, said by someone else),
    newest first unless ``sort`` is ``date``; the total comes from the read model."""
    check_page(limit, offset)
    order = direction(sort)
    entity = get_entity(conn, entity_id)
    if role == "by":
        mine = "SELECT doc_id, idx FROM statements WHERE speaker_id = ?"
        total, args = entity.statements_by, [entity_id]
    else:
        mine = f"SELECT DISTINCT doc_id, idx FROM ({ABOUT} AND s2.speaker_id IS NOT ?)"
        total, args = entity.statements_about, [entity_id, entity_id]
    rows = conn.execute(
        f"SELECT s.* FROM ({mine}) AS mine"
        " JOIN statements s ON s.doc_id = mine.doc_id AND s.idx = mine.idx"
        " JOIN documents d ON d.id = s.doc_id"
        f" ORDER BY {FILED} {order}, s.doc_id {order}, s.idx {order} LIMIT ? OFFSET ?",
        [*args, limit, offset],
    ).fetchall()
    resolver = SourceResolver(conn)
    return Page([statement_row(resolver, r) for r in rows], total, limit, offset)
