"""Every query behind a page is answered through an index, never a full scan of a layer.

Each read function runs against a real store with a trace callback collecting the SQL it
sends; every statement is then explained (``EXPLAIN QUERY PLAN``) and a ``SCAN`` of a layer
table (under its name or its alias) fails the test: such a query grows with the corpus, not
with the page.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from newsdossier import query as q
from newsdossier.store import Store
from tests.helpers.corpus import article_one, article_two, hostile_article
from tests.helpers.prolific import SPEAKER, build_prolific

#: The tables that grow with the corpus and must never be scanned whole by a page. The
#: per-entity read model is read through views over two tables each (migration 13): a
#: plan scans the view's rows as a co-routine, and each part's search or scan is its own
#: step, under the part's name.
LAYER_TABLES = (
    "mentions", "statements", "timexes", "roles", "events", "relations", "doc_entities",
    "sentences", "statement_entities_merged", "statement_entities_recent",
    "entity_docs_merged", "entity_docs_recent", "entity_months_merged",
    "entity_months_recent", "event_item_entities", "event_item_reports", "event_participants",
)  # fmt: skip


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = build_prolific(tmp_path_factory.mktemp("plans") / "p.db", 40)
    with Store(path) as store:
        for article in (article_one(), article_two(), hostile_article()):
            store.add(article, pipeline="test")
    with q.reading(path) as reader:
        yield reader


def _names(sql: str) -> dict[str, str]:
    """Alias (or name) -> layer table, for every layer table the SQL reads."""
    found: dict[str, str] = {}
    for table in LAYER_TABLES:
        found[table] = table
        for m in re.finditer(rf"\b{table}\s+(?:AS\s+)?(\w+)", sql, re.IGNORECASE):
            found[m[1]] = table
    return found


def scans(conn: sqlite3.Connection, run: Callable[[sqlite3.Connection], Any]) -> list[str]:
    """Every full scan of a layer table in the plans of the SQL that ``run`` sends."""
    sent: list[str] = []
    conn.set_trace_callback(sent.append)
    try:
        run(conn)
    finally:
        conn.set_trace_callback(None)
    assert sent, "the function sent no SQL"
    found = []
    for sql in sent:
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            continue
        names = _names(sql)
        for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}"):
            m = re.match(r"SCAN (\w+)", row[3])
            if m and m[1] in names:
                found.append(f"{row[3]}  <-  {' '.join(sql.split())[:300]}")
    return found


def _id(conn: sqlite3.Connection, name: str = SPEAKER) -> str:
    return q.find_entity(conn, name).id


#: The query functions behind the entity page and its section pages, the entity JSON, the
#: statements list (by speaker, about an entity, by dates), the timeline and the dossier.
QUERIES: dict[str, Callable[[sqlite3.Connection], Any]] = {
    "get_entity": lambda c: q.get_entity(c, _id(c)),
    "entity_overview": lambda c: q.entity_overview(c, _id(c), limit=20),
    "entity_overview oldest first": lambda c: q.entity_overview(c, _id(c), sort="date"),
    "entity_months": lambda c: q.entity_months(c, _id(c)),
    "statements by, page 3": lambda c: q.entity_statements(c, _id(c), role="by", offset=40),
    "statements about, page 2": lambda c: q.entity_statements(c, _id(c), role="about", offset=20),
    "mentions, page 2": lambda c: q.entity_mentions(c, _id(c), offset=20),
    "roles": lambda c: q.entity_roles(c, _id(c, "Ana Ruiz")),
    "articles, page 2": lambda c: q.entity_documents(c, _id(c), offset=20),
    "co-mentions": lambda c: q.co_mentions(c, _id(c)),
    "relations": lambda c: q.list_relations(c, entity_id=_id(c, "Portugal")),
    "statements list": lambda c: q.list_statements(c),
    "statements by speaker and date": lambda c: q.list_statements(
        c, q.StatementFilter(speaker=SPEAKER, since="2018", until="2020-06")
    ),
    "statements by date": lambda c: q.list_statements(
        c, q.StatementFilter(since="2018-01-01", until="2019"), offset=10
    ),
    "statements about": lambda c: q.list_statements(c, q.StatementFilter(about="Tomas Berg")),
    "timeline of an entity": lambda c: q.timeline(c, q.TimelineFilter(entity=SPEAKER), offset=20),
    "timeline of an entity by date": lambda c: q.timeline(
        c, q.TimelineFilter(entity="Ana Ruiz", since="2024-06", until="2024-07")
    ),
    "statements of an outlet": lambda c: q.list_statements(c, q.StatementFilter(outlet="Wire")),
    "statements by speaker in an outlet": lambda c: q.list_statements(
        c, q.StatementFilter(speaker=SPEAKER, outlet="Wire")
    ),
    "timeline of everything, page 2": lambda c: q.timeline(c, offset=20),
    "search with a speaker filter": lambda c: q.search(c, f'speaker:"{SPEAKER}" said'),
    "search about an entity": lambda c: q.search(c, f'about:"{SPEAKER}"'),
    "search in an outlet": lambda c: q.search(c, 'outlet:"Alden Gazette" said'),
    "search in an outlet, no words": lambda c: q.search(c, 'outlet:"Alden Gazette"'),
    "article": lambda c: q.get_document(c, c.execute("SELECT id FROM documents").fetchone()[0]),
    "dossier": lambda c: q.dossier_of(c, _id(c)),
    "entities list": lambda c: q.list_entities(c, limit=15),
}


@pytest.mark.parametrize("name", list(QUERIES))
def test_query_plan_uses_indexes(conn: sqlite3.Connection, name: str) -> None:
    assert scans(conn, QUERIES[name]) == []


#: Lists whose whole order an index gives: a page of them reads its rows and no more.
INDEX_ORDERED: dict[str, Callable[[sqlite3.Connection], Any]] = {
    "roles newest first": lambda c: q.entity_roles(c, _id(c, "Ana Ruiz")),
    "roles oldest first": lambda c: q.entity_roles(c, _id(c, "Ana Ruiz"), sort="date"),
}


@pytest.mark.parametrize("name", list(INDEX_ORDERED))
def test_query_plan_sorts_by_index(conn: sqlite3.Connection, name: str) -> None:
    """No temporary B-tree: rows stated on the same day are not all read to order them."""
    sent: list[str] = []
    conn.set_trace_callback(sent.append)
    try:
        INDEX_ORDERED[name](conn)
    finally:
        conn.set_trace_callback(None)
    listing = [sql for sql in sent if "ORDER BY" in sql and "LIMIT" in sql]
    assert listing
    for sql in listing:
        plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
        assert not [step for step in plan if "TEMP B-TREE" in step], (plan, sql)


def test_query_plan_check_sees_a_scan(conn: sqlite3.Connection) -> None:
    """The check itself: a query filtering on an unindexed column is caught."""
    found = scans(conn, lambda c: c.execute("SELECT * FROM statements s WHERE s.kind = 'x'"))
    assert found
    assert found[0].startswith("SCAN s")
