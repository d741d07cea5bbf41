"""The timeline joins reports of one event from several articles, and keeps others apart."""

from __future__ import annotations

from pathlib import Path

from newsdossier.article import Article, Entity, Event, Mention, Participant, Sentence
from newsdossier.query.timeline import TimelineFilter, timeline
from newsdossier.store import Store
from tests.helpers.prolific import article as prolific_article


def _report(doc_id: str, body: str, date: str | None, published: str) -> Article:
    start = body.index("Ana Ruiz")
    place = body.index("Lisbon")
    trigger = body.index("visit")
    return Article(
        id=doc_id,
        source=f"{doc_id}.txt",
        body=body,
        published=published,
        sentences=(Sentence(0, len(body)),),
        entities=(
            Entity(
                "e0", "Ana Ruiz", "PERSON", (), (Mention(start, start + 8, "Ana Ruiz", "PERSON"),)
            ),
            Entity("e1", "Lisbon", "GPE", (), (Mention(place, place + 6, "Lisbon", "GPE"),)),
        ),
        events=(
            Event(
                "visit",
                "visit",
                date,
                participants=(
                    Participant("e0", "Ana Ruiz", "who"),
                    Participant("e1", "Lisbon", "where"),
                ),
                sentence=body,
                start=trigger,
                end=trigger + 5,
            ),
        ),
    )


def test_query_timeline_merges_reports_of_one_event(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add(
            _report("a", "Ana Ruiz began a visit to Lisbon on Monday.", "2026-03-09", "2026-03-09"),
            pipeline="[]",
        )
        store.add(
            _report(
                "b", "Earlier this month Ana Ruiz made a visit to Lisbon.", "2026-03", "2026-03-20"
            ),
            pipeline="[]",
        )
        store.add(
            _report("c", "Ana Ruiz will visit Lisbon again in June.", "2026-06", "2026-03-21"),
            pipeline="[]",
        )
        page = timeline(store.conn, TimelineFilter(entity="Ana Ruiz"), sort="date")
    events = [item for item in page.items if item.kind == "event"]
    assert [e.date for e in events] == ["2026-03-09", "2026-06"]
    assert sorted(s.doc_id for s in events[0].sources) == ["a", "b"]
    assert [s.doc_id for s in events[1].sources] == ["c"]


def test_query_timeline_lists_a_syndicated_report_once(tmp_path: Path) -> None:
    """An event in a wire story and in a paper's reprint of it has one source, the wire's:
    the reprint reports it in the same sentence."""
    wire = (
        "Ana Ruiz began a visit to Lisbon on Monday. The port authority's chief negotiator "
        "met dock workers, shipping companies and city officials during the trip, and "
        "promised that talks over shift lengths would resume after a two-week pause. The "
        "union has asked for a written guarantee that no shift will run longer than ten "
        "hours, and for a review of overtime rules before any vote on the new contract."
    )
    with Store(tmp_path / "s.db") as store:
        store.add(_report("wire", wire, "2026-03-09", "2026-03-09"), pipeline="[]")
        store.add(_report("paper", wire + " More soon.", "2026-03-09", "2026-03-10"), pipeline="[]")
        (event,) = [
            i
            for i in timeline(store.conn, TimelineFilter(entity="Ana Ruiz")).items
            if i.kind == "event"
        ]
        (copy,) = store.conn.execute("SELECT duplicate_of FROM documents WHERE id = 'paper'")
    assert copy[0] == "wire"
    assert [s.doc_id for s in event.sources] == ["wire"]


def test_query_timeline_reads_reports_of_the_events_on_its_page_only(tmp_path: Path) -> None:
    """Four visits in 2026 and nine statements from 2019 on one timeline: a page of three,
    oldest first, holds statements and reads no event's reports; newest first it holds
    three visits and reads theirs only. Either page is the start of the whole timeline."""
    days = ["2026-03-02", "2026-03-09", "2026-03-16", "2026-03-23"]
    with Store(tmp_path / "s.db") as store:
        for n, day in enumerate(days):
            body = f"Ana Ruiz began visit number {n} to Lisbon on that day."
            store.add(_report(f"v{n}", body, day, day), pipeline="[]")
        for k in range(3):
            store.add(prolific_article(30 + k), pipeline="[]")  # 2019
        for sort, reports in (("date", 0), ("-date", 3)):
            whole = timeline(store.conn, TimelineFilter(), sort=sort).items
            sent: list[str] = []
            store.conn.set_trace_callback(sent.append)
            try:
                page = timeline(store.conn, TimelineFilter(), limit=3, sort=sort)
            finally:
                store.conn.set_trace_callback(None)
            assert page.items == whole[:3]
            assert len([sql for sql in sent if "FROM event_item_reports" in sql]) == reports
