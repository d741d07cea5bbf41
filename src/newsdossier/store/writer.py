"""Writing one processed article, every layer of it, inside the caller's transaction."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime

from newsdossier.article import Article


def write_article(conn: sqlite3.Connection, article: Article, pipeline: str) -> None:
    """Insert the article and all its layers (entity ids must already be resolved)."""
    a = article
    conn.execute(
        "INSERT INTO documents (id, source, url, outlet, author, published, published_source,"
        " dateline, dateline_place, language, title, kicker, caption, caption_credit, body,"
        " removed, warnings, duplicate_of, pipeline, ingested_at)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (
            a.id,
            a.source,
            a.url,
            a.outlet,
            a.author,
            a.published,
            a.published_source,
            a.dateline,
            a.dateline_place,
            a.language,
            a.title,
            a.kicker,
            a.caption,
            a.caption_credit,
            a.body,
            json.dumps(list(a.removed), ensure_ascii=False),
            json.dumps(list(a.warnings), ensure_ascii=False),
            a.duplicate_of,
            pipeline,
            datetime.now(UTC).isoformat(timespec="seconds"),
        ),
    )
    conn.executemany(
        "INSERT INTO sentences VALUES (?,?,?,?)",
        [(a.id, i, s.start, s.end) for i, s in enumerate(a.sentences)],
    )
    _write_entities(conn, a)
    _write_timexes(conn, a)
    _write_statements(conn, a)
    _write_roles(conn, a)
    _write_events(conn, a)


def _write_entities(conn: sqlite3.Connection, a: Article) -> None:
    conn.executemany(
        "INSERT INTO doc_entities VALUES (?,?,?,?,?,?)",
        [
            (
                a.id,
                e.id,
                e.name,
                e.type,
                json.dumps(list(e.aliases), ensure_ascii=False),
                json.dumps(list(e.model_types)),
            )
            for e in a.entities
        ],
    )
    grouped = {(m.field, m.start, m.end) for e in a.entities for m in e.mentions}
    rows: list[tuple[str, str | None, str, int, int, str, str]] = [
        (a.id, e.id, m.field, m.start, m.end, m.text, m.label)
        for e in a.entities
        for m in e.mentions
    ]
    rows += [
        (a.id, None, m.field, m.start, m.end, m.text, m.label)
        for m in a.mentions
        if (m.field, m.start, m.end) not in grouped
    ]
    conn.executemany("INSERT INTO mentions VALUES (?,?,?,?,?,?,?)", rows)


def _write_timexes(conn: sqlite3.Connection, a: Article) -> None:
    conn.executemany(
        "INSERT INTO timexes VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (a.id, i, t.field, t.start, t.end, t.text, t.type, t.value, t.mod, t.anchor)
            for i, t in enumerate(a.timexes)
        ],
    )


def _write_statements(conn: sqlite3.Connection, a: Article) -> None:
    rows = []
    for i, s in enumerate(a.statements):
        speaker_id = s.speaker.entity_id if s.speaker else None
        speaker_name = s.speaker.name if s.speaker else None
        rows.append(
            (
                a.id,
                i,
                s.start,
                s.end,
                s.text,
                s.kind,
                speaker_id,
                speaker_name,
                s.source_description,
                s.source_start,
                s.source_end,
                s.cue,
                s.cue_start,
                s.cue_end,
                s.date,
                s.confidence,
                s.reported_by,
            )
        )
    conn.executemany("INSERT INTO statements VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", rows)
    conn.executemany(
        "INSERT INTO statements_fts (text, doc_id, idx) VALUES (?,?,?)",
        [(s.text, a.id, i) for i, s in enumerate(a.statements)],
    )


def _write_roles(conn: sqlite3.Connection, a: Article) -> None:
    conn.executemany(
        "INSERT INTO roles VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                a.id,
                i,
                r.entity_id,
                r.person,
                r.title,
                r.organization,
                r.start,
                r.end,
                int(r.former),
                r.as_of,
                r.start_char,
                r.end_char,
                r.field,
            )
            for i, r in enumerate(a.roles)
        ],
    )


def _write_events(conn: sqlite3.Connection, a: Article) -> None:
    for i, ev in enumerate(a.events):
        parts = [
            {"entity_id": p.entity_id, "name": p.name, "role": p.role} for p in ev.participants
        ]
        conn.execute(
            "INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?)",
            (
                a.id,
                i,
                ev.type,
                ev.trigger,
                ev.date,
                ev.place,
                ev.sentence,
                ev.start,
                ev.end,
                json.dumps(parts, ensure_ascii=False),
            ),
        )
        conn.executemany(
            "INSERT INTO event_participants VALUES (?,?,?,?,?)",
            [(a.id, i, p.entity_id, p.name, p.role) for p in ev.participants],
        )
    conn.executemany(
        "INSERT INTO relations VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        [
            (
                a.id,
                i,
                r.type,
                r.subject.entity_id,
                r.subject.name,
                r.object.entity_id,
                r.object.name,
                r.start,
                r.end,
                r.sentence,
                r.start_char,
                r.end_char,
            )
            for i, r in enumerate(a.relations)
        ],
    )
