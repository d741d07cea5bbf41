"""Stage 8 in the store: the article's entities joined to the corpus-wide entities.

`SqliteEntityIndex` implements `newsdossier.resolve.EntityIndex` over the ``entities``,
``entity_keys`` and ``entity_aliases`` tables: every lookup goes through the indexed
``entity_keys.key`` column, so resolving one article costs a few index reads whatever
the size of the corpus.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable

from newsdossier.article import Article
from newsdossier.resolve import KnownEntity, apply_resolution, commit, resolve_article

#: SQLite's default limit on host parameters in one statement is 999 on old builds.
_CHUNK = 500


class SqliteEntityIndex:
    """The corpus-wide entities of a store, looked up by blocking key."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def candidates(self, keys: Iterable[str]) -> list[KnownEntity]:
        """Every stored entity indexed under at least one of ``keys``."""
        wanted = sorted(set(keys))
        found: dict[str, KnownEntity] = {}
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start : start + _CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self.conn.execute(
                "SELECT e.id, e.name, e.type, e.aliases, e.state FROM entities e"
                f" WHERE e.id IN (SELECT entity_id FROM entity_keys WHERE key IN ({marks}))"
                " ORDER BY e.id",
                chunk,
            )
            for row in rows:
                found.setdefault(row["id"], _known(row))
        return list(found.values())

    def add(self, entity: KnownEntity) -> None:
        """Store a new entity with its keys and aliases."""
        self.conn.execute(
            "INSERT INTO entities (id, name, type, aliases, state) VALUES (?,?,?,?,?)",
            (entity.id, entity.name, entity.type, _json(entity.aliases), _state(entity)),
        )
        self._index(entity)

    def update(self, entity: KnownEntity) -> None:
        """Replace a stored entity and index its (grown) keys and aliases."""
        self.conn.execute(
            "UPDATE entities SET name=?, type=?, aliases=?, state=? WHERE id=?",
            (entity.name, entity.type, _json(entity.aliases), _state(entity), entity.id),
        )
        self._index(entity)

    def _index(self, entity: KnownEntity) -> None:
        self.conn.executemany(
            "INSERT OR IGNORE INTO entity_keys VALUES (?, ?)",
            [(key, entity.id) for key in entity.keys],
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO entity_aliases VALUES (?, ?, ?)",
            [(alias.casefold(), entity.id, alias) for alias in {entity.name, *entity.aliases}],
        )


def _json(values: Iterable[str]) -> str:
    return json.dumps(list(values), ensure_ascii=False)


def _state(entity: KnownEntity) -> str:
    return json.dumps(
        {
            "keys": list(entity.keys),
            "titles": list(entity.titles),
            "doc_count": entity.doc_count,
            "mention_count": entity.mention_count,
            "co_mentions": list(entity.co_mentions),
        },
        ensure_ascii=False,
    )


def _known(row: sqlite3.Row) -> KnownEntity:
    state = json.loads(row["state"])
    return KnownEntity(
        id=row["id"],
        name=row["name"],
        type=row["type"],
        aliases=tuple(json.loads(row["aliases"])),
        keys=tuple(state.get("keys", ())),
        titles=tuple(state.get("titles", ())),
        doc_count=int(state.get("doc_count", 0)),
        mention_count=int(state.get("mention_count", 0)),
        co_mentions=tuple(state.get("co_mentions", ())),
    )


def resolve_into_store(conn: sqlite3.Connection, article: Article) -> Article:
    """The article with corpus-wide entity ids; new and grown entities written to the store."""
    index = SqliteEntityIndex(conn)
    resolution = resolve_article(article, index)
    commit(index, resolution)
    return apply_resolution(article, resolution)
