"""Across articles: reports of the same event joined into one event with every source.

Two reports tell the same event when they have the same type, dates whose intervals
overlap (``2025-04`` overlaps ``2025-04-27``; ``2026-03-31/2026-04-02`` overlaps
``2026-04-01``) and participants in common: at least one shared entity, and when both
name who acted, a shared actor. Undated reports are never merged: nothing says they are
the same occasion. Reports are taken most precise date first, so an event keeps the most
precise date any report gives, and a vague report ("in April") joins at most one event.

Participants are matched by ``entity_id`` (pass corpus-wide resolved ids, as the store
holds them) or by any key function given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from newsdossier.article import Article, Event, EventType, Participant
from newsdossier.lang.intervals import value_to_interval

Interval = tuple[date, date]
KeyFn = Callable[[Participant], str]


@dataclass(frozen=True, slots=True)
class Report:
    """One article's report of an event: the article id and the event as extracted."""

    doc_id: str
    event: Event


@dataclass(frozen=True, slots=True)
class MergedEvent:
    """One event told by one or more reports, with the union of their participants."""

    type: EventType
    date: str | None
    participants: tuple[Participant, ...]
    place: str | None
    reports: tuple[Report, ...]

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form: the event, then every report with its document, sentence, offsets."""
        return {
            "type": self.type,
            "date": self.date,
            "place": self.place,
            "participants": [
                {"entity_id": p.entity_id, "name": p.name, "role": p.role}
                for p in self.participants
            ],
            "reports": [
                {
                    "doc_id": r.doc_id,
                    "trigger": r.event.trigger,
                    "date": r.event.date,
                    "sentence": r.event.sentence,
                    "start": r.event.start,
                    "end": r.event.end,
                }
                for r in self.reports
            ],
        }


def reports_of(articles: Iterable[Article]) -> list[Report]:
    """Every event of the articles as a `Report` (the article id with the event)."""
    return [Report(a.id, e) for a in articles for e in a.events]


@dataclass(slots=True)
class _Cluster:
    type: EventType
    date: str | None
    interval: Interval | None
    reports: list[Report] = field(default_factory=list)
    keys: set[str] = field(default_factory=set)
    actors: set[str] = field(default_factory=set)


def _entity_key(participant: Participant) -> str:
    return participant.entity_id


def merge_events(
    reports: Iterable[Report | tuple[str, Event]], *, key: KeyFn = _entity_key
) -> list[MergedEvent]:
    """Group reports of the same event; each group lists every report (doc, sentence, offsets).

    Args:
        reports: `Report`s or ``(doc_id, event)`` pairs, from any number of articles.
        key: the identity of a participant across articles (default: its ``entity_id``).

    Returns:
        Merged events ordered by date (undated last), each with its reports in input order.
    """
    items = [r if isinstance(r, Report) else Report(*r) for r in reports]
    order = {id(r): n for n, r in enumerate(items)}
    clusters: list[_Cluster] = []
    for report in sorted(items, key=_precision):
        target = _find_cluster(clusters, report, key)
        if target is None:
            interval = _interval(report.event.date)
            target = _Cluster(report.event.type, report.event.date, interval)
            clusters.append(target)
        target.reports.append(report)
        target.keys |= {key(p) for p in report.event.participants}
        target.actors |= _actors(report.event, key)
    merged = [_finish(c, key, order) for c in clusters]
    return sorted(merged, key=lambda m: (m.date is None, _start(m.date), m.reports[0].doc_id))


def _precision(report: Report) -> tuple[int, int]:
    interval = _interval(report.event.date)
    if interval is None:
        return (1, 0)
    return (0, (interval[1] - interval[0]).days)


def _interval(value: str | None) -> Interval | None:
    return value_to_interval(value) if value else None


def _start(value: str | None) -> date:
    interval = _interval(value)
    return interval[0] if interval else date.max


def _actors(event: Event, key: KeyFn) -> set[str]:
    return {key(p) for p in event.participants if p.role == "who"}


def _find_cluster(clusters: Sequence[_Cluster], report: Report, key: KeyFn) -> _Cluster | None:
    event = report.event
    interval = _interval(event.date)
    if interval is None:
        return None
    keys = {key(p) for p in event.participants}
    actors = _actors(event, key)
    for cluster in clusters:
        if cluster.type != event.type or cluster.interval is None:
            continue
        if not _overlap(cluster.interval, interval) or not keys & cluster.keys:
            continue
        if actors and cluster.actors and not actors & cluster.actors:
            continue
        return cluster
    return None


def _overlap(a: Interval, b: Interval) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _finish(cluster: _Cluster, key: KeyFn, order: dict[int, int]) -> MergedEvent:
    reports = sorted(cluster.reports, key=lambda r: order[id(r)])
    seen: dict[str, Participant] = {}
    for report in reports:
        for p in report.event.participants:
            k = key(p)
            if k not in seen or (seen[k].role is None and p.role is not None):
                seen[k] = p
    place = next((r.event.place for r in reports if r.event.place), None)
    return MergedEvent(cluster.type, cluster.date, tuple(seen.values()), place, tuple(reports))
