"""The edges of a statement's content: what was said, without the words around it.

A reported clause starts after its complementizer and any punctuation that follows it
("said that, despite the storm, ..." -> "despite the storm, ..."), and no content ends
with a comma, a colon or a semicolon (the ``"...," she said`` of a quote before its cue)
or a coordinating conjunction whose conjunct was cut off.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence

from newsdossier.article import Token
from newsdossier.lang.lexicon import StatementWords

#: Punctuation a content never starts or ends with once its edges are trimmed.
_EDGE_PUNCT = frozenset({",", ";", ":"})


def trim_content(
    tokens: Sequence[Token], body: str, span: tuple[int, int], words: StatementWords
) -> tuple[int, int]:
    """``span`` without a leading complementizer ("that") and edge commas or colons.

    The complementizer is dropped only where the parse marks it as one (``mark``), so a
    content that begins with the demonstrative ("that plan failed") keeps it.
    """
    start, end = span
    starts = [t.start for t in tokens]
    i = bisect.bisect_left(starts, start)
    if i < len(tokens) and tokens[i].start == start:
        tok = tokens[i]
        if tok.dep == "mark" and tok.text.lower() in words.complementizers:
            start = tok.end
    start, end = _strip(body, start, end)
    k = bisect.bisect_left([t.end for t in tokens], end)
    if k < len(tokens) and tokens[k].end == end and tokens[k].pos == "CCONJ" and k > i:
        # "... said the rate fell and": a coordinator left over from a conjunct cut off
        # the content (another report, the writer's clause) ends nothing that was said.
        start, end = _strip(body, start, tokens[k].start)
    return (start, end) if end > start else span


def _strip(body: str, start: int, end: int) -> tuple[int, int]:
    """Whitespace and edge punctuation off both ends of ``body[start:end]``."""
    while start < end and (body[start].isspace() or body[start] in _EDGE_PUNCT):
        start += 1
    while end > start and (body[end - 1].isspace() or body[end - 1] in _EDGE_PUNCT):
        end -= 1
    return start, end
