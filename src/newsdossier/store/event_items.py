"""The timeline's read model: reports of one event across articles, joined as they are stored.

Two reports tell the same event under the rules of `newsdossier.events.merge_events`: the
same type, overlapping date intervals, a shared participant, and a shared actor when both
name who acted; undated reports are never joined. `merge_events` groups a list it holds in
memory; a timeline over a large store cannot hold its entity's thousands of reports, so
each stored article's reports are joined here, in the article's own transaction, to the
events already stored (``event_items``, with their reports in ``event_item_reports`` and
their participants, by date, in ``event_item_entities``). A timeline page is then an
index range of one entity's events (or of all events) in date order.

Joined as they arrive, not all at once, the groups can differ from `merge_events` in one
way: an event takes the most precise date of the reports joined so far, so a vague report
("in April") stored before the precise one joins the event it finds then. Reports whose
date spans more than `MAX_SPAN_DAYS` ("the 1990s") stand alone: finding every event such a
span overlaps would scan the entity's whole decade.

Only events the articles assert happened are here (`HAPPENED`): the rest stay in the
record and the ``events`` table, off the timeline.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import date, timedelta

from newsdossier.lang.intervals import value_to_interval

#: The modality of an event that happened: the only one on the "what happened" timeline.
HAPPENED = "asserted"
#: Widest date interval (in days) a report may have and still be joined: a decade
#: (`value_to_interval` of a three-digit decade value spans 3,652 days).
MAX_SPAN_DAYS = 3_653


def add_event_items(conn: sqlite3.Connection, key: int) -> None:
    """Join the asserted events of the stored article with document key ``key`` to the
    stored events (call once, inside the transaction that wrote its rows)."""
    rows = conn.execute(
        "SELECT idx, type, date, participants FROM events WHERE doc = ? AND modality = ?"
        " ORDER BY idx",
        (key, HAPPENED),
    ).fetchall()
    reports = [(row, _interval(row["date"])) for row in rows]
    reports.sort(key=lambda r: (r[1] is None, _span(r[1]), r[0]["idx"]))  # precise first
    for row, interval in reports:
        _add_report(conn, key, row, interval)


def backfill_event_items(conn: sqlite3.Connection) -> None:
    """Build the read model from the stored events, article by article in storing order
    (for a store written before it existed)."""
    for (key,) in conn.execute("SELECT key FROM documents ORDER BY key").fetchall():
        add_event_items(conn, int(key))


Interval = tuple[date, date]


def _interval(value: str | None) -> Interval | None:
    interval = value_to_interval(value) if value else None
    if interval is None or _span(interval) > MAX_SPAN_DAYS:
        return None
    return interval


def _span(interval: Interval | None) -> int:
    return (interval[1] - interval[0]).days + 1 if interval else 1 << 30


def _add_report(
    conn: sqlite3.Connection, key: int, row: sqlite3.Row, interval: Interval | None
) -> None:
    participants = json.loads(row["participants"])
    keys = sorted({p["entity_id"] for p in participants if p.get("entity_id")})
    actors = sorted({p["entity_id"] for p in participants if p.get("role") == "who"})
    found = None
    if interval is not None and keys:
        found = _matching_item(conn, row["type"], interval, keys, actors)
    if interval is not None and found is not None:
        item = found
        _join(conn, item, keys, actors, (row["date"], interval))
    else:
        item = _new_item(conn, row["type"], row["date"] if interval else None, interval)
        _join(conn, item, keys, actors, None)
    conn.execute("INSERT INTO event_item_reports VALUES (?, ?, ?)", (item, key, row["idx"]))


def _matching_item(
    conn: sqlite3.Connection, kind: str, interval: Interval, keys: list[str], actors: list[str]
) -> int | None:
    """The first stored event (in storing order) this report tells, if any."""
    first, last = interval
    lowest = first - timedelta(days=MAX_SPAN_DAYS)
    marks = ",".join("?" * len(keys))
    rows = conn.execute(
        "SELECT DISTINCT i.item, i.actors FROM event_item_entities e"
        " JOIN event_items i ON i.item = e.item"
        f" WHERE e.entity_id IN ({marks}) AND e.day BETWEEN ? AND ?"
        " AND i.type = ? AND i.last_day >= ? ORDER BY i.item",
        (*keys, lowest.isoformat(), last.isoformat(), kind, first.isoformat()),
    ).fetchall()
    for r in rows:
        theirs = set(json.loads(r["actors"]))
        if actors and theirs and not theirs & set(actors):
            continue
        return int(r["item"])
    return None


def _new_item(
    conn: sqlite3.Connection, kind: str, value: str | None, interval: Interval | None
) -> int:
    first, last = (interval[0].isoformat(), interval[1].isoformat()) if interval else ("", "")
    cursor = conn.execute(
        "INSERT INTO event_items (type, date, first_day, last_day, span, keys, actors)"
        " VALUES (?, ?, ?, ?, ?, '[]', '[]')",
        (kind, value, first, last, _span(interval) if interval else 0),
    )
    return int(cursor.lastrowid or 0)


def _join(
    conn: sqlite3.Connection,
    item: int,
    keys: list[str],
    actors: list[str],
    dated: tuple[str, Interval] | None,
) -> None:
    """Add a report's participants to event ``item``; with ``dated`` (its date and
    interval), the event takes the date when it is more precise than its own."""
    row = conn.execute(
        "SELECT first_day, span, keys, actors FROM event_items WHERE item = ?", (item,)
    ).fetchone()
    day = row["first_day"]
    known = json.loads(row["keys"])
    if dated is not None and _span(dated[1]) < row["span"]:
        value, (first, last) = dated
        day = first.isoformat()
        conn.execute(
            "UPDATE event_items SET date = ?, first_day = ?, last_day = ?, span = ? WHERE item = ?",
            (value, day, last.isoformat(), _span(dated[1]), item),
        )
        conn.executemany(
            "UPDATE event_item_entities SET day = ? WHERE entity_id = ? AND day = ? AND item = ?",
            [(day, k, row["first_day"], item) for k in known],
        )
    new = [k for k in keys if k not in set(known)]
    conn.executemany(
        "INSERT INTO event_item_entities VALUES (?, ?, ?)", [(k, day, item) for k in new]
    )
    conn.execute(
        "UPDATE event_items SET keys = ?, actors = ? WHERE item = ?",
        (
            json.dumps(sorted({*known, *keys})),
            json.dumps(sorted({*json.loads(row["actors"]), *actors})),
            item,
        ),
    )
