"""Per-request read-only store connections, for the web pages and the JSON API alike.

Here, below both the pages (`newsdossier.ui.pages`) and the app that serves them with the
API (`newsdossier.api.app`), so that neither has to import the other to share it."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Annotated

from fastapi import Depends, Request

from newsdossier.limits import REQUEST_BUDGET_SECONDS
from newsdossier.query import ReaderPool


def db_path(request: Request) -> Path:
    """The store file the app serves."""
    path: Path = request.app.state.db_path
    return path


async def read_connection(request: Request) -> AsyncIterator[sqlite3.Connection]:
    """A read-only connection for one request, from the app's pool (`ReaderPool`), given
    back when the response is done; its SQL is stopped after `REQUEST_BUDGET_SECONDS`.

    Taken and given back on the event loop (a pooled connection is a queue operation; a
    new one, rarely, a file open): a synchronous dependency would cost two more hops to
    a worker thread and back per request (about a fifth of a small request's time)."""
    pool: ReaderPool = request.app.state.readers
    with pool.reading(budget=REQUEST_BUDGET_SECONDS) as conn:
        yield conn


Conn = Annotated[sqlite3.Connection, Depends(read_connection)]
