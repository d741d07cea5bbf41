"""The per-entity read model in two parts (migration 13) reads as one table.

An article's rows of ``entity_docs``, ``statement_entities`` and ``entity_months`` go to
their ``*_recent`` table and are folded into the ``*_merged`` one every
`aggregates.FOLD_EVERY` articles. Every page must be the same whichever part holds which
rows, and a page of a list must merge the two parts in index order, not read and sort the
entity's rows.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from newsdossier import query as q
from newsdossier.store import aggregates
from tests.helpers.prolific import SPEAKER, build_prolific

#: Pages reading the two-part tables: the entity page's lists and chart, the statements
#: and timeline of an entity, and the search filters on an entity.
PAGES: dict[str, Callable[[sqlite3.Connection, str], Any]] = {
    "overview": lambda c, e: q.entity_overview(c, e, limit=5),
    "overview oldest first": lambda c, e: q.entity_overview(c, e, limit=5, sort="date"),
    "months": lambda c, e: q.entity_months(c, e),
    "articles, page 3": lambda c, e: q.entity_documents(c, e, limit=7, offset=14),
    "articles oldest first": lambda c, e: q.entity_documents(c, e, limit=7, sort="date"),
    "statements by, page 4": lambda c, e: q.entity_statements(c, e, role="by", limit=9, offset=27),
    "statements about, page 2": lambda c, e: q.entity_statements(
        c, e, role="about", limit=6, offset=6
    ),
    "mentions, page 5": lambda c, e: q.entity_mentions(c, e, limit=8, offset=32),
    "co-mentions": lambda c, e: q.co_mentions(c, e),
    "timeline, page 2": lambda c, e: q.timeline(c, q.TimelineFilter(entity=SPEAKER), offset=10),
    "statements by speaker and date": lambda c, e: q.list_statements(
        c, q.StatementFilter(speaker=SPEAKER, since="2017-05", until="2018")
    ),
    "search by speaker": lambda c, e: q.search(c, f'speaker:"{SPEAKER}" wall'),
    "search about": lambda c, e: q.search(c, f'about:"{SPEAKER}"'),
    "dossier": lambda c, e: q.dossier_of(c, e),
}

ARTICLES = 40


def _pages(path: Path) -> dict[str, Any]:
    with q.reading(path) as conn:
        entity = q.find_entity(conn, SPEAKER).id
        return {name: page(conn, entity) for name, page in PAGES.items()}


@pytest.fixture(scope="module")
def one_part(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Every page of a store whose rows are all still in the recent part."""
    assert ARTICLES < aggregates.FOLD_EVERY
    return _pages(build_prolific(tmp_path_factory.mktemp("one") / "p.db", ARTICLES))


@pytest.mark.parametrize("fold_every", [1, 7, 16])
def test_pages_do_not_depend_on_the_part_holding_each_row(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, one_part: dict[str, Any], fold_every: int
) -> None:
    monkeypatch.setattr(aggregates, "FOLD_EVERY", fold_every)
    path = build_prolific(tmp_path / "p.db", ARTICLES)
    with sqlite3.connect(path) as conn:
        merged = conn.execute("SELECT count(*) FROM statement_entities_merged").fetchone()[0]
        recent = conn.execute("SELECT count(*) FROM statement_entities_recent").fetchone()[0]
    assert merged
    assert recent or fold_every == 1
    pages = _pages(path)
    for name in PAGES:
        assert pages[name] == one_part[name], name


#: Lists read from the two-part tables a page at a time.
LISTS = ("articles, page 3", "statements by, page 4", "statements about, page 2",
         "mentions, page 5", "co-mentions", "timeline, page 2",
         "statements by speaker and date")  # fmt: skip
_TWO_PART = re.compile(r"\b(entity_docs|statement_entities)")


@pytest.mark.parametrize("name", LISTS)
def test_list_merges_the_parts_in_index_order(tmp_path: Path, name: str) -> None:
    """Each query paging a two-part table merges its parts' index ranges (``MERGE``)."""
    path = build_prolific(tmp_path / "p.db", 12)
    sent: list[str] = []
    with q.reading(path) as conn:
        entity = q.find_entity(conn, SPEAKER).id
        conn.set_trace_callback(sent.append)
        PAGES[name](conn, entity)
        conn.set_trace_callback(None)
        paging = [sql for sql in sent if _TWO_PART.search(sql) and "ORDER BY" in sql]
        assert paging
        for sql in paging:
            plan = [row[3] for row in conn.execute(f"EXPLAIN QUERY PLAN {sql}")]
            assert "MERGE (UNION ALL)" in plan, (plan, sql)
