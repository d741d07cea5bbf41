"""Opening a store: WAL mode, our application id, and migrations up to the current schema."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsdossier.errors import StoreError
from newsdossier.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and, unless ``readonly``, create or migrate) the store at ``path``."""
    path = Path(path)
    if readonly and not path.exists():
        raise StoreError(f"{path}: no store here; create one with `newsdossier ingest`")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path}: is a directory, not a newsdossier store")
    try:
        if readonly:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        else:
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        _check_ours(conn, path)
        if not readonly:
            conn.execute("PRAGMA journal_mode=WAL")
            conn.execute("PRAGMA synchronous=NORMAL")
            _migrate(conn, path)
        conn.execute("PRAGMA busy_timeout=10000")
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path}: not a newsdossier store ({exc})") from exc
    return conn


def _check_ours(conn: sqlite3.Connection, path: Path) -> None:
    app_id = conn.execute("PRAGMA application_id").fetchone()[0]
    tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
    if app_id != APPLICATION_ID and tables:
        raise StoreError(
            f"{path}: not a newsdossier store (an SQLite database of another application); "
            "choose another --db path"
        )
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > SCHEMA_VERSION:
        raise StoreError(
            f"{path}: store schema version {version} is newer than this newsdossier "
            f"(knows {SCHEMA_VERSION}); upgrade newsdossier"
        )


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version + 1, SCHEMA_VERSION + 1):
        script = MIGRATIONS[number - 1]
        try:
            conn.executescript(
                f"BEGIN IMMEDIATE;\n{script}\nPRAGMA application_id={APPLICATION_ID};\n"
                f"PRAGMA user_version={number};\nCOMMIT;"
            )
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version of an open store."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])
