"""Opening a store for reading: the one door the surfaces (cli, api, ui, report) go through."""

from __future__ import annotations

import queue
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsdossier.errors import QueryError
from newsdossier.store import connect, load_article

__all__ = ["BudgetError", "ReaderPool", "check_store", "load_article", "reading", "snapshot"]

#: SQLite virtual-machine steps between two looks at the clock (~1 ms of work).
_STEPS = 10_000


class BudgetError(QueryError):
    """A read ran past its wall-clock budget and was stopped."""


@contextmanager
def reading(path: str | Path, *, budget: float | None = None) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the store at ``path``, closed when the block ends.

    With ``budget`` (seconds), SQL still running that long after the block began is
    stopped and the block raises `BudgetError`. The block's reads see one snapshot of the
    store (`snapshot`). Raises `StoreError` when there is no newsdossier store at
    ``path``; safe while an ingest writes (SQLite WAL)."""
    conn = connect(path, readonly=True)
    try:
        with snapshot(conn), _budgeted(conn, budget):
            yield conn
    finally:
        conn.close()


@contextmanager
def snapshot(conn: sqlite3.Connection) -> Iterator[None]:
    """The block's reads on ``conn`` in one read transaction: the store as it was at the
    first of them, whatever an ingest commits meanwhile (a page's total and its rows
    agree), and one transaction begun and ended instead of one per statement."""
    conn.execute("BEGIN")
    try:
        yield
    finally:
        if conn.in_transaction:
            conn.execute("ROLLBACK")


class ReaderPool:
    """Read-only connections to the store at ``path``, kept open between uses: a kept
    connection has parsed the schema and keeps its page cache while the store does not
    change, which a server answering many small requests pays for on every one otherwise.

    At most ``size`` idle connections are kept (more may be open at once; the extra ones
    are closed after use), the last used taken first, so a worker serving one request at
    a time keeps reading through one connection and its warm cache (`READER_CACHE_KIB`
    each). Connections are shared across threads, one user at a time."""

    def __init__(self, path: str | Path, *, size: int = 2) -> None:
        self.path = Path(path)
        self.size = size
        self._idle: queue.LifoQueue[sqlite3.Connection] = queue.LifoQueue()

    @contextmanager
    def reading(self, *, budget: float | None = None) -> Iterator[sqlite3.Connection]:
        """Like `reading`, from the pool."""
        try:
            conn = self._idle.get_nowait()
        except queue.Empty:
            conn = connect(self.path, readonly=True)
        try:
            with snapshot(conn), _budgeted(conn, budget):
                yield conn
        finally:
            if conn.in_transaction or self._idle.qsize() >= self.size:
                conn.close()
            else:
                self._idle.put(conn)

    def close(self) -> None:
        """Close the idle connections."""
        while True:
            try:
                self._idle.get_nowait().close()
            except queue.Empty:
                return


@contextmanager
def _budgeted(conn: sqlite3.Connection, budget: float | None) -> Iterator[None]:
    """Stop SQL on ``conn`` still running ``budget`` seconds from now (`BudgetError`)."""
    if budget is not None:
        deadline = time.monotonic() + budget
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), _STEPS)
    try:
        yield
    except sqlite3.OperationalError as exc:
        if budget is None or "interrupted" not in str(exc):
            raise
        raise BudgetError(
            f"the request ran over its {budget:g} s budget and was stopped; narrow it"
        ) from None
    finally:
        conn.set_progress_handler(None, 0)


def check_store(path: str | Path) -> None:
    """Raise `StoreError` unless ``path`` is a newsdossier store that opens for reading."""
    connect(path, readonly=True).close()
