"""The lines above the first body paragraph: date header, caption, byline, kicker, title,
deck."""

from __future__ import annotations

import re

from newsdossier.clean import outlet
from newsdossier.clean.boilerplate import classify, is_wrapped
from newsdossier.clean.byline import parse_byline
from newsdossier.clean.caption import parse_caption
from newsdossier.clean.dateline import parse_dateline
from newsdossier.clean.dates import find_full_dates
from newsdossier.clean.deck import reads_as_deck, take_deck
from newsdossier.clean.draft import Draft
from newsdossier.clean.fields import is_title_case, looks_like_headline, parse_kicker
from newsdossier.clean.markers import source_name
from newsdossier.clean.text import normalize_space, word_count

_DATE_HEADER = re.compile(r"^date[:\s]\s*(?P<date>\d{4}-\d{2}-\d{2})\b\s*", re.IGNORECASE)
_MAX_HEADER_LINES = 12
_SHORT_HEADLINE = 12
#: A headline written as a sentence is at most this long (ledes run longer).
_SHORT_FIRST_LINE = 16
_NEXT_PARAGRAPHS = 3
_LEDE_WORDS = 20


def read_header(draft: Draft, *, reader_title: str | None, latin: bool) -> int:
    """Take the header lines out of the body; the index of the first body line."""
    seen = 0
    for i in range(len(draft.lines)):
        if draft.blank[i]:
            continue
        if seen == 0:
            take_date_header(draft, i)
        seen += 1
        if not draft.lines[i]:
            draft.drop(i, boilerplate=False)
            continue
        if seen > _MAX_HEADER_LINES or not _take_line(draft, i, reader_title, latin=latin):
            return i
    return len(draft.lines)


def take_date_header(draft: Draft, i: int) -> None:
    """A leading ``date YYYY-MM-DD`` becomes the header date; the rest of its line stays."""
    m = _DATE_HEADER.match(draft.lines[i])
    if m and find_full_dates(m["date"]):
        draft.header_date = m["date"]
        draft.lines[i] = draft.lines[i][m.end() :].strip()


def _take_line(draft: Draft, i: int, reader_title: str | None, *, latin: bool) -> bool:
    line = draft.lines[i]
    if take_caption(draft, i) or take_byline(draft, i):
        return True
    dateline = parse_dateline(line, whole_line=True, lex=draft.lex)
    if dateline and draft.dateline is None:
        draft.dateline = dateline
        draft.drop(i, boilerplate=False)
        return True
    if _is_title(line, reader_title):
        draft.title = draft.title or line
        draft.drop(i, boilerplate=False)
        return True
    if _take_furniture(draft, i, latin=latin):
        return True
    if draft.kicker is None and _take_kicker(draft, i, reader_title):
        return True
    if take_deck(draft, i):
        return True
    if reader_title is None and draft.title is None and _is_first_headline(draft, i):
        draft.title = line
        draft.drop(i, boilerplate=False)
        return True
    return False


def _take_kicker(draft: Draft, i: int, reader_title: str | None) -> bool:
    """A kicker line; when it is the headline itself ("EXCLUSIVE: Saudis insist ..."),
    the line is the title and the label the kicker; when the text after the label reads
    as a deck ("SEA CHANGE: The minister said ..."), the label is the kicker and the text
    the deck."""
    kicker = None if is_wrapped(draft.lines, i) else parse_kicker(draft.lines[i])
    if kicker is None:
        return False
    label, rest = kicker
    headline = is_title_case(rest) or word_count(rest) <= _SHORT_HEADLINE
    if headline and reader_title is None and draft.title is None and _is_first_headline(draft, i):
        draft.title, draft.kicker = draft.lines[i], label
    elif draft.deck is None and reads_as_deck(rest):
        draft.kicker, draft.deck = label, rest
    else:
        draft.kicker = draft.lines[i]
    draft.drop(i, boilerplate=False)
    return True


def _is_title(line: str, reader_title: str | None) -> bool:
    return bool(reader_title) and normalize_space(line) == normalize_space(reader_title or "")


def take_caption(draft: Draft, i: int) -> bool:
    """A caption line (with its credit) anywhere becomes caption, never body."""
    caption = parse_caption(draft.lines[i])
    if caption is None:
        return False
    if caption.text:
        draft.captions.append(caption.text)
    draft.credits.append(caption.credit)
    if caption.outlet:
        draft.outlets.append((outlet.CREDIT, caption.outlet))
    draft.drop(i, boilerplate=False)
    return True


def take_byline(draft: Draft, i: int) -> bool:
    """A byline or reporting-credit line anywhere gives the authors, never body text."""
    byline = parse_byline(draft.lines[i])
    if byline is None:
        return False
    draft.authors.extend(a for a in byline.authors if a not in draft.authors)
    if byline.outlet:
        draft.outlets.append((outlet.BYLINE, byline.outlet))
    draft.drop(i, boilerplate=byline.credit)
    return True


def _take_furniture(draft: Draft, i: int, *, latin: bool) -> bool:
    line = draft.lines[i]
    kind = "sentence" if is_wrapped(draft.lines, i) else classify(line, latin_document=latin)
    if kind in ("title", "sentence"):
        return False
    if kind == "date":
        draft.page_dates.extend(h.iso() or "" for h in find_full_dates(line))
    note_outlet(draft, line)
    draft.drop(i, boilerplate=True)
    return True


def note_outlet(draft: Draft, line: str) -> None:
    """Record the outlet a source or copyright line names."""
    name = source_name(line)
    if name:
        draft.outlets.append((outlet.SOURCE_LINE, name))
        return
    holder = outlet.copyright_holder(line)
    if holder:
        draft.outlets.append((outlet.COPYRIGHT, holder))


def _is_first_headline(draft: Draft, i: int) -> bool:
    more_text = any(not draft.blank[j] for j in range(i + 1, len(draft.lines)))
    line = draft.lines[i]
    if (
        not more_text
        or is_wrapped(draft.lines, i)
        or parse_dateline(line, lex=draft.lex) is not None
    ):
        return False
    return looks_like_headline(line) or _is_short_first_paragraph(draft, i)


def _is_short_first_paragraph(draft: Draft, i: int) -> bool:
    """A sentence-case headline written with a full stop ("Poll finds voters split."): the
    first line of the text, a paragraph of its own, short, and one of the next
    `_NEXT_PARAGRAPHS` paragraphs (a deck or label may come first) is a lede: twice as
    long and at least `_LEDE_WORDS` words. Two short sentences are just text."""
    if any(draft.kept(j) for j in range(i)) or i + 1 >= len(draft.lines):
        return False
    if not draft.blank[i + 1] or word_count(draft.lines[i]) > _SHORT_FIRST_LINE:
        return False
    following = [j for j in range(i + 1, len(draft.lines)) if draft.kept(j)][:_NEXT_PARAGRAPHS]
    longest = max((word_count(draft.lines[j]) for j in following), default=0)
    return longest >= max(_LEDE_WORDS, 2 * word_count(draft.lines[i]))
