"""The store: schema versioning, foreign files refused, one transaction per article, exports."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsdossier.article import (
    Article,
    Entity,
    Event,
    Mention,
    Participant,
    Role,
    Sentence,
    Speaker,
    Statement,
    TextSpan,
    Timex,
)
from newsdossier.errors import StoreError
from newsdossier.record import RECORD_VERSION, export_record
from newsdossier.store import SCHEMA_VERSION, Store, load_article
from newsdossier.store.checkpoint import FALLBACK_PAGES
from newsdossier.store.export import EXPORTERS

BODY = "Minister Ana Ruiz visited Lisbon on Monday. The visit went well, she said."


def _article(doc_id: str = "d1", body: str = BODY) -> Article:
    ruiz = Entity(
        "e0", "Ana Ruiz", "PERSON", ("Ruiz",), (Mention(9, 17, "Ana Ruiz", "PERSON"),), ("PERSON",)
    )
    lisbon = Entity("e1", "Lisbon", "GPE", (), (Mention(26, 32, "Lisbon", "GPE"),), ("GPE",))
    return Article(
        id=doc_id,
        source=f"{doc_id}.txt",
        body=body,
        published="2024-06-04",
        outlet="Wire",
        title="Ruiz in Lisbon",
        sentences=(Sentence(0, 43), Sentence(44, len(body))),
        entities=(ruiz, lisbon),
        timexes=(Timex("Monday", 36, 42, "DATE", "2024-06-03"),),
        statements=(
            Statement(
                "The visit went well",
                44,
                63,
                "indirect",
                Speaker("e0", "Ana Ruiz"),
                cue=TextSpan(69, 73, "said"),
                cue_lemma="say",
                date="2024-06-04",
            ),
        ),
        roles=(Role("e0", "Ana Ruiz", "Minister", as_of="2024-06-04", start_char=0, end_char=17),),
        events=(
            Event(
                "visit",
                "visited",
                "2024-06-03",
                participants=(
                    Participant("e0", "Ana Ruiz", "who"),
                    Participant("e1", "Lisbon", "where"),
                ),
                sentence=body[:43],
                start=0,
                end=43,
            ),
        ),
    )


def test_store_created_with_current_schema(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.info()["schema_version"] == SCHEMA_VERSION
        mode = store.conn.execute("PRAGMA journal_mode").fetchone()[0]
        assert mode == "wal"
        # checkpoints run in a thread of their own (store.checkpoint); the writer keeps a
        # far larger automatic one as a safety net
        assert store.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == FALLBACK_PAGES
        # statement journals in memory: a grouped insert wrote more temporary files than WAL
        assert store.conn.execute("PRAGMA temp_store").fetchone()[0] == 2


def test_store_refuses_foreign_sqlite_and_non_database(tmp_path: Path) -> None:
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE customers (id INTEGER)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match=r"other\.db: not a newsdossier store"):
        Store(other)
    text = tmp_path / "notes.db"
    text.write_text("just some notes, not a database at all " * 50)
    with pytest.raises(StoreError, match=r"notes\.db: not a newsdossier store"):
        Store(text)
    assert text.read_text().startswith("just some notes")


def test_store_refuses_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        Store(path)


def test_store_readonly_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no store here"):
        Store(tmp_path / "absent.db", readonly=True)
    assert not (tmp_path / "absent.db").exists()


def test_store_add_is_idempotent_and_round_trips(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.add(_article(), pipeline="[]") == "new"
        assert store.add(_article(), pipeline="[]") == "present"
        assert store.info()["counts"]["documents"] == 1
        loaded = load_article(store.conn, "d1")
    record = export_record(loaded)
    assert record["body"] == BODY
    (ruiz,) = [e for e in record["entities"] if e["name"] == "Ana Ruiz"]
    assert ruiz["id"].startswith("ent_")
    assert record["statements"][0]["speaker"] == {"entity_id": ruiz["id"], "name": "Ana Ruiz"}
    assert record["roles"][0]["entity_id"] == ruiz["id"]
    assert record["events"][0]["participants"][0]["entity_id"] == ruiz["id"]
    assert record["timexes"][0]["value"] == "2024-06-03"
    for e in record["entities"]:
        for m in e["mentions"]:
            assert record["body"][m["start"] : m["end"]] == m["text"]


def test_store_failed_write_leaves_store_unchanged(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add(_article("d1"), pipeline="[]")
        before = store.info()["counts"]
        broken = _article("d2")
        store.conn.execute(
            "CREATE TEMP TRIGGER fail BEFORE INSERT ON timexes "
            "BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
        )
        with pytest.raises(sqlite3.IntegrityError):
            store.add(broken, pipeline="[]")
        assert store.info()["counts"] == before
        assert not store.has("d2")


def test_store_add_many_keeps_the_articles_before_a_failure(tmp_path: Path) -> None:
    """One commit for a group, yet each article all or nothing: the ones before a failing
    article are stored whole, the failing one leaves no row, the rest are not tried."""
    with Store(tmp_path / "s.db") as store:
        store.conn.execute(
            "CREATE TEMP TRIGGER fail BEFORE INSERT ON timexes"
            " WHEN (SELECT id FROM documents WHERE key = new.doc) = 'd3'"
            " BEGIN SELECT RAISE(ABORT, 'disk trouble'); END"
        )
        group = [_article("d1"), _article("d2"), _article("d3"), _article("d4")]
        with pytest.raises(sqlite3.IntegrityError, match="disk trouble"):
            store.add_many(group, pipeline="[]")
        assert not store.conn.in_transaction
        assert [store.has(i) for i in ("d1", "d2", "d3", "d4")] == [True, True, False, False]
        counts = store.info()["counts"]
        assert (counts["documents"], counts["timexes"]) == (2, 2)
        ruiz = store.conn.execute(
            "SELECT articles FROM entity_stats s JOIN entities e"
            " ON e.id = s.entity_id WHERE e.name = 'Ana Ruiz'"
        ).fetchone()
        assert ruiz[0] == 2
        store.conn.execute("DROP TRIGGER temp.fail")
        assert store.add_many(group, pipeline="[]") == ["present", "present", "new", "new"]


def test_store_reader_sees_commits_while_writer_open(tmp_path: Path) -> None:
    path = tmp_path / "s.db"
    with Store(path) as writer:
        writer.add(_article("d1"), pipeline="[]")
        with writer.transaction() as conn:
            conn.execute("INSERT INTO meta VALUES ('in-progress', 'yes')")
            with Store(path, readonly=True) as reader:
                assert reader.has("d1")
                assert reader.info()["counts"]["documents"] == 1


@pytest.mark.parametrize("fmt", ["jsonl", "csv", "parquet"])
def test_store_export_formats(tmp_path: Path, fmt: str) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add(_article("d1"), pipeline="[]")
        store.add(_article("d2", BODY.replace("Monday", "Friday")), pipeline="[]")
        out = tmp_path / ("out" if fmt == "csv" else f"out.{fmt}")
        assert EXPORTERS[fmt](store.conn, out) == 2
    if fmt == "jsonl":
        records = [json.loads(line) for line in out.read_text().splitlines()]
        assert {r["id"] for r in records} == {"d1", "d2"}
        assert all(r["version"] == RECORD_VERSION for r in records)
    elif fmt == "csv":
        assert (out / "statements.csv").read_text().count("The visit went well") == 2
    else:
        import pyarrow.parquet as pq

        table = pq.read_table(out)
        assert table.num_rows == 2
        assert table.column("entities").to_pylist()[0][0]["name"] in {"Ana Ruiz", "Lisbon"}


def test_store_search_bodies_and_statements(tmp_path: Path) -> None:
    from newsdossier.query.search import search

    with Store(tmp_path / "s.db") as store:
        store.add(_article(), pipeline="[]")
        hits = search(store.conn, "visit went")
    assert {h.kind for h in hits} == {"article", "statement"}
    assert any("[visit]" in h.snippet for h in hits)
