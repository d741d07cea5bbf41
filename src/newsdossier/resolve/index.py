"""The corpus-wide entities resolution reads and writes, behind a small protocol.

`EntityIndex` is all `resolve_article` needs from storage: look entities up by blocking
key, add a new one, replace an updated one. Every lookup is by key, so resolving an
article costs a few index reads whatever the corpus size. `InMemoryIndex` implements
it with two dictionaries; the store implements the same three methods over SQLite (a
table of entities plus a ``(key, entity_id)`` table with an index on ``key``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True, slots=True)
class KnownEntity:
    """An entity of the whole corpus.

    Attributes:
        id: stable global id (``ent_`` + 12 hex digits), never changed by later merges.
        name: canonical name (the fullest form seen).
        type: OntoNotes label (PERSON, ORG, GPE, LAW...).
        aliases: every other surface seen, in any script.
        keys: the blocking keys it is found under (see `newsdossier.resolve.keys`).
        titles: role titles seen for it (lower case), to tell apart people sharing a name.
        doc_count: number of articles that mention it.
        mention_count: number of mentions over all articles.
        co_mentions: ids of entities mentioned in the same articles (most recent, capped).
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    keys: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    doc_count: int = 0
    mention_count: int = 0
    co_mentions: tuple[str, ...] = ()


class EntityIndex(Protocol):
    """Storage for known entities, looked up only by blocking key."""

    def candidates(self, keys: Iterable[str]) -> list[KnownEntity]:
        """Every known entity indexed under at least one of ``keys`` (no duplicates)."""
        ...

    def add(self, entity: KnownEntity) -> None:
        """Store a new entity and index it under ``entity.keys``."""
        ...

    def update(self, entity: KnownEntity) -> None:
        """Replace the entity with the same id and index it under its (grown) keys."""
        ...


class InMemoryIndex:
    """`EntityIndex` in two dictionaries: for ``extract`` over several files, and tests."""

    def __init__(self) -> None:
        self._by_id: dict[str, KnownEntity] = {}
        self._by_key: dict[str, list[str]] = {}

    def candidates(self, keys: Iterable[str]) -> list[KnownEntity]:
        """Every known entity indexed under at least one of ``keys``."""
        seen: dict[str, KnownEntity] = {}
        for key in keys:
            for entity_id in self._by_key.get(key, ()):
                seen.setdefault(entity_id, self._by_id[entity_id])
        return list(seen.values())

    def add(self, entity: KnownEntity) -> None:
        """Store a new entity."""
        self.update(entity)

    def update(self, entity: KnownEntity) -> None:
        """Store or replace an entity and index its keys."""
        self._by_id[entity.id] = entity
        for key in entity.keys:
            ids = self._by_key.setdefault(key, [])
            if entity.id not in ids:
                ids.append(entity.id)

    def get(self, entity_id: str) -> KnownEntity | None:
        """The entity with this id, if known."""
        return self._by_id.get(entity_id)

    def __iter__(self) -> Iterator[KnownEntity]:
        return iter(list(self._by_id.values()))

    def __len__(self) -> int:
        return len(self._by_id)
