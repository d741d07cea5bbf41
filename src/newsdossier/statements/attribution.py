"""An attribution before speaker resolution: the record the statement rules pass around."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdossier.article import StatementKind
from newsdossier.statements.cues import Cue


@dataclass(slots=True)
class Attribution:
    """A statement before speaker resolution: token-level source, char-level content.

    ``source`` is the source phrase as written (``who`` in "Lee, who said ..."), and
    ``speaker_head`` the word to resolve when that differs (``Lee``).
    """

    cue: Cue | None
    content: tuple[int, int]
    kind: StatementKind
    confidence: float
    source: tuple[int, int] | None = None
    source_head: int | None = None
    speaker_head: int | None = None
    speaker: tuple[int, int] | None = None
    quotes: tuple[int, ...] = ()
    follows: int | None = None
    clause: frozenset[int] = field(default_factory=frozenset)
