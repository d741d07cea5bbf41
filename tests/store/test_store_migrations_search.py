"""Migrations 5 and 7 (issue 12): a version-4 store's full-text indexes rebuilt with
stemming, its statements' index read through their new integer keys; readers refuse the
old store until it is upgraded."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from newsdossier.article import Article, Speaker, Statement
from newsdossier.errors import StoreError
from newsdossier.query import reading
from newsdossier.query.search import search
from newsdossier.store import Store
from newsdossier.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

BODY = 'The coastguard held rescue drills off the harbour. "Drills save lives," the captain said.'


def _version_4_store(path: Path) -> None:
    """A store as newsdossier wrote it at schema version 4, with one article in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    for number, script in enumerate(MIGRATIONS[:4], start=1):
        conn.executescript(
            f"BEGIN;\n{script}\nPRAGMA application_id={APPLICATION_ID};\n"
            f"PRAGMA user_version={number};\nCOMMIT;"
        )
    conn.execute(
        "INSERT INTO documents (id, source, body, title, pipeline, ingested_at)"
        " VALUES ('old', 'old.txt', ?, 'Harbour drills', '[]', '2025-01-01T00:00:00')",
        (BODY,),
    )
    quote = "Drills save lives,"
    start = BODY.index(quote)
    conn.execute(
        'INSERT INTO statements (doc_id, idx, start, "end", text, kind, confidence)'
        " VALUES ('old', 0, ?, ?, ?, 'direct', 1.0)",
        (start, start + len(quote), quote),
    )
    conn.execute("INSERT INTO statements_fts (text, doc_id, idx) VALUES (?, 'old', 0)", (quote,))
    conn.close()


def test_store_migration_from_4_rebuilds_search_with_stemming(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    _version_4_store(path)
    with pytest.raises(StoreError, match=r"schema version 4 is older.*newsdossier upgrade"):
        reading(path).__enter__()
    with Store(path) as store:
        assert store.info()["schema_version"] == SCHEMA_VERSION
        body = BODY.replace("coastguard", "navy").replace("Drills save", "A drill saves")
        quote = "A drill saves lives,"
        start = body.index(quote)
        statement = Statement(quote, start, start + len(quote), "direct", Speaker("e1", "Ida"))
        new = Article(id="new", source="new.txt", body=body, statements=(statement,))
        store.add(new, pipeline="[]")
    with reading(path) as conn:
        hits = search(conn, "drill", limit=10)
        assert {(h.kind, h.doc_id) for h in hits} == {
            ("article", "old"),
            ("statement", "old"),
            ("article", "new"),
            ("statement", "new"),
        }
        exact = {(h.kind, h.doc_id) for h in hits if h.exact}
        assert exact == {("article", "new"), ("statement", "new")}  # "drill" as typed
        assert [h.doc_id for h in hits if h.kind == "statement"] == ["new", "old"]
        assert {h.doc_id for h in search(conn, "coastguard")} == {"old"}
