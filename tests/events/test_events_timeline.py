"""Events that did not happen (supposed, denied, still to come) stay in the store but are
left off the "what happened" timeline."""

from __future__ import annotations

from pathlib import Path

from newsdossier.article import Article, Entity, Event, Mention, Modality, Participant, Sentence
from newsdossier.query.timeline import TimelineFilter, timeline
from newsdossier.store import Store, load_article


def _visit(doc_id: str, body: str, date: str, modality: Modality) -> Article:
    who = body.index("Lena Moss")
    trigger = body.index("visit")
    return Article(
        id=doc_id,
        source=f"{doc_id}.txt",
        body=body,
        published="2026-02-01",
        sentences=(Sentence(0, len(body)),),
        entities=(
            Entity(
                "e0", "Lena Moss", "PERSON", (), (Mention(who, who + 9, "Lena Moss", "PERSON"),)
            ),
        ),
        events=(
            Event(
                "visit",
                "visit",
                date,
                participants=(Participant("e0", "Lena Moss", "who"),),
                modality=modality,
                sentence=body,
                start=trigger,
                end=trigger + 5,
            ),
        ),
    )


def test_events_timeline_shows_only_what_happened(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add(_visit("a", "Lena Moss paid a visit to Quito in January.", "2026-01", "asserted"),
                  pipeline="[]")  # fmt: skip
        store.add(_visit("b", "Lena Moss will visit Lima in March.", "2026-03", "future"),
                  pipeline="[]")  # fmt: skip
        store.add(_visit("c", "Lena Moss did not visit Cusco in May.", "2026-05", "negated"),
                  pipeline="[]")  # fmt: skip
        page = timeline(store.conn, TimelineFilter(entity="Lena Moss"))
        kept = load_article(store.conn, "c").events
    events = [item for item in page.items if item.kind == "event"]
    assert [e.date for e in events] == ["2026-01"]
    assert [e.modality for e in kept] == ["negated"]
