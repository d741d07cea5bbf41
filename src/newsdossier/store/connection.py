"""Opening a store: WAL mode, our application id, and migrations up to the current schema."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from newsdossier.errors import StoreError
from newsdossier.store.checkpoint import FALLBACK_PAGES
from newsdossier.store.event_items import backfill_event_items
from newsdossier.store.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

#: Page cache of a read-only connection, in KiB (SQLite's default is 2 MB). An entity
#: page or a dossier at 100,000 articles reads more pages than 2 MB hold, and each page
#: read again is a system call and a copy; with 32 MB the request mix of
#: bench/api_latency.py took about a fifth less CPU. Only pages read fill it.
READER_CACHE_KIB = 32 * 1024


def connect(path: str | Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and, unless ``readonly``, create or migrate) the store at ``path``.

    A read-only open never writes: a store in a folder we cannot write to (where SQLite
    cannot create its WAL index) is opened as immutable. Every failure is a one-line
    `StoreError` naming the path."""
    path = Path(path)
    _check_path(path, readonly=readonly)
    try:
        conn = _open_readonly(path) if readonly else _open_writable(path)
    except sqlite3.DatabaseError as exc:
        if _is_readonly_error(exc):
            raise StoreError(f"{path}: the store is read-only ({exc}); cannot write to it") from exc
        raise StoreError(f"{path}: not a newsdossier store ({exc})") from exc
    return conn


def _check_path(path: Path, *, readonly: bool) -> None:
    if str(path) == ":memory:":
        return
    if not path.parent.is_dir():
        raise StoreError(f"{path}: folder {path.parent} does not exist; create it first")
    if readonly and not path.exists():
        raise StoreError(f"{path}: no store here; create one with `newsdossier ingest`")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path}: is a directory, not a newsdossier store")
    if not readonly and path.exists() and not os.access(path, os.W_OK):
        raise StoreError(f"{path}: the store is read-only; cannot write to it")


def _open_readonly(path: Path) -> sqlite3.Connection:
    try:
        conn = _ro(path, immutable=False)
        _check_ours(conn, path)
    except sqlite3.OperationalError as exc:
        if not _is_readonly_error(exc):
            raise
        # A WAL store whose folder we cannot write: SQLite cannot make its index file.
        # Nothing can be writing it either, so it is safe to read as immutable.
        conn = _ro(path, immutable=True)
        _check_ours(conn, path)
    version = schema_version(conn)
    if 0 < version < SCHEMA_VERSION:
        conn.close()
        raise StoreError(
            f"{path}: store schema version {version} is older than this newsdossier's "
            f"({SCHEMA_VERSION}); upgrade it once with: newsdossier upgrade --db {path}"
        )
    conn.execute("PRAGMA busy_timeout=10000")
    conn.execute(f"PRAGMA cache_size=-{READER_CACHE_KIB}")
    return conn


def _ro(path: Path, *, immutable: bool) -> sqlite3.Connection:
    flags = "mode=ro&immutable=1" if immutable else "mode=ro"
    uri = f"{path.resolve().as_uri()}?{flags}"
    conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    return conn


def _open_writable(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    conn.row_factory = sqlite3.Row
    _check_ours(conn, path)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    # The writer touches index pages all over a large store (entities, band keys): a 64 MB
    # page cache instead of SQLite's 2 MB kept its per-article cost flat as the store grew
    # (bench/api_latency.py).
    conn.execute("PRAGMA cache_size=-65536")
    # The WAL is copied back by the store's checkpoint thread (store/checkpoint.py); the
    # writer's own automatic checkpoint is only its safety net.
    conn.execute(f"PRAGMA wal_autocheckpoint={FALLBACK_PAGES}")
    _migrate(conn, path)
    # After the migrations (whose index builds sort a whole store): SQLite's statement
    # journals and small sorts in memory, not temporary files. A grouped insert of
    # articles wrote about 600 KB of temporary files per article, more than the WAL and
    # the checkpoints together (bench/growth.py prints the I/O per article).
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA busy_timeout=10000")
    conn.execute("PRAGMA foreign_keys=ON")
    return conn


def _is_readonly_error(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


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


#: Migrations that fill a new table from the stored rows in Python (after their SQL, in
#: the same transaction): the read models whose rules are not SQL.
BACKFILLS: dict[int, Callable[[sqlite3.Connection], None]] = {8: backfill_event_items}


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    version = conn.execute("PRAGMA user_version").fetchone()[0]
    for number in range(version + 1, SCHEMA_VERSION + 1):
        script = MIGRATIONS[number - 1]
        try:
            conn.executescript(f"BEGIN IMMEDIATE;\n{script}")
            if number in BACKFILLS:
                BACKFILLS[number](conn)
            # execute, not executescript: that would commit the open transaction first
            conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version={number}")
            conn.execute("COMMIT")
        except sqlite3.Error:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise


def schema_version(conn: sqlite3.Connection) -> int:
    """The schema version of an open store."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])
