"""Opening a store for reading: the one door the surfaces (cli, api, ui, report) go through."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsdossier.store import connect, load_article

__all__ = ["check_store", "load_article", "reading"]


@contextmanager
def reading(path: str | Path) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the store at ``path``, closed when the block ends.

    Raises `StoreError` when there is no newsdossier store at ``path``; safe while an
    ingest writes (SQLite WAL)."""
    conn = connect(path, readonly=True)
    try:
        yield conn
    finally:
        conn.close()


def check_store(path: str | Path) -> None:
    """Raise `StoreError` unless ``path`` is a newsdossier store that opens for reading."""
    connect(path, readonly=True).close()
