"""An attribution before speaker resolution: the record the statement rules pass around."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

from newsdossier.article import StatementKind
from newsdossier.statements.cues import Cue

#: How sure each way of finding a statement's content is, before quote quality and speaker
#: resolution multiply in (hand-set, checked on the statement seed articles and the PolNeAR
#: scorer, eval/polnear.py). A clausal complement ("said that ...") is the surest; a
#: quote next to the cue or a prepositional cue ("according to") nearly so; a clause
#: fronted before ", X said" or the clause a parenthetical cue hangs on a little less; a
#: verb's object ("announced his resignation") is the weakest. A quote with no cue of its
#: own continues the previous speaker: surely when it is marked as a continuation, less so
#: when it merely stands alone in its paragraph.
CONTENT_CONFIDENCE: Final = {
    "complement": 0.9,
    "adjacent_quote": 0.85,
    "according_to": 0.85,
    "parenthetical": 0.8,
    "fronted": 0.75,
    "object": 0.6,
    "continued_quote": 0.8,
    "standalone_quote": 0.6,
}
#: Share of a statement's span that quotes must cover for it to count as direct, not mixed.
DIRECT_SHARE: Final = 0.8
#: Decimal places confidences are rounded to.
CONFIDENCE_DIGITS: Final = 3


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
