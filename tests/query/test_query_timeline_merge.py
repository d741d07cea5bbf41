"""The timeline joins reports of one event from several articles, and keeps others apart."""

from __future__ import annotations

from pathlib import Path

from newsdossier.article import Article, Entity, Event, Mention, Participant, Sentence
from newsdossier.query.timeline import TimelineFilter, timeline
from newsdossier.store import Store


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
