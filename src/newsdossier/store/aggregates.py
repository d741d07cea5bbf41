"""The read model: aggregates kept exact in each article's own transaction (issue 12).

``entity_stats`` (per entity: articles, mentions, statements by and about it, first and last
date), ``entity_months`` (per entity and month: articles, statements by or about it),
``outlet_days`` (articles per outlet and day) and ``statement_days`` (each statement under
the date it is filed by, its own date else its article's: the ordered key of every
statements list) are created and backfilled by migration 6 of `newsdossier.store.schema`;
``statement_entities`` (each statement under its speaker and under every other entity
mentioned in it, by filing date) and ``entity_docs`` (each entity's articles by day) by
migration 7; which of an entity's articles stands for each of its stories (``lead``) by
migration 9; ``layer_counts`` (rows of each layer written with articles) and
``outlet_counts`` (articles per outlet) by migration 11. Migration 13 splits the three
per-entity tables in two (``*_merged`` and ``*_recent``, the old names being views over
both): an article's rows go to the small recent part and are folded into the merged part
in batches (`fold_recent`), so loading an article does not write one page per entity into
tables that grow with the store.

`add_document` adds one stored article's share, read back from its own layer rows, so the
aggregates equal what the layer tables say. The share of an article depends on its rows
alone (a statement is *about* an entity when one of the entity's body mentions in the same
article lies inside it), and stored rows never change their entity ids: cross-article
resolution (`newsdossier.store.resolution`) maps only the incoming article's ids, and an
entity keeps its id for good (`newsdossier.resolve.KnownEntity`). So adding each article's
share once keeps every aggregate exact; `tests/store/test_store_aggregates.py` checks them
against counts made from the layer tables.
"""

from __future__ import annotations

import sqlite3

from newsdossier.store.schema import ARTICLE_LAYERS, COUNTED_TABLES, LEAD

#: A date value that names at least a month (``2025-04``, ``2025-04-28``, ``2025-04-28/...``).
MONTH_GLOB = "[0-9][0-9][0-9][0-9]-[0-9][0-9]*"

#: A statement's filing date: its own date, else its article's.
_FILED = "coalesce(s.date, d.published)"

#: Statements of the article ``:doc`` about each entity mentioned inside them.
_ABOUT = (
    f"SELECT DISTINCT m.entity_id, s.doc, s.idx, s.speaker_id, {_FILED} AS day"
    " FROM mentions m JOIN statements s ON s.doc = m.doc"
    ' AND s.start <= m.start AND s."end" >= m."end"'
    " JOIN documents d ON d.key = s.doc"
    " WHERE m.doc = :doc AND m.entity_id IS NOT NULL AND m.field = 'body'"
)

_SAID_BY = (
    f"SELECT s.speaker_id AS entity_id, s.doc, s.idx, {_FILED} AS day"
    " FROM statements s JOIN documents d ON d.key = s.doc"
    " WHERE s.doc = :doc AND s.speaker_id IS NOT NULL"
)


def _day(column: str) -> str:
    return f"CASE WHEN {column} GLOB '{MONTH_GLOB}' THEN substr({column}, 1, 10) END"


_ENTITY_STATS = f"""
INSERT INTO entity_stats
WITH about AS ({_ABOUT}),
facts(entity_id, articles, mentions, said_by, said_about, day) AS (
    SELECT x.entity_id, 1, 0, 0, 0, d.published
    FROM doc_entities x JOIN documents d ON d.key = x.doc WHERE x.doc = :doc
    UNION ALL SELECT entity_id, 0, 1, 0, 0, NULL FROM mentions
    WHERE doc = :doc AND entity_id IS NOT NULL
    UNION ALL SELECT entity_id, 0, 0, 1, 0, day FROM ({_SAID_BY})
    UNION ALL SELECT entity_id, 0, 0, 0, speaker_id IS NOT entity_id, day FROM about
)
SELECT entity_id, sum(articles), sum(mentions), sum(said_by), sum(said_about),
    min({_day("day")}), max({_day("day")})
FROM facts WHERE true GROUP BY entity_id
ON CONFLICT (entity_id) DO UPDATE SET
    articles = articles + excluded.articles,
    mentions = mentions + excluded.mentions,
    statements_by = statements_by + excluded.statements_by,
    statements_about = statements_about + excluded.statements_about,
    first_date = coalesce(min(first_date, excluded.first_date), first_date, excluded.first_date),
    last_date = coalesce(max(last_date, excluded.last_date), last_date, excluded.last_date)
"""

_ENTITY_MONTHS = f"""
INSERT INTO entity_months_recent
WITH said AS (
    SELECT entity_id, doc, idx, day FROM ({_SAID_BY})
    UNION SELECT entity_id, doc, idx, day FROM ({_ABOUT})
), facts(entity_id, month, articles, statements) AS (
    SELECT x.entity_id, substr(d.published, 1, 7), 1, 0
    FROM doc_entities x JOIN documents d ON d.key = x.doc
    WHERE x.doc = :doc AND d.published GLOB '{MONTH_GLOB}'
    UNION ALL SELECT entity_id, substr(day, 1, 7), 0, 1 FROM said WHERE day GLOB '{MONTH_GLOB}'
)
SELECT entity_id, month, sum(articles), sum(statements) FROM facts WHERE true
GROUP BY entity_id, month
ON CONFLICT (entity_id, month) DO UPDATE SET
    articles = articles + excluded.articles,
    statements = statements + excluded.statements
"""

_OUTLET_DAYS = """
INSERT INTO outlet_days
SELECT coalesce(outlet, ''), coalesce(substr(published, 1, 10), ''), 1
FROM documents WHERE key = :doc
ON CONFLICT (outlet, day) DO UPDATE SET articles = articles + 1
"""

_STATEMENT_DAYS = f"""
INSERT INTO statement_days
SELECT coalesce({_FILED}, ''), s.doc, s.idx, coalesce(d.outlet, '')
FROM statements s JOIN documents d ON d.key = s.doc WHERE s.doc = :doc
"""

_STATEMENT_ENTITIES = f"""
INSERT INTO statement_entities_recent
SELECT entity_id, 1, coalesce(day, ''), doc, idx FROM ({_SAID_BY})
UNION SELECT entity_id, 0, coalesce(day, ''), doc, idx FROM ({_ABOUT})
WHERE entity_id IS NOT speaker_id
"""

#: The story a document belongs to: its earliest copy's key (``duplicate_of``), else its own.
_STORY = "coalesce((SELECT r.key FROM documents r WHERE r.id = d.duplicate_of), d.key)"

_ENTITY_DOCS = f"""
INSERT INTO entity_docs_recent
SELECT entity_id, day, doc, story, {LEAD.format(row="x", story="x.story")} FROM (
    SELECT x.entity_id, coalesce(substr(d.published, 1, 10), '') AS day, x.doc, {_STORY} AS story
    FROM doc_entities x JOIN documents d ON d.key = x.doc WHERE x.doc = :doc
) AS x
"""


def _rows_of_article(table: str) -> str:
    key = "key" if table == "documents" else "doc"
    return f"SELECT '{table}', count(*) FROM {table} WHERE {key} = :doc"


_LAYER_COUNTS = f"""
INSERT INTO layer_counts {" UNION ALL ".join(_rows_of_article(t) for t in ARTICLE_LAYERS)}
ON CONFLICT (layer) DO UPDATE SET rows = rows + excluded.rows
"""

_OUTLET_COUNTS = """
INSERT INTO outlet_counts SELECT coalesce(outlet, ''), 1 FROM documents WHERE key = :doc
ON CONFLICT (outlet) DO UPDATE SET articles = articles + 1
"""

_AGGREGATES = (
    _LAYER_COUNTS,
    _OUTLET_COUNTS,
    _ENTITY_STATS,
    _ENTITY_MONTHS,
    _OUTLET_DAYS,
    _STATEMENT_DAYS,
    _STATEMENT_ENTITIES,
    _ENTITY_DOCS,
)


#: Articles between two folds of the per-entity tables' recent rows into their merged
#: ones (`fold_recent`). The recent tables stay as small as a store of this many articles,
#: whose rows of one entity share pages with other entities'; a fold writes each entity's
#: rows of all these articles at once.
FOLD_EVERY = 4096

#: The per-entity read-model tables kept in two parts (migration 13), and how a fold adds
#: the recent rows to the merged ones: rows are inserted, counts added.
_TWO_PART = {
    "entity_docs": "",
    "statement_entities": "",
    "entity_months": """WHERE true ON CONFLICT (entity_id, month) DO UPDATE SET
        articles = articles + excluded.articles, statements = statements + excluded.statements""",
}


def add_document(conn: sqlite3.Connection, key: int) -> None:
    """Add the share of the stored article with document key ``key`` to every aggregate
    (call once, inside the transaction that wrote its rows); every `FOLD_EVERY`-th
    document key also folds the recent per-entity rows into the merged tables."""
    for sql in _AGGREGATES:
        conn.execute(sql, {"doc": key})
    if key % FOLD_EVERY == 0:
        fold_recent(conn)


def fold_recent(conn: sqlite3.Connection) -> None:
    """Move the rows of every ``*_recent`` per-entity table into its ``*_merged`` table
    (inside the caller's transaction: readers see the rows in one part or the other,
    never both or neither)."""
    for table, upsert in _TWO_PART.items():
        conn.execute(f"INSERT INTO {table}_merged SELECT * FROM {table}_recent {upsert}")
        conn.execute(f"DELETE FROM {table}_recent")


def refresh_stories(conn: sqlite3.Connection, root: str) -> None:
    """Point the ``entity_docs`` rows of every copy of the story whose earliest copy is the
    document ``root`` at it, and mark again which stand for it: after the duplicate check
    re-pointed a cluster at a newly stored article, the one change to a stored row's story."""
    story = "(SELECT key FROM documents WHERE id = :root)"
    for part in ("entity_docs_merged", "entity_docs_recent"):
        conn.execute(
            f"""UPDATE {part} SET story = {story}, lead = {LEAD.format(row=part, story=story)}
            WHERE (entity_id, day, doc) IN (
                SELECT x.entity_id, coalesce(substr(d.published, 1, 10), ''), d.key
                FROM documents d JOIN doc_entities x ON x.doc = d.key
                WHERE d.id = :root OR d.duplicate_of = :root)""",
            {"root": root},
        )


def layer_counts(conn: sqlite3.Connection) -> dict[str, int]:
    """Rows of every table of `COUNTED_TABLES`: the article layers from ``layer_counts``,
    the entities and rejections (tables not written per article) counted."""
    counts = dict.fromkeys(COUNTED_TABLES, 0)
    counts.update((layer, int(n)) for layer, n in conn.execute("SELECT * FROM layer_counts"))
    for table in set(COUNTED_TABLES) - set(ARTICLE_LAYERS):
        counts[table] = int(conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
    return counts
