"""Stage 8 in the store: the article's entities joined to the corpus-wide entities."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3

from newsdossier.article import Article, Entity


def resolve_into_store(conn: sqlite3.Connection, article: Article) -> Article:
    """The article with corpus-wide entity ids; new and grown entities written to the store."""
    mapping: dict[str, str] = {}
    for entity in article.entities:
        global_id = _global_id(entity)
        mapping[entity.id] = global_id
        _upsert(conn, global_id, entity)
    return rewrite_ids(article, mapping)


def _global_id(entity: Entity) -> str:
    key = f"{entity.type}|{entity.name.casefold()}"
    return "ent_" + hashlib.sha1(key.encode()).hexdigest()[:12]


def _upsert(conn: sqlite3.Connection, global_id: str, entity: Entity) -> None:
    row = conn.execute("SELECT aliases FROM entities WHERE id=?", (global_id,)).fetchone()
    aliases = set(json.loads(row["aliases"])) if row else set()
    aliases.update(entity.aliases)
    aliases.discard(entity.name)
    if row:
        conn.execute(
            "UPDATE entities SET aliases=? WHERE id=?",
            (json.dumps(sorted(aliases), ensure_ascii=False), global_id),
        )
    else:
        conn.execute(
            "INSERT INTO entities (id, name, type, aliases) VALUES (?,?,?,?)",
            (global_id, entity.name, entity.type, json.dumps(sorted(aliases), ensure_ascii=False)),
        )
    for alias in {entity.name, *entity.aliases}:
        conn.execute(
            "INSERT OR IGNORE INTO entity_aliases VALUES (?,?,?)",
            (alias.casefold(), global_id, alias),
        )


def rewrite_ids(article: Article, mapping: dict[str, str]) -> Article:
    """Replace article-local entity ids everywhere they appear in the record."""

    def new(old: str) -> str:
        return mapping.get(old, old)

    entities = tuple(dataclasses.replace(e, id=new(e.id)) for e in article.entities)
    statements = tuple(
        dataclasses.replace(
            s, speaker=dataclasses.replace(s.speaker, entity_id=new(s.speaker.entity_id))
        )
        if s.speaker
        else s
        for s in article.statements
    )
    roles = tuple(dataclasses.replace(r, entity_id=new(r.entity_id)) for r in article.roles)
    events = tuple(
        dataclasses.replace(
            ev,
            participants=tuple(
                dataclasses.replace(p, entity_id=new(p.entity_id)) for p in ev.participants
            ),
        )
        for ev in article.events
    )
    relations = tuple(
        dataclasses.replace(
            r,
            subject=dataclasses.replace(r.subject, entity_id=new(r.subject.entity_id)),
            object=dataclasses.replace(r.object, entity_id=new(r.object.entity_id)),
        )
        for r in article.relations
    )
    return dataclasses.replace(
        article,
        entities=entities,
        statements=statements,
        roles=roles,
        events=events,
        relations=relations,
    )
