"""Direct-quote spans in a text, with any quote marks, robust to broken input.

Marks recognised: straight ``"``, curly ``“ ”``, low-high ``„ “``, guillemets ``« »`` and
``‹ ›``, CJK corner brackets ``「 」`` and ``『 』``, and the two-character ASCII marks of
typewriter and TeX-style text (``''`` for both ends, or ``` `` ``` opening). Single quotes
are left alone (they are apostrophes far more often than quotes). Quotes are paired
within one paragraph; a quote still open at the end of a paragraph continues into the
next one when that paragraph opens with a quote mark (the newspaper convention for
multi-paragraph quotes), otherwise it is closed at the paragraph end with lower
confidence. Mixed or unmatched marks lower the
confidence of that quote only; nothing here raises on odd input.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Opening mark -> closing marks accepted for it.
PAIRS: dict[str, frozenset[str]] = {
    "“": frozenset({"”", "“"}),
    "„": frozenset({"“", "”"}),
    "«": frozenset({"»"}),
    "»": frozenset({"«"}),
    "‹": frozenset({"›"}),
    "「": frozenset({"」"}),
    "『": frozenset({"』"}),
    '"': frozenset({'"', "''"}),
    "''": frozenset({"''", '"'}),
    "``": frozenset({"''", '"'}),
}
CLOSERS: frozenset[str] = frozenset({"”", "»", "›", "」", "』"})
ALL_MARKS: frozenset[str] = frozenset(PAIRS) | CLOSERS
#: Marks that both open and close (which one is decided by the spacing around them).
_STRAIGHT: frozenset[str] = frozenset({'"', "''"})
#: Two-character marks, tried before the one-character ones.
_DOUBLE_MARKS: frozenset[str] = frozenset(m for m in ALL_MARKS if len(m) == 2)
#: Where a quote mark may start: the scan of a paragraph jumps from one to the next.
_MARK_START = re.compile("[" + re.escape("".join(sorted({m[0] for m in ALL_MARKS}))) + "]")

#: Confidence of a quote whose marks do not pair as expected.
MIXED_CONFIDENCE = 0.7
BROKEN_CONFIDENCE = 0.5


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """A quoted stretch: ``start``/``end`` include the marks, ``inner_*`` exclude them.

    ``continues`` is set on the part of a multi-paragraph quote that carries on from the
    paragraph before; ``runs_on`` on a part that carries on into the next paragraph.
    """

    start: int
    end: int
    inner_start: int
    inner_end: int
    confidence: float = 1.0
    continues: bool = False
    runs_on: bool = False

    @property
    def inner_length(self) -> int:
        """Number of characters between the marks."""
        return self.inner_end - self.inner_start


def is_quote_mark(text: str) -> bool:
    """Whether a token's ``text`` is only quote marks (apostrophes and backticks included,
    as typewriter text writes its quotes with them)."""
    return bool(text) and all(ch in ALL_MARKS or ch in "'`" for ch in text)


def find_quotes(text: str) -> list[QuoteSpan]:
    """Every quoted span of ``text``, in order; never raises on unbalanced marks."""
    spans: list[QuoteSpan] = []
    carry = False
    paragraphs = list(_paragraphs(text))
    for n, (start, end) in enumerate(paragraphs):
        next_opens = n + 1 < len(paragraphs) and _opens_with_mark(text, paragraphs[n + 1][0])
        found, carry = _scan_paragraph(text, start, end, carry, next_opens)
        spans.extend(found)
    return [s for s in spans if s.inner_length > 0 and text[s.inner_start : s.inner_end].strip()]


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


#: Characters (leading spaces included) a paragraph's opening quote mark is looked for in.
_MARK_LOOKAHEAD = 4


def _opens_with_mark(text: str, start: int) -> bool:
    stripped = text[start : start + _MARK_LOOKAHEAD].lstrip()
    return _mark_at(stripped, 0) in PAIRS


def _mark_at(text: str, pos: int) -> str:
    """The quote mark starting at ``pos`` ("" when none): two-character marks first."""
    pair = text[pos : pos + 2]
    if pair in _DOUBLE_MARKS:
        return pair
    ch = text[pos : pos + 1]
    return ch if ch in ALL_MARKS else ""


def _scan_paragraph(
    text: str, start: int, end: int, carry: bool, next_opens: bool
) -> tuple[list[QuoteSpan], bool]:
    """Pair marks inside one paragraph; return the spans and whether a quote runs on."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    open_mark = ""
    penalty = 1.0
    continues = False
    pos = start
    while pos < end:
        found = _MARK_START.search(text, pos, end)
        if found is None:
            break
        pos = found.start()
        ch = _mark_at(text, pos)
        if not ch or pos + len(ch) > end:
            pos += 1
            continue
        if open_at is None:
            if ch in PAIRS and (ch not in _STRAIGHT or _can_open(text, pos + len(ch), end)):
                open_at, open_mark, penalty = pos, ch, 1.0
                continues = carry and not spans and _only_space(text, start, pos)
            elif ch in CLOSERS:
                # A closer with no opener: quote from the paragraph start, low confidence.
                spans.append(_span(start, pos, BROKEN_CONFIDENCE, text, opened=False))
        elif ch in PAIRS[open_mark]:
            spans.append(
                _span(open_at, pos, penalty, text, continues=continues, marks=(open_mark, ch))
            )
            open_at = None
        elif ch in CLOSERS or ch in _STRAIGHT:
            spans.append(
                _span(
                    open_at, pos, MIXED_CONFIDENCE, text, continues=continues, marks=(open_mark, ch)
                )
            )
            open_at = None
        else:
            penalty = MIXED_CONFIDENCE
        pos += len(ch)
    if open_at is None:
        return spans, False
    conf = penalty if next_opens else BROKEN_CONFIDENCE
    last = _span(open_at, end, conf, text, continues=continues, closed=False, marks=(open_mark, ""))
    spans.append(
        QuoteSpan(
            last.start,
            last.end,
            last.inner_start,
            last.inner_end,
            last.confidence,
            last.continues,
            runs_on=next_opens,
        )
    )
    return spans, next_opens


def _can_open(text: str, after: int, end: int) -> bool:
    """A straight quote opens when followed (at ``after``) by a non-space character."""
    return after < end and not text[after].isspace()


def _only_space(text: str, start: int, pos: int) -> bool:
    return not text[start:pos].strip()


def _span(
    open_at: int,
    close_at: int,
    confidence: float,
    text: str,
    *,
    continues: bool = False,
    opened: bool = True,
    closed: bool = True,
    marks: tuple[str, str] = ("", ""),
) -> QuoteSpan:
    """The quote from the mark at ``open_at`` to the mark at ``close_at``; ``marks`` are the
    opening and closing marks as written (one character each when not given)."""
    opening, closing = (len(m) or 1 for m in marks)
    inner_start = open_at + opening if opened else open_at
    while inner_start < close_at and text[inner_start].isspace():
        inner_start += 1
    inner_end = close_at
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    end = close_at + closing if closed else inner_end
    return QuoteSpan(open_at, end, inner_start, inner_end, confidence, continues)
