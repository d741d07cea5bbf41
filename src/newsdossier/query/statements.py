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

#: Statements (doc, idx) about an entity: its name inside them, said by someone else (one
#: ``?``: the entity id); an index range of the read model's ``statement_entities``.
ABOUT = "SELECT doc, idx FROM statement_entities WHERE entity_id = ? AND said = 0"

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


def _dates(column: str, f: StatementFilter) -> tuple[list[str], list[object]]:
    """Range conditions on ``column`` for the filter's dates (checked)."""
    return date_range(column, check_date(f.since, "since"), check_date(f.until, "until"))


def date_range(column: str, since: str | None, until: str | None) -> tuple[list[str], list[object]]:
    """Conditions (with their args) keeping ``column`` between the ISO date prefixes
    ``since`` and ``until`` inclusive, usable by an index: ``until`` is a prefix, so every
    value starting with it sorts below ``until`` + U+FFFF."""
    where: list[str] = []
    args: list[object] = []
    if since:
        where.append(f"{column} >= ?")
        args.append(since)
    if until:
        where.append(f"{column} < ?")
        args.append(until + "\uffff")
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


def _base(conn: sqlite3.Connection, f: StatementFilter) -> tuple[str, list[object]]:
    """FROM-and-WHERE of the read-model rows (``k``, in filing-date order) a statements
    list pages and counts, joined to the articles (``d``) only when a filter needs them,
    and its args.

    A list of one speaker or about one entity reads that entity's range of
    ``statement_entities``; one of an outlet alone, the outlet's range of
    ``statement_days``; any other, ``statement_days`` whole. Each is an index range in
    filing-date order, so a page costs its rows, not the corpus."""
    where: list[str] = []
    args: list[object] = []
    joins = []
    if f.speaker or f.about:
        table = "statement_entities"
        entity = find_entity(conn, f.speaker or f.about or "").id
        where += ["k.entity_id = ?", "k.said = ?"]
        args += [entity, 1 if f.speaker else 0]
        if f.speaker and f.about:
            where.append(f"(k.doc, k.idx) IN ({ABOUT})")
            args.append(find_entity(conn, f.about).id)
        if f.outlet:
            joins.append("documents d ON d.key = k.doc")
            where.append("d.outlet = ? COLLATE NOCASE")
            args.append(f.outlet.strip())
    else:
        table = "statement_days"
        if f.outlet:
            where.append("k.outlet = ? COLLATE NOCASE")
            args.append(f.outlet.strip())
    dates, date_args = _dates("k.day", f)
    where += dates
    clause = f" WHERE {' AND '.join(where)}" if where else ""
    counted = " ".join([f"FROM {table} k", *(f"JOIN {j}" for j in joins)]) + clause
    return counted, [*args, *date_args]


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
    counted, args = _base(conn, filters or StatementFilter())
    rows = conn.execute(
        f"SELECT s.*, d.id AS doc_id FROM (SELECT k.doc, k.idx, k.day {counted}"
        f" ORDER BY k.day {order}, k.doc {order}, k.idx {order} LIMIT ? OFFSET ?) AS page"
        " JOIN statements s ON s.doc = page.doc AND s.idx = page.idx"
        " JOIN documents d ON d.key = page.doc"
        f" ORDER BY page.day {order}, page.doc {order}, page.idx {order}",
        [*args, limit, offset],
    ).fetchall()
    total = int(conn.execute(f"SELECT count(*) {counted}", args).fetchone()[0])
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
    total = entity.statements_by if role == "by" else entity.statements_about
    rows = conn.execute(
        "SELECT s.*, d.id AS doc_id FROM (SELECT doc, idx, day FROM statement_entities"
        " WHERE entity_id = ? AND said = ?"
        f" ORDER BY day {order}, doc {order}, idx {order} LIMIT ? OFFSET ?) AS page"
        " JOIN statements s ON s.doc = page.doc AND s.idx = page.idx"
        " JOIN documents d ON d.key = page.doc"
        f" ORDER BY page.day {order}, page.doc {order}, page.idx {order}",
        [entity_id, 1 if role == "by" else 0, limit, offset],
    ).fetchall()
    resolver = SourceResolver(conn)
    return Page([statement_row(resolver, r) for r in rows], total, limit, offset)
