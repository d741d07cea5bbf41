"""The timeline's read model: reports of one event joined as articles are stored (issue 12).

Articles written for these tests report visits and meetings; the joined events must be
what `newsdossier.events.merge_events` makes of the same reports, paged from the store.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsdossier.article import Article, Entity, Event, Mention, Participant, Sentence
from newsdossier.events import Report, merge_events
from newsdossier.query.timeline import TimelineFilter, timeline
from newsdossier.store import Store
from newsdossier.store.event_items import backfill_event_items

PEOPLE = {"Ana Ruiz": "e0", "Lisbon": "e1", "Tomas Berg": "e2", "Oslo": "e3"}


def _visit(
    doc_id: str,
    body: str,
    date: str | None,
    *,
    who: str = "Ana Ruiz",
    where: str = "Lisbon",
    kind: str = "visit",
    modality: str = "asserted",
) -> Article:
    entities = tuple(
        Entity(eid, name, "PERSON" if name in ("Ana Ruiz", "Tomas Berg") else "GPE", (),
               (Mention(body.index(name), body.index(name) + len(name), name, "PERSON"),))
        for name, eid in PEOPLE.items() if name in body
    )  # fmt: skip
    trigger = body.index(kind[:4])
    event = Event(
        kind,  # type: ignore[arg-type]
        kind,
        date,
        participants=(
            Participant(PEOPLE[who], who, "who"),
            Participant(PEOPLE[where], where, "where"),
        ),
        sentence=body,
        start=trigger,
        end=trigger + 5,
        modality=modality,  # type: ignore[arg-type]
    )
    return Article(
        id=doc_id,
        source=f"{doc_id}.txt",
        body=body,
        published="2026-03-20",
        sentences=(Sentence(0, len(body)),),
        entities=entities,
        events=(event,),
    )


ARTICLES = (
    _visit("vague", "Ana Ruiz made a visit to Lisbon this month.", "2026-03"),
    _visit("precise", "Ana Ruiz began a visit to Lisbon on Monday.", "2026-03-09"),
    _visit("again", "Ana Ruiz will visit Lisbon again in June.", "2026-06"),
    _visit("other", "Tomas Berg paid a visit to Lisbon on Monday.", "2026-03-09", who="Tomas Berg"),
    _visit("undated", "Ana Ruiz once made a visit to Lisbon.", None),
    _visit("maybe", "Ana Ruiz might visit Lisbon on Monday.", "2026-03-09", modality="future"),
    _visit("oslo", "Ana Ruiz went on a visit to Oslo on Tuesday.", "2026-03-10", where="Oslo"),
)


def _groups(conn: sqlite3.Connection) -> list[tuple[str | None, list[str]]]:
    rows = conn.execute(
        "SELECT i.item, i.date, d.id FROM event_items i JOIN event_item_reports r"
        " ON r.item = i.item JOIN documents d ON d.key = r.doc ORDER BY i.item, d.id"
    ).fetchall()
    groups: dict[int, tuple[str | None, list[str]]] = {}
    for item, date, doc_id in rows:
        groups.setdefault(item, (date, []))[1].append(doc_id)
    return sorted(groups.values(), key=lambda g: (g[0] or "", g[1]))


def test_store_event_items_join_reports_as_merge_events_does(tmp_path: Path) -> None:
    """A vague report stored before the precise one still joins it, and the event takes
    the precise date; another actor, another place, no date, or an event that did not
    happen stay apart (the last off the read model)."""
    with Store(tmp_path / "s.db") as store:
        for article in ARTICLES:
            store.add(article, pipeline="[]")
        stored = _groups(store.conn)
    happened = [Report(a.id, a.events[0]) for a in ARTICLES if a.events[0].modality == "asserted"]
    merged = sorted(
        ((m.date, sorted(r.doc_id for r in m.reports)) for m in merge_events(happened)),
        key=lambda g: (g[0] or "", g[1]),
    )
    assert stored == merged
    assert (("2026-03-09", ["precise", "vague"])) in stored
    assert all("maybe" not in docs for _, docs in stored)


def test_store_event_items_page_a_timeline_with_totals(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        for article in ARTICLES:
            store.add(article, pipeline="[]")
        conn = store.conn
        ruiz = TimelineFilter(entity="Ana Ruiz")
        newest = timeline(conn, ruiz, limit=2)
        assert newest.total == 4  # June, Oslo, 9 March (two reports), undated
        assert [(i.kind, i.date) for i in newest.items] == [
            ("event", "2026-06"),
            ("event", "2026-03-10"),
        ]
        second = timeline(conn, ruiz, limit=2, offset=2)
        assert [i.date for i in second.items] == ["2026-03-09", None]  # undated last
        assert {s.doc_id for i in newest.items + second.items for s in i.sources} == {
            "again", "precise", "vague", "oslo", "undated",
        }  # fmt: skip
        march = timeline(conn, TimelineFilter(entity="Lisbon", since="2026-03", until="2026-03"))
        assert march.total == 2  # Ruiz's visit and Berg's; undated and June out of range
        everything = timeline(conn)
        assert everything.total == 5


def test_store_event_items_backfill_equals_the_incremental_model(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        for article in ARTICLES:
            store.add(article, pipeline="[]")
        before = _groups(store.conn)
        with store.transaction() as conn:
            for table in ("event_items", "event_item_reports", "event_item_entities"):
                conn.execute(f"DELETE FROM {table}")
            backfill_event_items(conn)
        assert _groups(store.conn) == before
