"""Per-request read-only store connections: safe while an ingest writes (SQLite WAL)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request

from newsdossier.store.connection import connect


def db_path(request: Request) -> Path:
    """The store file the app serves."""
    path: Path = request.app.state.db_path
    return path


def read_connection(request: Request) -> Iterator[sqlite3.Connection]:
    """A read-only connection for one request, closed when the response is done."""
    conn = connect(db_path(request), readonly=True)
    try:
        yield conn
    finally:
        conn.close()


Conn = Annotated[sqlite3.Connection, Depends(read_connection)]
