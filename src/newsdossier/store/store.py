"""The embedded store: one SQLite file, one transaction per article, readers while writing."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from newsdossier.article import Article
from newsdossier.errors import StoreError
from newsdossier.store.aggregates import layer_counts
from newsdossier.store.checkpoint import Checkpointer
from newsdossier.store.connection import connect, schema_version
from newsdossier.store.dedup import index_document, mark_duplicate
from newsdossier.store.resolution import resolve_into_store
from newsdossier.store.writer import write_article

AddOutcome = Literal["new", "present"]


class Store:
    """A newsdossier store at ``path`` (created and migrated on first write)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.conn = connect(self.path, readonly=readonly)
        self.checkpointer: Checkpointer | None = None
        if not readonly and str(path) != ":memory:":
            self.checkpointer = Checkpointer(self.path)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Stop the checkpoint thread, then close the connection (SQLite checkpoints what
        is left in the WAL when the last connection closes)."""
        if self.checkpointer is not None:
            self.checkpointer.close()
        self.conn.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """An immediate (write-locked) transaction, rolled back on any error; a store that
        turns out to be read-only is a one-line `StoreError`."""
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self.conn
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            self.conn.execute("COMMIT")
        except sqlite3.OperationalError as exc:
            if "readonly" not in str(exc).lower():
                raise
            raise StoreError(
                f"{self.path}: the store is read-only ({exc}); cannot write to it"
            ) from None

    def has(self, doc_id: str) -> bool:
        """Whether a document with this id is stored."""
        row = self.conn.execute("SELECT 1 FROM documents WHERE id = ?", (doc_id,)).fetchone()
        return row is not None

    def add(self, article: Article, *, pipeline: str) -> AddOutcome:
        """Store a processed article and resolve its entities against the corpus, atomically.

        Re-adding a stored id changes nothing and returns ``"present"``."""
        return self.add_many([article], pipeline=pipeline)[0]

    def add_many(self, articles: Sequence[Article], *, pipeline: str) -> list[AddOutcome]:
        """`add` each of ``articles`` in order, in one transaction (one commit for the group:
        the cost of a commit, and of the full-text indexes' flush, is paid once).

        Each article is still all or nothing, under a savepoint: when one fails, the ones
        before it are committed and the error is raised."""
        outcomes: list[AddOutcome] = []
        with self.transaction() as conn:
            for article in articles:
                conn.execute("SAVEPOINT article")
                try:
                    outcomes.append(self._add(conn, article, pipeline))
                except BaseException:
                    conn.execute("ROLLBACK TO article")
                    conn.execute("RELEASE article")
                    conn.execute("COMMIT")
                    raise
                conn.execute("RELEASE article")
        if self.checkpointer is not None:
            self.checkpointer.wrote(len(articles))
        return outcomes

    def _add(self, conn: sqlite3.Connection, article: Article, pipeline: str) -> AddOutcome:
        if self.has(article.id):
            return "present"
        marked, fingerprint = mark_duplicate(conn, resolve_into_store(conn, article))
        index_document(conn, write_article(conn, marked, pipeline), fingerprint)
        return "new"

    def reject(
        self, source: str, *, stage: str, code: str, detail: str, doc_id: str | None = None
    ) -> None:
        """Record why an input was not stored, so it can be queried later."""
        with self.transaction() as conn:
            conn.execute(
                "INSERT INTO rejections VALUES (?,?,?,?,?,?)",
                (
                    source,
                    doc_id,
                    stage,
                    code,
                    detail,
                    datetime.now(UTC).isoformat(timespec="seconds"),
                ),
            )

    def set_meta(self, key: str, value: str) -> None:
        """Remember a setting of the store (model in use, pipeline)."""
        with self.transaction() as conn:
            conn.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (key, value))

    def info(self) -> dict[str, Any]:
        """Counts of every layer and of articles per language, schema version, and the model
        and pipeline last used."""
        count = layer_counts(self.conn)
        meta = dict(self.conn.execute("SELECT key, value FROM meta").fetchall())
        languages = self.conn.execute(
            "SELECT coalesce(language, '?'), count(*) FROM documents GROUP BY 1 ORDER BY 2 DESC, 1"
        ).fetchall()
        return {
            "path": str(self.path),
            "schema_version": schema_version(self.conn),
            "counts": count,
            "languages": {str(lang): int(n) for lang, n in languages},
            **meta,
        }
