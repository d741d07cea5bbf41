"""Merging the same event across articles: pure records and real articles."""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.article import Article, Event, Participant
from newsdossier.events import Report, find_events, merge_events, reports_of
from newsdossier.pipeline import READER_FIELDS, Pipeline

STAGES = ["nlp.spacy.v1", "entities.v1", "timex.v1", "roles.v1", "statements.v1"]


def _event(kind: str, date: str | None, *people: tuple[str, str | None]) -> Event:
    parts = tuple(Participant(f"id:{name}", name, role) for name, role in people)
    return Event(kind, "visit", date, participants=parts, sentence="A sentence.", start=0, end=5)  # type: ignore[arg-type]


XI = ("Xi Jinping", "who")
MOSCOW = ("Moscow", "where")


def test_events_merge_overlapping_dates_and_shared_participants() -> None:
    merged = merge_events(
        [
            ("a", _event("visit", "2023-03-20", XI, MOSCOW)),
            ("b", _event("visit", "2023-03-20/2023-03-22", XI, MOSCOW)),
            ("c", _event("visit", "2023-03", XI)),
        ]
    )
    assert len(merged) == 1
    assert [r.doc_id for r in merged[0].reports] == ["a", "b", "c"]
    assert merged[0].date == "2023-03-20"


def test_events_merge_keeps_different_dates_apart() -> None:
    merged = merge_events(
        [
            ("a", _event("visit", "2023-03-20", XI, MOSCOW)),
            ("b", _event("visit", "2024-05-16", XI, MOSCOW)),
        ]
    )
    assert [m.date for m in merged] == ["2023-03-20", "2024-05-16"]


def test_events_merge_needs_same_type_and_a_shared_actor() -> None:
    merged = merge_events(
        [
            ("a", _event("visit", "2023-03-20", XI, MOSCOW)),
            ("b", _event("meeting", "2023-03-20", XI, MOSCOW)),
            ("c", _event("visit", "2023-03-20", ("Narendra Modi", "who"), MOSCOW)),
            ("d", _event("visit", "2023-03-20", ("Kyiv", "where"))),
        ]
    )
    assert len(merged) == 4


def test_events_merge_never_joins_undated_reports() -> None:
    merged = merge_events([("a", _event("visit", None, XI)), ("b", _event("visit", None, XI))])
    assert len(merged) == 2
    assert all(m.date is None for m in merged)


def test_events_merge_vague_report_joins_one_event_only() -> None:
    merged = merge_events(
        [
            Report("a", _event("visit", "2023-03-02", XI, MOSCOW)),
            Report("b", _event("visit", "2023-03-20", XI, MOSCOW)),
            Report("c", _event("visit", "2023-03", XI, MOSCOW)),
        ]
    )
    assert sorted(len(m.reports) for m in merged) == [1, 2]


def test_events_merge_unions_participants_with_their_roles() -> None:
    merged = merge_events(
        [
            ("a", _event("visit", "2023-03-20", XI)),
            ("b", _event("visit", "2023-03-20", XI, MOSCOW, ("Vladimir Putin", None))),
        ]
    )
    (event,) = merged
    assert {p.name: p.role for p in event.participants} == {
        "Xi Jinping": "who",
        "Moscow": "where",
        "Vladimir Putin": None,
    }
    assert event.place is None or event.place == "Moscow"
    plain = event.to_dict()
    assert [r["doc_id"] for r in plain["reports"]] == ["a", "b"]
    assert plain["reports"][0]["sentence"] == "A sentence."


@pytest.fixture(scope="module")
def articles(nlp: Any) -> list[Article]:
    """Three invented reports: two of the same visit, one of a later visit."""
    texts = [
        (
            "2023-03-21",
            "Chinese President Xi Jinping arrived in Moscow on Monday for a state visit.",
        ),
        ("2023-03-23", "Xi Jinping visited Moscow on March 20, 2023, the Kremlin said."),
        ("2024-05-18", "Xi Jinping visited Moscow on Thursday, his second trip in a year."),
    ]
    pipe = Pipeline(STAGES, nlp=nlp, on_error="raise", provided=READER_FIELDS | {"body"})
    raw = [Article(id=f"doc{n}", source="t", body=b, published=p) for n, (p, b) in enumerate(texts)]
    return [find_events(a) for a in pipe.run(raw)]


def test_events_merge_real_reports_of_the_same_visit(articles: list[Article]) -> None:
    reports = [r for r in reports_of(articles) if r.event.type == "visit"]
    merged = merge_events(reports, key=lambda p: p.name)
    dated = [m for m in merged if m.date]
    assert [(m.date, sorted({r.doc_id for r in m.reports})) for m in dated] == [
        ("2023-03-20", ["doc0", "doc1"]),
        ("2024-05-16", ["doc2"]),
    ]
    first = dated[0]
    for report in first.reports:
        article = next(a for a in articles if a.id == report.doc_id)
        assert article.body[report.event.start : report.event.end] == report.event.trigger
