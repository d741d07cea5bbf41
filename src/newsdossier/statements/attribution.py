"""An attribution before speaker resolution: the record the statement rules pass around."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdossier.article import StatementKind
from newsdossier.statements.cues import Cue


@dataclass(slots=True)
class Attribution:
    """A statement before speaker resolution: token-level source, char-level content."""

    cue: Cue | None
    content: tuple[int, int]
    kind: StatementKind
    confidence: float
    source: tuple[int, int] | None = None
    source_head: int | None = None
    quotes: tuple[int, ...] = ()
    follows: int | None = None
    clause: frozenset[int] = field(default_factory=frozenset)
