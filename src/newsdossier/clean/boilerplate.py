"""Which lines are page furniture rather than article: classification and trailing blocks.

A line is judged by its shape (length, sentence ending, script), by markers that
dominate it, and by its position: the end of an extracted page is where lists of other
headlines, timestamps, section labels, app promotions and copyright lines gather.
A full sentence is kept unless a marker is nearly all there is of it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Literal

from newsdossier.clean import markers
from newsdossier.clean.dates import find_full_dates, is_date_line
from newsdossier.clean.text import cjk_ratio, ends_sentence, word_count, words

Kind = Literal[
    "blank", "date", "section", "marker", "foreign", "source", "copyright", "title", "sentence"
]
#: Kinds removed wherever they appear.
ANYWHERE = frozenset({"marker", "foreign", "source", "copyright"})
#: Kinds that show a trailing block is page furniture.
STRONG = frozenset({"date", "section", "marker", "foreign", "source", "copyright"})
_BREADCRUMB = re.compile(r"^\s*\w[\w &'’]{0,25}(?:\s*[>›»/|]\s*\w[\w &'’]{0,25}){2,}\s*$")
#: "9:05 a.m." ends a timestamp, not a sentence.
_MERIDIEM_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_MIN_TITLE_RUN = 4
_MAX_FURNITURE_WORDS = 25
#: Below this many words of prose, a long tail is not judged to outweigh the article.
_MIN_ARTICLE_WORDS = 60


def classify(line: str, *, latin_document: bool) -> Kind:
    """The kind of one stripped line; ``latin_document`` says the article is in Latin script."""
    if not line.strip():
        return "blank"
    n = word_count(line)
    if n > _MAX_FURNITURE_WORDS:
        return "sentence"  # no navigation, promotion or date line is this long
    if markers.source_name(line):
        return "source"
    if markers.is_copyright(line):
        return "copyright"
    if n <= 12 and is_date_line(line) and not _MERIDIEM_END.sub("", line).endswith("."):
        return "date"  # "Friday, December 4, 2015." is written as a sentence: keep it
    if markers.is_section_marker(line):
        return "section"
    if latin_document and len(line) <= 120 and cjk_ratio(line) >= 0.4:
        return "foreign"
    if n <= 12 and is_marker_line(line):
        return "marker"
    if n <= 20 and not ends_sentence(line):
        return "title"
    return "sentence"


def is_marker_line(line: str) -> bool:
    """A navigation, share or promotion line: a marker dominates it, or opens a short fragment.

    "Read more: Japan's new defence plan" and "Share this article" are; "Voters who read
    more news trust less." is not, nor is any full sentence where the marker is a detail.
    """
    n = word_count(line)
    if n > 12:
        return False
    if _BREADCRUMB.match(line) or markers.is_contact(line):
        return True
    if not markers.has_marker(line):
        return False
    share = markers.marker_share(line)
    if n <= 4 and share >= 0.6:
        return True
    if ends_sentence(line) and not line.rstrip().endswith(("...", "…")):
        return False
    if n >= 4 and line.rstrip().endswith((":", "：")):
        return False  # "Watch the full interview below:" introduces what follows
    return share >= 0.5 or markers.starts_with_marker(line)


def is_wrapped(lines: Sequence[str], i: int) -> bool:
    """Whether line ``i`` is part of a hard-wrapped paragraph: the line before it runs on
    into it, or it runs on into the next (no sentence end, next line in lower case)."""

    def runs_on(a: int) -> bool:
        b = a + 1
        if a < 0 or b >= len(lines) or not lines[a] or not lines[b]:
            return False
        return not ends_sentence(lines[a]) and lines[b][0].islower()

    return runs_on(i - 1) or runs_on(i)


def trailing_block(lines: Sequence[str], kinds: Sequence[Kind], start: int) -> list[int]:
    """Indices (from ``start`` on) of the page-furniture block at the end of the text.

    The block is the longest tail made only of non-sentence lines (a short line just above
    a timestamp counts as a headline even if punctuated). Lines from the first strong line
    (date, section, marker, foreign, source, copyright) down are removed, plus headlines
    paired with a timestamp; a tail of headline-like lines alone goes only when it is long.
    """
    tail = _tail(lines, kinds, start)
    if _outweighs_article(lines, kinds, tail, start):
        return [i for i in tail if kinds[i] in ANYWHERE or kinds[i] == "date"]
    strong = [i for i in tail if kinds[i] in STRONG or _dated_headline(lines[i], kinds[i])]
    if not strong:
        titles = [i for i in tail if kinds[i] == "title" and _headline_shaped(lines[i])]
        long_run = len(titles) >= _MIN_TITLE_RUN and len(titles) == _count_text(tail, kinds)
        return titles if long_run else []
    first = strong[0]
    removed = [i for i in tail if i >= first and kinds[i] != "blank"]
    above = [i for i in tail if i < first and kinds[i] != "blank"]
    if sum(1 for i in tail if kinds[i] == "date") >= 2:  # a list of dated headlines
        removed += [i for i in above if _next_text_kind(i, tail, kinds) == "date"]
    return sorted(removed)


def _outweighs_article(
    lines: Sequence[str], kinds: Sequence[Kind], tail: list[int], start: int
) -> bool:
    """Whether the tail holds more words than all the prose above it: then it is the
    article's own list (nominees, results, a timeline), not furniture around a story."""
    first = tail[0] if tail else len(lines)
    above = sum(word_count(lines[i]) for i in range(start, first) if kinds[i] == "sentence")
    return sum(word_count(lines[i]) for i in tail) > max(above, _MIN_ARTICLE_WORDS)


def _dated_headline(line: str, kind: Kind) -> bool:
    """A headline line that ends with its own full date ("Bridge plan shelved - March 12,
    2023"): the shape of a related-articles list, never of article prose."""
    if kind != "title":
        return False
    hits = find_full_dates(line)
    return bool(hits) and not line[hits[-1].end :].strip(" )]")


def _tail(lines: Sequence[str], kinds: Sequence[Kind], start: int) -> list[int]:
    tail: list[int] = []
    below: Kind | None = None
    for i in range(len(lines) - 1, start - 1, -1):
        kind = kinds[i]
        headline_over_date = (
            below == "date" and word_count(lines[i]) <= 20 and not lines[i].endswith(".")
        )
        if kind == "sentence" and not headline_over_date:
            break
        tail.append(i)
        if kind != "blank":
            below = kind
    return sorted(tail)


def _next_text_kind(i: int, tail: list[int], kinds: Sequence[Kind]) -> Kind | None:
    for j in tail:
        if j > i and kinds[j] != "blank":
            return kinds[j]
    return None


def _count_text(tail: list[int], kinds: Sequence[Kind]) -> int:
    return sum(1 for i in tail if kinds[i] != "blank")


def _headline_shaped(line: str) -> bool:
    n = len(words(line))
    return 3 <= n <= 16 and line.lstrip()[:1].isupper()
