"""A relation found in the parse, before dating: its type, parties and evidence tokens."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from newsdossier.article import Entity

#: The kinds of standing relation the rules find.
RelationType = Literal[
    "alliance",
    "alliance_proposal",
    "membership",
    "membership_aspiration",
    "treaty_party",
    "commitment",
]


@dataclass(frozen=True, slots=True)
class Found:
    """A typed relation between two entities with the tokens that state it."""

    type: RelationType
    subject: Entity
    object: Entity
    tokens: tuple[int, ...]
    start: str | None = None
    end: str | None = None
