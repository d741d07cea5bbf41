"""Reading a store: each reading block sees one snapshot, while an ingest commits."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path

from newsdossier.query import ReaderPool, reading
from newsdossier.store import Store
from tests.helpers.corpus import article_one, article_two


def _counts(conn: sqlite3.Connection) -> tuple[int, int]:
    articles = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
    mentions = conn.execute("SELECT count(*) FROM mentions").fetchone()[0]
    return int(articles), int(mentions)


def test_query_reading_sees_one_snapshot_while_an_ingest_commits(tmp_path: Path) -> None:
    """A page's counts and rows come from one state of the store: an article committed
    between two reads of one block is seen by neither, and by the next block."""
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add(article_one(), pipeline="test")
    pool = ReaderPool(db)
    with Store(db) as writer:
        for block in (reading(db), pool.reading()):
            with block as conn:
                before = _counts(conn)
                later = dataclasses.replace(article_two(), id=f"copy-{before[0]}")
                writer.add(later, pipeline="test")
                assert _counts(conn) == before
            with reading(db) as conn:
                assert _counts(conn)[0] == before[0] + 1
    pool.close()
