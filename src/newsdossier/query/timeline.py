"""Timelines: dated events and statements, merged across articles, ordered by when they happened."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from newsdossier.query.entities import find_entity
from newsdossier.query.rows import ParticipantRow, Source, TimelineItem
from newsdossier.query.sources import Page, SourceResolver, check_page
from newsdossier.query.statements import STATEMENT_DATE, check_date


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """Whose timeline, and between which dates (ISO prefixes, inclusive)."""

    entity: str | None = None
    since: str | None = None
    until: str | None = None


def _date_clause(column: str, since: str | None, until: str | None) -> tuple[str, list[object]]:
    parts: list[str] = []
    args: list[object] = []
    if since:
        parts.append(f"{column} >= ?")
        args.append(since)
    if until:
        parts.append(f"substr({column}, 1, ?) <= ?")
        args += [len(until), until]
    return "".join(f" AND {p}" for p in parts), args


def _events(
    conn: sqlite3.Connection, entity_id: str | None, since: str | None, until: str | None
) -> list[sqlite3.Row]:
    dates, args = _date_clause("ev.date", since, until)
    who = ""
    if entity_id:
        who = (
            " AND EXISTS (SELECT 1 FROM event_participants p WHERE p.doc_id = ev.doc_id"
            " AND p.event_idx = ev.idx AND p.entity_id = ?)"
        )
        args = [entity_id, *args]
    return conn.execute(
        "SELECT ev.*, d.published FROM events ev JOIN documents d ON d.id = ev.doc_id"
        f" WHERE 1 = 1{who}{dates} ORDER BY ev.date, d.published, ev.doc_id, ev.idx",
        args,
    ).fetchall()


def _statements(
    conn: sqlite3.Connection, entity_id: str | None, since: str | None, until: str | None
) -> list[sqlite3.Row]:
    dates, args = _date_clause(STATEMENT_DATE, since, until)
    who = ""
    if entity_id:
        who = (
            " AND (s.speaker_id = ? OR EXISTS (SELECT 1 FROM mentions m WHERE"
            " m.doc_id = s.doc_id AND m.entity_id = ? AND m.field = 'body'"
            ' AND m.start >= s.start AND m."end" <= s."end"))'
        )
        args = [entity_id, entity_id, *args]
    return conn.execute(
        f"SELECT s.*, {STATEMENT_DATE} AS when_said FROM statements s"
        f" JOIN documents d ON d.id = s.doc_id WHERE 1 = 1{who}{dates}"
        " ORDER BY when_said, s.doc_id, s.idx",
        args,
    ).fetchall()


def _merge_events(rows: list[sqlite3.Row], resolver: SourceResolver) -> list[TimelineItem]:
    """Reports of the same event (type, date, participants) become one item with every source."""
    merged: dict[tuple[object, ...], TimelineItem] = {}
    for r in rows:
        parts = [
            ParticipantRow(p["entity_id"], p["name"], p.get("role"))
            for p in json.loads(r["participants"])
        ]
        source = resolver.source(r["doc_id"], r["start"], r["end"])
        ids = tuple(sorted({p.entity_id for p in parts}))
        key = (r["type"], r["date"], ids) if r["date"] else (r["doc_id"], r["idx"])
        item = merged.get(key)
        if item is None:
            label = f"{r['type']}: {r['trigger']}"
            merged[key] = TimelineItem(
                r["type"], r["date"], label, r["sentence"], parts, None, None, [source]
            )
        else:
            item.sources.append(source)
    return list(merged.values())


def _statement_items(rows: list[sqlite3.Row], resolver: SourceResolver) -> list[TimelineItem]:
    items = []
    for r in rows:
        who = r["speaker_name"] or r["source_description"] or "unattributed"
        source: Source = resolver.source(r["doc_id"], r["start"], r["end"])
        items.append(
            TimelineItem(
                "statement",
                r["when_said"],
                f"{who} ({r['cue'] or 'said'})",
                r["text"],
                [],
                r["speaker_id"],
                r["speaker_name"],
                [source],
            )
        )
    return items


def timeline(
    conn: sqlite3.Connection,
    filters: TimelineFilter | None = None,
    *,
    limit: int = 100,
    offset: int = 0,
) -> Page[TimelineItem]:
    """Events and statements ordered by the date they happened; undated events last."""
    check_page(limit, offset)
    f = filters or TimelineFilter()
    entity_id = find_entity(conn, f.entity).id if f.entity else None
    since, until = check_date(f.since, "since"), check_date(f.until, "until")
    resolver = SourceResolver(conn)
    items = _merge_events(_events(conn, entity_id, since, until), resolver)
    items += _statement_items(_statements(conn, entity_id, since, until), resolver)
    items.sort(
        key=lambda i: (
            i.date is None,
            i.date or "",
            i.kind == "statement",
            i.sources[0].published or "",
            i.sources[0].doc_id,
            i.sources[0].start,
        )
    )
    return Page(items[offset : offset + limit], len(items), limit, offset)
