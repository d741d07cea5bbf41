"""The embedded store (SQLite, WAL, FTS5): documents, every layer, resolved entities.

`Store` (the writer) is imported on first use: it brings the duplicate check and entity
resolution (numpy among them), which a process that only reads — the server, each of
its workers — never needs.
"""

from typing import TYPE_CHECKING

from newsdossier.store.connection import connect
from newsdossier.store.load import load_article
from newsdossier.store.schema import SCHEMA_VERSION

if TYPE_CHECKING:
    from newsdossier.store.store import Store

__all__ = ["SCHEMA_VERSION", "Store", "connect", "load_article"]


def __getattr__(name: str) -> object:
    """`Store`, imported when first asked for."""
    if name == "Store":
        from newsdossier.store.store import Store

        return Store
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
