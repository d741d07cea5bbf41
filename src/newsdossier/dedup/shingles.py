"""Shingles of a clean body: overlapping runs of words, blind to case, punctuation and wrapping."""

from __future__ import annotations

import re

#: Words per shingle.
SHINGLE_WORDS = 5
#: Characters per shingle for text written without spaces (CJK).
SHINGLE_CHARS = 5

_WORD = re.compile(r"\w+", re.UNICODE)
_SPACELESS = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def words(text: str) -> list[str]:
    """The case-folded words of ``text`` (punctuation, line breaks and spacing ignored)."""
    return [w.casefold() for w in _WORD.findall(text)]


def shingles(text: str) -> set[str]:
    """The set of shingles of ``text``: 5-word runs, or 5-character runs for CJK text."""
    if _mostly_spaceless(text):
        chars = "".join(_WORD.findall(text)).casefold()
        return {chars[i : i + SHINGLE_CHARS] for i in range(len(chars) - SHINGLE_CHARS + 1)}
    tokens = words(text)
    if len(tokens) < SHINGLE_WORDS:
        return {" ".join(tokens)} if tokens else set()
    return {" ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1)}


def _mostly_spaceless(text: str) -> bool:
    sample = text[:2000]
    cjk = len(_SPACELESS.findall(sample))
    return cjk > 0.3 * max(1, len(sample.replace(" ", "")))
