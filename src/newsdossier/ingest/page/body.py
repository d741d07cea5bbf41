"""The article body: trafilatura's balanced, precision and recall modes, chosen by evidence.

trafilatura's default output is the starting point. Its precision mode is taken when it
drops only page furniture: every prose paragraph (`is_prose`) of the default output is
still in it. Its recall mode is taken when it adds prose the default lost, and either the
page's JSON-LD ``articleBody`` says the article is longer than the default output, or the
default output is thin (fewer than ``THIN_PARAGRAPHS`` prose paragraphs). A body paragraph
is never given up for precision; recall is never taken for furniture alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

#: Fewer prose paragraphs than this, and a recall pass is worth trying.
THIN_PARAGRAPHS = 3
#: The default output is "short" when below this share of the JSON-LD body's words.
SHORT_SHARE = 0.9
#: A prose paragraph: this many words or more, ending as a sentence ends.
PROSE_WORDS = 8
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$")

Extract = Callable[[str], str]
"""Runs trafilatura in one mode (``"default"``, ``"precision"``, ``"recall"``) on the page."""


@dataclass(frozen=True, slots=True)
class Body:
    """The chosen body text and the mode it came from."""

    text: str
    mode: str


def is_prose(paragraph: str) -> bool:
    """Whether a paragraph is article prose: long enough and ending as a sentence does."""
    text = paragraph.strip()
    return len(text.split()) >= PROSE_WORDS and bool(_SENTENCE_END.search(text))


def _prose(text: str) -> list[str]:
    return [" ".join(p.split()) for p in text.split("\n") if is_prose(p)]


def _words(text: str) -> int:
    return len(text.split())


def choose_body(default: str, extract: Extract, *, structured_words: int = 0) -> Body:
    """The body from trafilatura's modes; ``extract(mode)`` runs one mode on the page and
    ``structured_words`` is the length of the page's JSON-LD ``articleBody`` (0: none)."""
    body = Body(default, "default")
    prose = set(_prose(default))
    short = structured_words > 0 and _words(default) < SHORT_SHARE * structured_words
    if short or len(prose) < THIN_PARAGRAPHS:
        recall = extract("recall")
        gained = [p for p in _prose(recall) if p not in prose]
        kept_all = prose <= set(_prose(recall))
        if gained and kept_all:
            body = Body(recall, "recall")
    if body.mode == "default" and prose:
        precision = extract("precision")
        if prose <= set(_prose(precision)) and _words(precision) < _words(default):
            body = Body(precision, "precision")
    return body
