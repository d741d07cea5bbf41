"""Reading a stored article back into an `Article`, with the store's resolved entities."""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import Any

from newsdossier.article import (
    Article,
    Entity,
    Event,
    Mention,
    Participant,
    Relation,
    Role,
    Sentence,
    Speaker,
    Statement,
    Timex,
)
from newsdossier.errors import QueryError


def load_article(conn: sqlite3.Connection, doc_id: str) -> Article:
    """The stored article ``doc_id`` with every layer; entities carry their corpus-wide
    id, canonical name, type and all aliases."""
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise QueryError(f"no document with id {doc_id!r}")
    q = conn.execute
    return Article(
        id=row["id"],
        source=row["source"],
        url=row["url"],
        outlet=row["outlet"],
        author=row["author"],
        published=row["published"],
        published_source=row["published_source"],
        dateline=row["dateline"],
        dateline_place=row["dateline_place"],
        language=row["language"],
        title=row["title"],
        kicker=row["kicker"],
        caption=row["caption"],
        caption_credit=row["caption_credit"],
        body=row["body"],
        removed=tuple(json.loads(row["removed"])),
        warnings=tuple(json.loads(row["warnings"])),
        duplicate_of=row["duplicate_of"],
        sentences=tuple(
            Sentence(r["start"], r["end"])
            for r in q('SELECT start, "end" FROM sentences WHERE doc_id=? ORDER BY idx', (doc_id,))
        ),
        entities=_entities(conn, doc_id),
        timexes=tuple(
            Timex(
                r["text"],
                r["start"],
                r["end"],
                r["type"],
                r["value"],
                r["mod"],
                r["anchor"],
                r["field"],
            )
            for r in q("SELECT * FROM timexes WHERE doc_id=? ORDER BY idx", (doc_id,))
        ),
        statements=tuple(
            _statement(r)
            for r in q("SELECT * FROM statements WHERE doc_id=? ORDER BY idx", (doc_id,))
        ),
        roles=tuple(
            Role(
                r["entity_id"],
                r["person"],
                r["title"],
                r["start_char"],
                r["end_char"],
                r["organization"],
                r["start"],
                r["end"],
                bool(r["former"]),
                r["as_of"],
                r["field"],
            )
            for r in q("SELECT * FROM roles WHERE doc_id=? ORDER BY idx", (doc_id,))
        ),
        events=tuple(
            _event(r) for r in q("SELECT * FROM events WHERE doc_id=? ORDER BY idx", (doc_id,))
        ),
        relations=tuple(
            _relation(r)
            for r in q("SELECT * FROM relations WHERE doc_id=? ORDER BY idx", (doc_id,))
        ),
    )


def _entities(conn: sqlite3.Connection, doc_id: str) -> tuple[Entity, ...]:
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for r in conn.execute(
        "SELECT * FROM mentions WHERE doc_id=? AND entity_id IS NOT NULL ORDER BY field, start",
        (doc_id,),
    ):
        mentions[r["entity_id"]].append(
            Mention(r["start"], r["end"], r["text"], r["label"], r["field"])
        )
    rows = conn.execute(
        "SELECT d.entity_id, d.model_types, e.name, e.type, e.aliases FROM doc_entities d"
        " JOIN entities e ON e.id = d.entity_id WHERE d.doc_id=? ORDER BY e.name",
        (doc_id,),
    ).fetchall()
    return tuple(
        Entity(
            r["entity_id"],
            r["name"],
            r["type"],
            tuple(json.loads(r["aliases"])),
            tuple(mentions[r["entity_id"]]),
            tuple(json.loads(r["model_types"])),
        )
        for r in rows
    )


def _statement(r: Any) -> Statement:
    speaker = Speaker(r["speaker_id"], r["speaker_name"]) if r["speaker_id"] else None
    return Statement(
        r["text"],
        r["start"],
        r["end"],
        r["kind"],
        speaker,
        r["source_description"],
        r["source_start"],
        r["source_end"],
        r["cue"],
        r["cue_start"],
        r["cue_end"],
        r["date"],
        r["confidence"],
        r["reported_by"],
    )


def _event(r: Any) -> Event:
    parts = tuple(
        Participant(p["entity_id"], p["name"], p.get("role")) for p in json.loads(r["participants"])
    )
    return Event(
        r["type"], r["trigger"], r["start"], r["end"], r["sentence"], r["date"], parts, r["place"]
    )


def _relation(r: Any) -> Relation:
    return Relation(
        r["type"],
        Participant(r["subject_id"], r["subject_name"]),
        Participant(r["object_id"], r["object_name"]),
        r["start_char"],
        r["end_char"],
        r["sentence"],
        r["start"],
        r["end"],
    )
