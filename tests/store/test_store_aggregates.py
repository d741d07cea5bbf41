"""The read model's aggregates equal counts made from the layer tables (issue 12).

The seeds and the bundled examples go through the real pipeline and `Store.add`, with the
hand-made corpus beside them; every aggregate row is then compared with a count computed
here, in Python, from the layer tables' rows. A store written by the code of schema 6
(`tests/fixtures/stores`) migrated to today's schema (the backfill, SQL only) must hold
the aggregates its layer tables give, and read back the same records as before.
"""

from __future__ import annotations

import dataclasses
import gzip
import json
import re
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

import pytest

from newsdossier.article import Event, Participant
from newsdossier.events import Report, merge_events
from newsdossier.query.search_plan import outlet_token
from newsdossier.record import export_record
from newsdossier.runner import ingest
from newsdossier.store import Store, aggregates
from newsdossier.store.aggregates import fold_recent
from newsdossier.store.export import iter_articles
from newsdossier.store.schema import ARTICLE_LAYERS, SCHEMA_VERSION
from tests.helpers.corpus import article_one, article_two, hostile_article

#: Stores written by earlier code, with their export records (gzip).
STORES = Path(__file__).resolve().parents[1] / "fixtures" / "stores"
_MONTH = re.compile(r"\d{4}-\d{2}")


def _dated(value: str | None) -> str | None:
    return value[:10] if value and _MONTH.match(value) else None


def _about(conn: sqlite3.Connection) -> set[tuple[str, int, int]]:
    """(entity, doc, idx) for every statement holding a body mention of the entity."""
    spans: dict[int, list[sqlite3.Row]] = defaultdict(list)
    for s in conn.execute("SELECT * FROM statements"):
        spans[s["doc"]].append(s)
    found = set()
    for m in conn.execute("SELECT * FROM mentions WHERE entity_id IS NOT NULL AND field='body'"):
        for s in spans[m["doc"]]:
            if s["start"] <= m["start"] and s["end"] >= m["end"]:
                found.add((m["entity_id"], s["doc"], s["idx"]))
    return found


def expected(conn: sqlite3.Connection) -> dict[str, Any]:
    """Every aggregate, counted from the layer tables."""
    published = dict(conn.execute("SELECT key, published FROM documents").fetchall())
    outlets = dict(conn.execute("SELECT key, outlet FROM documents").fetchall())
    statements = {(s["doc"], s["idx"]): s for s in conn.execute("SELECT * FROM statements")}
    filed = {k: s["date"] or published[k[0]] for k, s in statements.items()}
    stats: dict[str, Counter[str]] = defaultdict(Counter)
    days: dict[str, set[str]] = defaultdict(set)
    months: dict[tuple[str, str], Counter[str]] = defaultdict(Counter)
    key_of = dict(conn.execute("SELECT id, key FROM documents").fetchall())
    story = {
        key: key_of[dup] if dup else key
        for key, dup in conn.execute("SELECT key, duplicate_of FROM documents")
    }
    entity_docs = []
    named = set(conn.execute("SELECT doc, entity_id FROM doc_entities").fetchall())
    for entity_id, doc in conn.execute("SELECT entity_id, doc FROM doc_entities"):
        lead = int(doc == story[doc] or (story[doc], entity_id) not in named)
        entity_docs.append((entity_id, (published[doc] or "")[:10], doc, story[doc], lead))
        stats[entity_id]["articles"] += 1
        if day := _dated(published[doc]):
            days[entity_id].add(day)
            months[(entity_id, day[:7])]["articles"] += 1
    for (entity_id,) in conn.execute("SELECT entity_id FROM mentions WHERE entity_id NOT NULL"):
        stats[entity_id]["mentions"] += 1
    said = {(s["speaker_id"], *k) for k, s in statements.items() if s["speaker_id"]}
    for entity_id, *_ in said:
        stats[entity_id]["statements_by"] += 1
    about = _about(conn)
    about_others = set()
    for entity_id, *key in about:
        if statements[tuple(key)]["speaker_id"] != entity_id:  # type: ignore[index]
            stats[entity_id]["statements_about"] += 1
            about_others.add((entity_id, *key))
    for entity_id, doc, idx in said | about:
        if day := _dated(filed[(doc, idx)]):
            days[entity_id].add(day)
            months[(entity_id, day[:7])]["statements"] += 1
    return {
        "entity_stats": sorted(
            (
                e,
                c["articles"],
                c["mentions"],
                c["statements_by"],
                c["statements_about"],
                min(days[e], default=None),
                max(days[e], default=None),
            )
            for e, c in stats.items()
        ),
        "entity_months": sorted(
            (e, m, c["articles"], c["statements"]) for (e, m), c in months.items()
        ),
        "outlet_days": sorted(
            Counter(
                (d["outlet"] or "", (d["published"] or "")[:10])
                for d in conn.execute("SELECT outlet, published FROM documents")
            ).items()
        ),
        "outlet_counts": sorted(
            Counter(d["outlet"] or "" for d in conn.execute("SELECT outlet FROM documents")).items()
        ),
        "layer_counts": sorted(
            (t, conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]) for t in ARTICLE_LAYERS
        ),
        "statement_days": sorted((filed[k] or "", *k, outlets[k[0]] or "") for k in statements),
        "statement_entities": sorted(
            [(e, 1, filed[(d, i)] or "", d, i) for e, d, i in said]
            + [(e, 0, filed[(d, i)] or "", d, i) for e, d, i in about_others]
        ),
        "entity_docs": sorted(entity_docs),
    }


def stored(conn: sqlite3.Connection) -> dict[str, Any]:
    """Every aggregate as the store holds it."""
    return {
        "entity_stats": sorted(tuple(r) for r in conn.execute("SELECT * FROM entity_stats")),
        "entity_months": sorted(
            tuple(r)
            for r in conn.execute(
                "SELECT entity_id, month, sum(articles), sum(statements) FROM entity_months"
                " GROUP BY entity_id, month"
            )
        ),
        "outlet_days": sorted(((o, d), n) for o, d, n in conn.execute("SELECT * FROM outlet_days")),
        "outlet_counts": sorted(tuple(r) for r in conn.execute("SELECT * FROM outlet_counts")),
        "layer_counts": sorted(tuple(r) for r in conn.execute("SELECT * FROM layer_counts")),
        "statement_days": sorted(tuple(r) for r in conn.execute("SELECT * FROM statement_days")),
        "statement_entities": sorted(
            tuple(r) for r in conn.execute("SELECT * FROM statement_entities")
        ),
        "entity_docs": sorted(tuple(r) for r in conn.execute("SELECT * FROM entity_docs")),
    }


@pytest.fixture(scope="module")
def real_store(
    seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest
) -> Path:
    db = tmp_path_factory.mktemp("aggregates") / "real.db"
    examples = Path(request.config.rootpath) / "examples"
    with Store(db) as store:
        summary = ingest([str(seeds_dir), str(examples)], store)
        assert summary.new >= 5, summary.rejected
        store.add(article_one(), pipeline="test")
        with store.transaction() as conn:
            fold_recent(conn)  # these articles' per-entity rows in the merged tables
        # article one again under another id: entity-months counted in both parts
        copy = dataclasses.replace(article_one(), id="copy-of-article-one")
        for article in (article_two(), hostile_article(), copy):
            store.add(article, pipeline="test")
    return db


def test_store_per_entity_rows_in_both_parts(real_store: Path) -> None:
    """The fixture's store holds rows in the merged and the recent part of each per-entity
    table, so the aggregate checks read both (and an entity-month may be in each)."""
    with Store(real_store) as store:
        for table in ("entity_docs", "statement_entities", "entity_months"):
            for part in ("merged", "recent"):
                count = store.conn.execute(f"SELECT count(*) FROM {table}_{part}").fetchone()[0]
                assert count, f"{table}_{part}"
        split = store.conn.execute(
            "SELECT count(*) FROM entity_months_merged JOIN entity_months_recent"
            " USING (entity_id, month)"
        ).fetchone()[0]
    assert split, "an entity-month counted in both parts"


def test_store_fold_every_so_many_articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every `FOLD_EVERY`-th article folds the recent rows into the merged tables, in its
    own transaction; the counts read through the views stay what the layers give."""
    monkeypatch.setattr(aggregates, "FOLD_EVERY", 2)
    with Store(tmp_path / "fold.db") as store:
        parts = "SELECT (SELECT count(*) FROM entity_docs_merged), count(*) FROM entity_docs_recent"
        store.add(article_one(), pipeline="test")
        merged, recent = store.conn.execute(parts).fetchone()
        assert (merged, bool(recent)) == (0, True)
        store.add(article_two(), pipeline="test")  # document key 2: a fold
        merged, recent = store.conn.execute(parts).fetchone()
        assert (bool(merged), recent) == (True, 0)
        store.add(hostile_article(), pipeline="test")
        assert store.conn.execute(parts).fetchone()[1]
        want, have = expected(store.conn), stored(store.conn)
    for table in want:
        assert have[table] == want[table], table


def _event_groups(conn: sqlite3.Connection) -> list[tuple[str | None, list[tuple[int, int]]]]:
    """The read model's events: date and (doc, idx) of each report, sorted."""
    groups: dict[int, tuple[str | None, list[tuple[int, int]]]] = {}
    for item, date, doc, idx in conn.execute(
        "SELECT i.item, i.date, r.doc, r.idx FROM event_items i"
        " JOIN event_item_reports r ON r.item = i.item ORDER BY r.doc, r.idx"
    ):
        groups.setdefault(item, (date, []))[1].append((doc, idx))
    return sorted(groups.values(), key=repr)


def _merged_groups(conn: sqlite3.Connection) -> list[tuple[str | None, list[tuple[int, int]]]]:
    """The same from `merge_events` over every asserted event of the layer table."""
    reports, where = [], {}
    for row in conn.execute("SELECT * FROM events WHERE modality = 'asserted'"):
        participants = tuple(Participant(**p) for p in json.loads(row["participants"]))
        event = Event(
            row["type"], row["trigger"], row["date"], participants=participants,
            sentence=row["sentence"], start=row["start"], end=row["end"],
        )  # fmt: skip
        report = Report(str(row["doc"]), event)
        where[id(report)] = (row["doc"], row["idx"])
        reports.append(report)
    groups = [(m.date, sorted(where[id(r)] for r in m.reports)) for m in merge_events(reports)]
    return sorted(groups, key=repr)


def test_store_event_items_equal_merge_events(real_store: Path) -> None:
    with Store(real_store) as store:
        stored, merged = _event_groups(store.conn), _merged_groups(store.conn)
    assert any(len(reports) > 1 for _, reports in merged), "the corpus has a merged event"
    assert stored == merged


def test_store_aggregates_equal_layer_counts(real_store: Path) -> None:
    with Store(real_store) as store:
        want, have = expected(store.conn), stored(store.conn)
    assert want["entity_stats"], "the corpus has entities"
    assert any(row[3] for row in want["entity_stats"]), "and statements by someone"
    assert any(row[4] for row in want["entity_stats"]), "and statements about someone"
    for table in want:
        assert have[table] == want[table], table


def test_store_aggregates_backfilled_by_migration(tmp_path: Path) -> None:
    """A store written by the schema-6 code: the migration keys every layer by integer,
    fills the new read-model tables, and every record reads back as it was exported."""
    copy = tmp_path / "old.db"
    copy.write_bytes(gzip.decompress((STORES / "store-v6.db.gz").read_bytes()))
    before = gzip.decompress((STORES / "store-v6.jsonl.gz").read_bytes()).decode("utf-8")
    with Store(copy) as store:
        assert store.info()["schema_version"] == SCHEMA_VERSION
        want, have = expected(store.conn), stored(store.conn)
        events, merged = _event_groups(store.conn), _merged_groups(store.conn)
        after = [export_record(a) for a in iter_articles(store.conn)]
        keys = store.conn.execute("SELECT typeof(doc), count(*) FROM mentions GROUP BY 1")
        assert dict(keys.fetchall()).keys() == {"integer"}
        outlets = _outlets_indexed(store.conn)
    assert want["statement_entities"]
    assert want["entity_docs"]
    assert events == merged
    for table in want:
        assert have[table] == want[table], table
    assert after == [json.loads(line) for line in before.splitlines()]
    assert outlets


def _outlets_indexed(conn: sqlite3.Connection) -> dict[str, tuple[int, int]]:
    """Per outlet: its articles and statements as the full-text indexes find them by its
    token, each asserted equal to the count the tables give."""
    found = {}
    for (outlet,) in conn.execute("SELECT DISTINCT outlet FROM documents WHERE outlet != ''"):
        token = f"outlet : {outlet_token(outlet)}"
        articles = conn.execute(
            "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", (token,)
        ).fetchone()[0]
        statements = conn.execute(
            "SELECT count(*) FROM statements_fts WHERE statements_fts MATCH ?", (token,)
        ).fetchone()[0]
        want = conn.execute(
            "SELECT count(DISTINCT d.key), count(s.key) FROM documents d"
            " LEFT JOIN statements s ON s.doc = d.key WHERE d.outlet = ? COLLATE NOCASE",
            (outlet,),
        ).fetchone()
        assert (articles, statements) == tuple(want), outlet
        found[outlet] = (articles, statements)
    return found
