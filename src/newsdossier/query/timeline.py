"""Timelines: dated events and statements, merged across articles, ordered by when they happened."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Literal

from newsdossier.article import Event, Participant
from newsdossier.events import Report, merge_events
from newsdossier.query.entities import find_entity
from newsdossier.query.rows import ParticipantRow, Source, TimelineItem
from newsdossier.query.sources import Page, Sort, SourceResolver, check_page, direction
from newsdossier.query.statements import check_date

#: The modality of an event that happened: the only one on the "what happened" timeline.
HAPPENED = "asserted"


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
            " AND (ev.doc, ev.idx) IN"
            " (SELECT doc, event_idx FROM event_participants WHERE entity_id = ?)"
        )
        args = [entity_id, *args]
    args = [HAPPENED, *args]
    return conn.execute(
        "SELECT ev.*, d.id AS doc_id, d.published FROM events ev JOIN documents d ON d.key = ev.doc"
        f" WHERE ev.modality = ?{who}{dates} ORDER BY ev.date, d.published, ev.doc, ev.idx",
        args,
    ).fetchall()


def _statements(
    conn: sqlite3.Connection,
    entity_id: str | None,
    since: str | None,
    until: str | None,
    cap: int,
    order: str = "ASC",
) -> tuple[list[sqlite3.Row], int]:
    """The first ``cap`` statements in timeline order (``order`` of dates, undated ones
    last), and how many there are in all: index ranges of ``statement_days``, or of the
    entity's statements by it and about it in ``statement_entities``, merged."""
    ranges: list[tuple[str, list[str], list[object]]] = [("statement_days k", [], [])]
    if entity_id:
        ranges = [
            ("statement_entities k", ["k.entity_id = ?", f"k.said = {said}"], [entity_id])
            for said in (1, 0)
        ]
    bounds: list[str] = []
    bound_args: list[object] = []
    if since:
        bounds.append("k.day >= ?")
        bound_args.append(since)
    if until:
        bounds.append("k.day < ?")
        bound_args.append(until + "\uffff")
    rows: list[sqlite3.Row] = []
    total = 0
    for dated in (True, False):
        if not dated and (since or until):
            break  # an undated statement is in no date range
        day = "k.day != ''" if dated else "k.day = ''"
        parts: list[str] = []
        args: list[object] = []
        for table, where, where_args in ranges:
            clause = " AND ".join([*where, *bounds, day])
            parts.append(f"SELECT k.doc, k.idx, k.day FROM {table} WHERE {clause}")
            args += [*where_args, *bound_args]
            count = f"SELECT count(*) FROM {table} WHERE {clause}"
            total += int(conn.execute(count, [*where_args, *bound_args]).fetchone()[0])
        if len(rows) < cap:
            rows += conn.execute(
                "SELECT s.*, d.id AS doc_id, d.published, nullif(k.day, '') AS when_said FROM"
                f" ({' UNION ALL '.join(parts)}"
                f" ORDER BY day {order}, doc {order}, idx {order} LIMIT ?) AS k"
                " JOIN statements s ON s.doc = k.doc AND s.idx = k.idx"
                " JOIN documents d ON d.key = k.doc"
                f" ORDER BY k.day {order}, k.doc {order}, k.idx {order}",
                [*args, cap - len(rows)],
            ).fetchall()
    return rows, total


@dataclass(slots=True)
class _Pending:
    """An item before its sources are looked up: only the page shown pays for sentences."""

    kind: Literal["event", "statement"]
    date: str | None
    rows: list[sqlite3.Row]

    def sort_key(self, newest_first: bool = False) -> tuple[object, ...]:
        """Timeline order (reversed for ``newest_first``; undated items last either way)."""
        first = self.rows[0]
        return (
            (self.date is None) != newest_first,
            self.date or "",
            self.kind == "statement",
            first["published"] or "",
            first["doc_id"],
            first["start"],
        )


def _merge_events(rows: list[sqlite3.Row]) -> list[_Pending]:
    """Reports of the same event become one item (`newsdossier.events.merge_events`: same
    type, overlapping dates, shared participants); undated reports stay apart."""
    by_report: dict[tuple[str, int, int], sqlite3.Row] = {}
    reports: list[Report] = []
    for r in rows:
        by_report[(r["doc_id"], r["start"], r["end"])] = r
        reports.append(Report(r["doc_id"], _event(r)))
    items: list[_Pending] = []
    for merged in merge_events(reports):
        members = [by_report[(x.doc_id, x.event.start, x.event.end)] for x in merged.reports]
        items.append(_Pending("event", merged.date, members))
    return items


def _event(r: sqlite3.Row) -> Event:
    participants = tuple(
        Participant(x["entity_id"], x["name"], x.get("role")) for x in json.loads(r["participants"])
    )
    return Event(
        type=r["type"],
        trigger=r["trigger"],
        date=r["date"],
        place=r["place"],
        participants=participants,
        sentence=r["sentence"],
        start=r["start"],
        end=r["end"],
    )


def _item(p: _Pending, resolver: SourceResolver) -> TimelineItem:
    r = p.rows[0]
    sources: list[Source] = [resolver.source(x["doc_id"], x["start"], x["end"]) for x in p.rows]
    if p.kind == "statement":
        who = r["speaker_name"] or r["source_description"] or "unattributed"
        label = f"{who} ({r['cue'] or 'said'})"
        return TimelineItem(
            "statement", p.date, label, r["text"], [], r["speaker_id"], r["speaker_name"], sources
        )
    parts = [
        ParticipantRow(x["entity_id"], x["name"], x.get("role"))
        for x in json.loads(r["participants"])
    ]
    label = f"{r['type']}: {r['trigger']}"
    return TimelineItem(
        "event", p.date, label, r["sentence"], parts, None, None, sources, event_type=r["type"]
    )


def timeline(
    conn: sqlite3.Connection,
    filters: TimelineFilter | None = None,
    *,
    limit: int = 100,
    offset: int = 0,
    sort: Sort = "-date",
) -> Page[TimelineItem]:
    """Events and statements ordered by the date they happened, newest first unless
    ``sort`` is ``date``; undated items last.

    Only events the articles assert happened are on it: supposed, denied, future events
    and questions (their ``modality``) stay in the record and the store, not here."""
    check_page(limit, offset)
    f = filters or TimelineFilter()
    entity_id = find_entity(conn, f.entity).id if f.entity else None
    since, until = check_date(f.since, "since"), check_date(f.until, "until")
    pending = _merge_events(_events(conn, entity_id, since, until))
    events = len(pending)
    # statements never merge, so the first offset+limit of them are all the page can use
    order = direction(sort)
    said, said_total = _statements(conn, entity_id, since, until, offset + limit, order)
    pending += [_Pending("statement", r["when_said"], [r]) for r in said]
    newest_first = order == "DESC"
    pending.sort(key=lambda p: p.sort_key(newest_first), reverse=newest_first)
    resolver = SourceResolver(conn)
    items = [_item(p, resolver) for p in pending[offset : offset + limit]]
    return Page(items, events + said_total, limit, offset)
