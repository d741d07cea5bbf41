"""Opening a store for reading: the one door the surfaces (cli, api, ui, report) go through."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from newsdossier.errors import QueryError
from newsdossier.store import connect, load_article

__all__ = ["BudgetError", "check_store", "load_article", "reading"]

#: SQLite virtual-machine steps between two looks at the clock (~1 ms of work).
_STEPS = 10_000


class BudgetError(QueryError):
    """A read ran past its wall-clock budget and was stopped."""


@contextmanager
def reading(path: str | Path, *, budget: float | None = None) -> Iterator[sqlite3.Connection]:
    """A read-only connection to the store at ``path``, closed when the block ends.

    With ``budget`` (seconds), SQL still running that long after the block began is
    stopped and the block raises `BudgetError`. Raises `StoreError` when there is no
    newsdossier store at ``path``; safe while an ingest writes (SQLite WAL)."""
    conn = connect(path, readonly=True)
    if budget is not None:
        deadline = time.monotonic() + budget
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline), _STEPS)
    try:
        yield conn
    except sqlite3.OperationalError as exc:
        if budget is None or "interrupted" not in str(exc):
            raise
        raise BudgetError(
            f"the request ran over its {budget:g} s budget and was stopped; narrow it"
        ) from None
    finally:
        conn.close()


def check_store(path: str | Path) -> None:
    """Raise `StoreError` unless ``path`` is a newsdossier store that opens for reading."""
    connect(path, readonly=True).close()
