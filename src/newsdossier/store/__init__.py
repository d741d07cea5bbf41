"""The embedded store (SQLite, WAL, FTS5): documents, every layer, resolved entities."""

from newsdossier.store.connection import connect
from newsdossier.store.load import load_article
from newsdossier.store.schema import SCHEMA_VERSION
from newsdossier.store.store import Store

__all__ = ["SCHEMA_VERSION", "Store", "connect", "load_article"]
