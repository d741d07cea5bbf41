"""Stage 8 (resolve): the same entity across articles, one stable corpus-wide id.

Storage-agnostic: resolution talks to an `EntityIndex` (three methods, key-based), so
the same code runs over `InMemoryIndex` (``extract`` of several files, tests) and the
store's SQLite index.

Typical use::

    index = InMemoryIndex()
    for article in articles:
        resolution = resolve_article(article, index)   # read-only decision
        commit(index, resolution)                      # write new/updated entities
        article = apply_resolution(article, resolution)  # local ids -> global ids
"""

from newsdossier.resolve.apply import apply_resolution, resolve_articles
from newsdossier.resolve.index import EntityIndex, InMemoryIndex, KnownEntity
from newsdossier.resolve.keys import EntityKeys, entity_keys
from newsdossier.resolve.resolver import Resolution, commit, resolve_article, stable_id

__all__ = [
    "EntityIndex",
    "EntityKeys",
    "InMemoryIndex",
    "KnownEntity",
    "Resolution",
    "apply_resolution",
    "commit",
    "entity_keys",
    "resolve_article",
    "resolve_articles",
    "stable_id",
]
