"""Timelines: dated events and statements, merged across articles, ordered by when they happened."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Literal

from newsdossier.query.entities import find_entity, get_entity
from newsdossier.query.rows import ParticipantRow, Source, TimelineItem
from newsdossier.query.sources import Page, Sort, SourceResolver, check_page, direction
from newsdossier.query.statements import check_date, date_range


@dataclass(frozen=True, slots=True)
class TimelineFilter:
    """Whose timeline, and between which dates (ISO prefixes, inclusive)."""

    entity: str | None = None
    since: str | None = None
    until: str | None = None


#: Most reports of one event read for its sources: the first stored, shown by date, one
#: per story (an event syndicated a thousand times would otherwise sort its thousand
#: reports, and list the same sentence from each copy).
ITEM_SOURCES = 50


def _event_items(
    conn: sqlite3.Connection,
    entity_id: str | None,
    since: str | None,
    until: str | None,
    cap: int,
    order: str = "ASC",
) -> tuple[list[tuple[int, str | None]], int]:
    """The first ``cap`` events in timeline order (``order`` of dates, undated ones last)
    as (item, date), and how many events there are in all: index ranges of the read model
    (`newsdossier.store.event_items`), one entity's or the whole store's."""
    table, day = "event_items k", "k.first_day"
    if entity_id:
        table, day = "event_item_entities k", "k.day"
    where, args = date_range(day, since, until)
    if entity_id:
        where.insert(0, "k.entity_id = ?")
        args.insert(0, entity_id)
    items: list[tuple[int, str | None]] = []
    total = 0
    for dated in (True, False):
        if not dated and (since or until):
            break  # an undated event is in no date range
        clause = " AND ".join([*where, f"{day} != ''" if dated else f"{day} = ''"])
        total += int(
            conn.execute(f"SELECT count(*) FROM {table} WHERE {clause}", args).fetchone()[0]
        )
        if len(items) >= cap:
            continue
        items += conn.execute(
            f"SELECT k.item, i.date FROM {table} JOIN event_items i ON i.item = k.item"
            f" WHERE {clause} ORDER BY {day} {order}, k.item {order} LIMIT ?",
            [*args, cap - len(items)],
        ).fetchall()
    return items, total


def _event_reports(conn: sqlite3.Connection, item: int) -> list[sqlite3.Row]:
    """The reports of event ``item`` read for its sources: the first `ITEM_SOURCES` stored,
    by date, one per story."""
    rows = conn.execute(
        "SELECT ev.*, d.id AS doc_id, d.published,"
        " coalesce(d.duplicate_of, d.id) AS story FROM event_item_reports r"
        " JOIN events ev ON ev.doc = r.doc AND ev.idx = r.idx"
        " JOIN documents d ON d.key = r.doc WHERE r.item = ?"
        " ORDER BY r.doc, r.idx LIMIT ?",
        (item, ITEM_SOURCES),
    ).fetchall()
    rows.sort(key=lambda r: (r["published"] or "", r["doc"], r["idx"]))
    return _one_per_story(rows)


def _one_per_story(rows: list[sqlite3.Row]) -> list[sqlite3.Row]:
    """The first report of each story among ``rows``: the copies of a syndicated story
    (``duplicate_of``) report an event in the same sentence, so they are one source."""
    seen: set[str] = set()
    kept = []
    for r in rows:
        if r["story"] not in seen:
            seen.add(r["story"])
            kept.append(r)
    return kept


def _said_total(conn: sqlite3.Connection, entity_id: str) -> int:
    """Statements by the entity and about it, from the read model's counts."""
    entity = get_entity(conn, entity_id)
    return entity.statements_by + entity.statements_about


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
    bounds, bound_args = date_range("k.day", since, until)
    rows: list[sqlite3.Row] = []
    # one entity's statements, undated ones and all: the read model has counted them
    known = _said_total(conn, entity_id) if entity_id and not (since or until) else None
    total = known if known is not None else 0
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
            if known is None:
                count = f"SELECT count(*) FROM {table} WHERE {clause}"
                total += int(conn.execute(count, [*where_args, *bound_args]).fetchone()[0])
        if len(rows) < cap:
            rows += conn.execute(
                "SELECT s.*, d.id AS doc_id, d.published, nullif(page.day, '') AS when_said FROM"
                f" ({' UNION ALL '.join(parts)}"
                f" ORDER BY day {order}, doc {order}, idx {order} LIMIT ?) AS page"
                " JOIN statements s ON s.doc = page.doc AND s.idx = page.idx"
                " JOIN documents d ON d.key = page.doc"
                f" ORDER BY page.day {order}, page.doc {order}, page.idx {order}",
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
            *_when(self.date, newest_first),
            self.kind == "statement",
            first["published"] or "",
            first["doc_id"],
            first["start"],
        )


def _when(date: str | None, newest_first: bool) -> tuple[bool, str]:
    """The date part of `_Pending.sort_key`."""
    return ((date is None) != newest_first, date or "")


def _page_end(dates: list[str | None], wanted: int, newest_first: bool) -> tuple[bool, str] | None:
    """The date of the ``wanted``-th item in timeline order (None when there are fewer):
    an item dated after it cannot be on the page, so its sources need not be read."""
    if len(dates) <= wanted:
        return None
    return sorted((_when(d, newest_first) for d in dates), reverse=newest_first)[wanted - 1]


def _after(date: str | None, cut: tuple[bool, str] | None, newest_first: bool) -> bool:
    """Whether an item dated ``date`` comes after the page's last date ``cut``."""
    if cut is None:
        return False
    when = _when(date, newest_first)
    return when < cut if newest_first else when > cut


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
    # both lists are in timeline order, so the first offset+limit of each are all the page
    # can use
    order = direction(sort)
    wanted = offset + limit
    newest_first = order == "DESC"
    picked, events = _event_items(conn, entity_id, since, until, wanted, order)
    said, said_total = _statements(conn, entity_id, since, until, wanted, order)
    cut = _page_end([d for _, d in picked] + [r["when_said"] for r in said], wanted, newest_first)
    pending = [
        _Pending("event", when, _event_reports(conn, item))
        for item, when in picked
        if not _after(when, cut, newest_first)
    ]
    pending += [_Pending("statement", r["when_said"], [r]) for r in said]
    pending.sort(key=lambda p: p.sort_key(newest_first), reverse=newest_first)
    resolver = SourceResolver(conn)
    items = [_item(p, resolver) for p in pending[offset : offset + limit]]
    return Page(items, events + said_total, limit, offset)
