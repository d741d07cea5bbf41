"""The dossier of one entity: everything the corpus says about it, each fact sourced."""

from __future__ import annotations

import sqlite3

from newsdossier.query.entities import find_entity, get_entity
from newsdossier.query.records import co_mentions, entity_documents, entity_roles, list_relations
from newsdossier.query.rows import Dossier
from newsdossier.query.sources import MAX_LIMIT
from newsdossier.query.statements import entity_statements
from newsdossier.query.timeline import TimelineFilter, timeline

#: Rows of each list of a dossier unless asked for more (the rest are counted in
#: ``truncated``): the newest 50 statements by and about the entity, 50 events, ... keep a
#: dossier of anyone under 50 ms and about 100 KB at 100,000 articles.
DOSSIER_ROWS = 50


def dossier(conn: sqlite3.Connection, name: str, *, limit: int = DOSSIER_ROWS) -> Dossier:
    """The dossier of the entity called ``name`` (any alias, or its id).

    Each list holds at most ``limit`` rows; ``truncated`` says how many more there were."""
    entity = find_entity(conn, name)
    return dossier_of(conn, entity.id, limit=limit)


def dossier_of(conn: sqlite3.Connection, entity_id: str, *, limit: int = DOSSIER_ROWS) -> Dossier:
    """The dossier of the entity with this id."""
    limit = min(limit, MAX_LIMIT)
    entity = get_entity(conn, entity_id)
    by = entity_statements(conn, entity.id, role="by", limit=limit, sort="date")
    about_all = entity_statements(conn, entity.id, role="about", limit=limit, sort="date")
    about = [s for s in about_all.items if s.speaker_id != entity.id]
    events = timeline(conn, TimelineFilter(entity=entity.id), limit=limit, sort="date")
    relations = list_relations(conn, entity_id=entity.id, limit=limit)
    sources = entity_documents(conn, entity.id, limit=limit)
    roles = entity_roles(conn, entity.id, limit=limit, sort="date")
    truncated = {
        name: page.total - len(page.items)
        for name, page in (
            ("roles", roles),
            ("statements_by", by),
            ("statements_about", about_all),
            ("timeline", events),
            ("relations", relations),
            ("sources", sources),
        )
        if page.total > len(page.items)
    }
    return Dossier(
        entity=entity,
        roles=roles.items,
        statements_by=by.items,
        statements_about=about,
        timeline=events.items,
        relations=relations.items,
        co_mentions=co_mentions(conn, entity.id).items,
        sources=sources.items,
        truncated=truncated,
    )
