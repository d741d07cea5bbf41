"""Whether a temporal expression points to the past or the future of the article's date.

With a parse, the tense of the verb that governs the expression decides ("said Monday",
"will meet Monday", "is scheduled to visit next month"); without one, cue words in the
sentence do. The future verbs and auxiliaries are the lexicon's (`TimexWords`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from newsdossier.article import Token
from newsdossier.lang.lexicon import TimexWords

Tense = Literal["past", "future", "present"]

_FUTURE_CUES = re.compile(
    r"\b(?:will|shall|won't|\w+'ll|going to|scheduled to|expected to|plans? to|planning to|"
    r"set to|due to|slated to|is to|are to|intends? to|upcoming|next|would|could|might)\b",
    re.IGNORECASE,
)
_BOUNDARY = re.compile(r"(?<![.\s][a-zA-Z])[.!?][\"”’]?\s+(?=[A-Z\"“])|\n")
_PAST_CUES = re.compile(
    r"\b(?:was|were|had|did|said|told|ago|last|earlier|previously|yesterday)\b", re.IGNORECASE
)


#: Characters before a date in which a deadline word governs it ("deadline of the " is 16).
_DEADLINE_WINDOW = 20
#: Tokens either side of a verb searched for its auxiliaries (a verb's children sit close).
_CHILD_WINDOW = 12
#: Characters either side of an expression searched for tense cue words, cut at the
#: sentence boundary: a long news sentence.
_CUE_WINDOW = 200
#: How many clauses up (xcomp, ccomp, advcl) a non-finite verb borrows its tense from.
_MAX_CLAUSE_DEPTH = 3

#: Words before a date that make it a deadline or a start, usually still ahead.
_DEADLINE = re.compile(
    r"\b(?:until|till|by|effective|payable|starting|due|expires?|deadline of)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def tense_at(
    tokens: Sequence[Token], start: int, end: int, text: str, words: TimexWords
) -> Tense | None:
    """The tense governing the span ``start:end`` of ``text``: from the parse, else cue words.

    A deadline ("until Tuesday", "effective Feb. 1", "by January") leans to the future
    unless the verb is past, when no side is preferred.
    """
    found = _verb_or_cue_tense(tokens, start, end, text, words)
    if _DEADLINE.search(text, max(0, start - _DEADLINE_WINDOW), start):
        return None if found == "past" else "future"
    return found


def _verb_or_cue_tense(
    tokens: Sequence[Token], start: int, end: int, text: str, words: TimexWords
) -> Tense | None:
    if tokens:
        found = _parse_tense(tokens, start, end, words)
        if found is not None:
            return found
    return _cue_tense(text, start, end)


def _parse_tense(tokens: Sequence[Token], start: int, end: int, words: TimexWords) -> Tense | None:
    first = _token_index(tokens, start, end)
    if first is None:
        return None
    verb = _governing_verb(tokens, first)
    if verb is None:
        return None
    return _verb_tense(tokens, verb, words)


def _token_index(tokens: Sequence[Token], start: int, end: int) -> int | None:
    lo, hi = 0, len(tokens)
    while lo < hi:
        mid = (lo + hi) // 2
        if tokens[mid].end <= start:
            lo = mid + 1
        else:
            hi = mid
    if lo < len(tokens) and tokens[lo].start < end:
        return lo
    return None


#: A verb farther up the tree than this many steps does not decide the expression's tense.
MAX_HOPS = 3


def _governing_verb(tokens: Sequence[Token], index: int) -> int | None:
    for _ in range(MAX_HOPS):
        parent = _position(tokens, tokens[index].head)
        if parent == index or not 0 <= parent < len(tokens):
            return None
        index = parent
        if tokens[index].pos in ("VERB", "AUX"):
            return index
    return None


def _position(tokens: Sequence[Token], token_i: int) -> int:
    offset = tokens[0].i if tokens else 0
    return token_i - offset


def _children(tokens: Sequence[Token], index: int) -> list[Token]:
    head_i = tokens[index].i
    sent = tokens[index].sent
    lo, hi = max(0, index - _CHILD_WINDOW), min(len(tokens), index + _CHILD_WINDOW)
    return [t for t in tokens[lo:hi] if t.head == head_i and t.i != head_i and t.sent == sent]


def _verb_tense(
    tokens: Sequence[Token], index: int, words: TimexWords, depth: int = 0
) -> Tense | None:
    verb = tokens[index]
    aux = [t for t in _children(tokens, index) if t.dep in ("aux", "auxpass")]
    written = {t.text.lower() for t in aux}
    if written & words.future_auxiliaries or "going" in written:
        return "future"
    if verb.lemma in words.future_lemmas:
        return "future"
    if verb.tag in ("VBD",) or any(t.tag == "VBD" for t in aux):
        return "past"
    if verb.tag == "VBN" and not written & words.passive_be_forms:
        return "past"
    if (
        verb.tag in ("VB", "VBG", "VBN")
        and depth < _MAX_CLAUSE_DEPTH
        and verb.dep in ("xcomp", "ccomp", "advcl")
    ):
        parent = _position(tokens, verb.head)
        if 0 <= parent < len(tokens) and parent != index:
            return _verb_tense(tokens, parent, words, depth + 1)
    if verb.tag in ("VBZ", "VBP") or written & words.present_be_forms:
        return "present"
    return None


def _cue_tense(text: str, start: int, end: int) -> Tense | None:
    left = max(0, start - _CUE_WINDOW)
    for boundary in _BOUNDARY.finditer(text, left, start):
        left = boundary.end()
    after = _BOUNDARY.search(text, end, min(len(text), end + _CUE_WINDOW))
    right = after.start() if after else min(len(text), end + _CUE_WINDOW)
    sentence = text[left:start] + " " + text[end:right]
    if _FUTURE_CUES.search(sentence):
        return "future"
    if _PAST_CUES.search(sentence):
        return "past"
    return None
