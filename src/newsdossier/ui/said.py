"""How a statement's words are shown: quotation marks only where the article quoted.

A direct quote is shown in quotation marks: its own when its text carries them, else a pair
added around it (never a second pair). Reported speech (kind ``indirect``) is the
reporter's paraphrase and never gets marks. A mixed statement paraphrases around quoted
words: only the words inside its own marks are set as quoted. In every kind, words the text
itself puts inside quotation marks are marked up as quoted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Opening mark -> closing mark of the quotation styles met in news text. Single marks
#: (' ‘ ’) are left out: they are apostrophes far more often than quotes.
PAIRS = {"“": "”", '"': '"', "«": "»", "„": "“", "「": "」", "『": "』", "‹": "›"}
#: Every character that opens or closes a quotation.
MARKS = frozenset(PAIRS) | frozenset(PAIRS.values())

_QUOTED = re.compile(
    "|".join(f"{re.escape(o)}[^{re.escape(o + c)}]*{re.escape(c)}" for o, c in PAIRS.items())
)


@dataclass(frozen=True, slots=True)
class Part:
    """A run of a statement's text, and whether the article quoted it (marks included)."""

    text: str
    quoted: bool


@dataclass(frozen=True, slots=True)
class Said:
    """A statement's text in parts; ``marks``: whether a pair of marks must be added."""

    kind: str
    parts: tuple[Part, ...]
    marks: bool


def said(text: str, kind: str) -> Said:
    """The parts of ``text`` (a statement of ``kind``) to show, and whether to add marks."""
    body = text.strip()
    if kind == "direct" and not _has_marks(body):
        return Said(kind, (Part(body, quoted=True),), marks=True)
    parts: list[Part] = []
    at = 0
    for m in _QUOTED.finditer(body):
        if m.start() > at:
            parts.append(Part(body[at : m.start()], quoted=False))
        parts.append(Part(m.group(), quoted=True))
        at = m.end()
    if at < len(body):
        parts.append(Part(body[at:], quoted=kind == "direct"))
    return Said(kind, tuple(parts), marks=False)


def _has_marks(text: str) -> bool:
    """Whether the text opens or closes with a quotation mark of its own."""
    return bool(text) and (text[0] in MARKS or text[-1] in MARKS)
