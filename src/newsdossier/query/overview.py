"""An entity page's data: the entity, its coverage by month, the first page of each list.

Everything here is bounded by the page size, whatever the size of the corpus or of the
entity: the counts and the months come from the read model (`newsdossier.store.aggregates`),
and each list is one `Page` of an index-driven query.
"""

from __future__ import annotations

import sqlite3

from newsdossier.query.entities import entity_mentions, get_entity
from newsdossier.query.records import co_mentions, entity_documents, entity_roles, list_relations
from newsdossier.query.rows import EntityOverview, MonthRow
from newsdossier.query.sources import Sort
from newsdossier.query.statements import entity_statements
from newsdossier.query.timeline import TimelineFilter, timeline


def entity_months(conn: sqlite3.Connection, entity_id: str) -> list[MonthRow]:
    """Articles mentioning the entity and statements by or about it, per month, oldest
    first (months with neither are left out)."""
    get_entity(conn, entity_id)
    return [
        MonthRow(r["month"], int(r["articles"]), int(r["statements"]))
        for r in conn.execute(
            "SELECT month, sum(articles) AS articles, sum(statements) AS statements"
            " FROM entity_months WHERE entity_id = ? GROUP BY month ORDER BY month",
            (entity_id,),
        )
    ]


def entity_overview(
    conn: sqlite3.Connection, entity_id: str, *, limit: int = 20, sort: Sort = "-date"
) -> EntityOverview:
    """The entity with this id, its months, and the first ``limit`` rows of each list
    (dated lists newest first unless ``sort`` is ``date``), each with its total."""
    entity = get_entity(conn, entity_id)
    return EntityOverview(
        entity=entity,
        months=entity_months(conn, entity_id),
        roles=entity_roles(conn, entity_id, limit=limit, sort=sort),
        statements_by=entity_statements(conn, entity_id, role="by", limit=limit, sort=sort),
        statements_about=entity_statements(conn, entity_id, role="about", limit=limit, sort=sort),
        mentions=entity_mentions(conn, entity_id, limit=limit, sort=sort),
        articles=entity_documents(conn, entity_id, limit=limit, sort=sort),
        co_mentions=co_mentions(conn, entity_id, limit=limit),
        relations=list_relations(conn, entity_id=entity_id, limit=limit),
        timeline=timeline(conn, TimelineFilter(entity=entity_id), limit=limit, sort=sort),
    )
