"""Names the text defines itself: "Name (ACRONYM)", "Name (漢字)", and treaty/law names.

The length limits below were set by hand when the rules were written (commit 9ed4be4),
as bounds on how far a definition reaches; ``tests/entities/test_entities_definitions.py``
pins the spans they give.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.places import country_named, country_of_demonym
from newsdossier.lang.text import is_acronym, is_capitalized, is_cjk

#: Longest text inside brackets that is looked at (acronyms and CJK names are shorter).
_MAX_BRACKETED = 60
#: Longest acronym, in characters, dots included.
_MAX_ACRONYM = 12
#: Most words of the name a bracketed CJK name follows, titles included ("Premier Cho
#: Jung-tai (卓榮泰)"); the titles are then cut off.
_MAX_GLOSSED_WORDS = 6
#: Most words, connectors included, of the name an acronym abbreviates.
_MAX_EXPANSION_WORDS = 12
#: Characters before a bracket searched for the name it defines.
_LOOKBACK = 300
_BRACKET = re.compile(rf"[ \t\u3000]*[(（]\s*([^()（）\n]{{1,{_MAX_BRACKETED}}}?)\s*[)）]")
_WORD = re.compile(r"[^\s()（）\[\]{}\"“”,;:!?]+")
_NAME_WORD = re.compile(r"^[A-Z][\w.&'’-]*$|^[A-Z]\.$")
#: Day and month names end a law name's complement ("Agreement on Thursday").
_CALENDAR = frozenset([*calendar.day_name, *calendar.month_name, *calendar.month_abbr]) - {""}
_YEARISH = re.compile(r"^\d{4}$")
_ABBREVIATION = re.compile(r"^(?:[A-Z]\.)+$|^[A-Z][a-z]{0,3}\.$")


#: What a bracket defines: an acronym ("(MOEA)") or a name in CJK script ("(卓榮泰)").
DefinitionKind = Literal["acronym", "cjk"]


@dataclass(frozen=True, slots=True)
class Definition:
    """A bracketed alias: the long name's span, the short form's span, and its kind."""

    kind: DefinitionKind
    long_start: int
    long_end: int
    short_start: int
    short_end: int


def bracket_definitions(text: str, lex: Lexicon) -> list[Definition]:
    """Acronyms and CJK names given in brackets right after a name, with ``lex``'s words."""
    out = []
    for match in _BRACKET.finditer(text):
        inner = match.group(1)
        s_start, s_end = match.start(1), match.end(1)
        if is_cjk(inner):
            span = _preceding_name(text, match.start(), _MAX_GLOSSED_WORDS, lex)
            if span:
                out.append(Definition("cjk", span[0], span[1], s_start, s_end))
        elif is_acronym(inner) and len(inner) <= _MAX_ACRONYM:
            span = _expansion(text, match.start(), inner, lex)
            if span:
                out.append(Definition("acronym", span[0], span[1], s_start, s_end))
    return out


def _name_words_before(text: str, end: int, max_words: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The capitalised words (and connectors between them) ending at ``end``, in order."""
    spans = [(m.start(), m.end()) for m in _WORD.finditer(text, max(0, end - _LOOKBACK), end)]
    spans = [s for s in spans if s[1] <= end]
    picked: list[tuple[int, int]] = []
    for start, stop in reversed(spans):
        word = text[start:stop]
        if text[stop:end].strip(" \t’'s") and picked == [] and stop != end:
            break
        if _NAME_WORD.match(word) or (picked and word.lower() in lex.name_connectors):
            picked.insert(0, (start, stop))
            if len(picked) >= max_words:
                break
        else:
            break
    while picked and text[picked[0][0] : picked[0][1]].lower() in lex.name_connectors:
        picked.pop(0)
    return picked


def _preceding_name(text: str, end: int, max_words: int, lex: Lexicon) -> tuple[int, int] | None:
    """The name before ``end`` without the titles and demonyms in front of it."""
    picked = _name_words_before(text, end, max_words, lex)
    titles = [n for n, (s, e) in enumerate(picked[:-1]) if lex.is_title_word(text[s:e])]
    if titles:
        picked = picked[titles[-1] + 1 :]
    while len(picked) > 1:
        word = text[picked[0][0] : picked[0][1]]
        low = word.lower().rstrip(".")
        if not (
            lex.is_title_word(word)
            or low in lex.title_modifiers
            or low in lex.honorifics
            or country_of_demonym(word)
            or country_named(word, allow_codes=True)
        ):
            break
        picked.pop(0)
    return (picked[0][0], picked[-1][1]) if picked else None


def _expansion(text: str, end: int, acronym: str, lex: Lexicon) -> tuple[int, int] | None:
    """The shortest run of name words before ``end`` whose initials spell ``acronym``."""
    picked = _name_words_before(text, end, _MAX_EXPANSION_WORDS, lex)
    letters = acronym.replace(".", "").replace("&", "").replace("-", "").upper()
    for first in range(len(picked) - 1, -1, -1):
        words = [text[s:e] for s, e in picked[first:]]
        if words[0].lower() in lex.name_connectors:
            continue
        if _spells(words, letters):
            return picked[first][0], picked[-1][1]
    return None


def _spells(words: list[str], letters: str) -> bool:
    """Whether the letters match word initials in order (every name word used or skipped)."""
    parts = [p for w in words for p in re.split(r"[-–]", w) if p]
    if not parts or parts[0][0].upper() != letters[0]:
        return False
    initials = [p[0].upper() for p in parts]
    pos = 0
    for letter in letters:
        while pos < len(initials) and initials[pos] != letter:
            pos += 1
        if pos == len(initials):
            return _spells_inside(" ".join(words), letters) if len(parts) == 1 else False
        pos += 1
    capitals = sum(1 for p in parts if p[0].isupper())
    return len(letters) >= max(2, capitals // 2)


def _spells_inside(word: str, letters: str) -> bool:
    """One-word names whose acronym takes letters from inside the word (Kuomintang, KMT)."""
    pos = 0
    low = word.upper()
    for letter in letters:
        pos = low.find(letter, pos)
        if pos < 0:
            return False
        pos += 1
    return True


def law_names(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of names of treaties, agreements and acts ("U.S.-Japan Security Treaty")."""
    heads = _capitalized_heads(lex.law_heads)
    if heads is not None and not heads.search(text):
        return []  # no capitalised law word: nothing below could start a name
    found = []
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    for index, (start, end) in enumerate(words):
        word = text[start:end].rstrip(".’'")
        if word.lower() not in lex.law_heads or not is_capitalized(word):
            continue
        tail = _law_tail(text, words, index, lex)
        first = _law_start(text, words, index, lex)
        nxt = index + 1
        if tail == index and nxt < len(words) and _continues(text, words[index], words[nxt]):
            continue
        name_words = {text[a:b].lower() for a, b in words[first:index]}
        if word.lower() == "convention" and tail == index and name_words & lex.gatherings:
            continue  # "Republican National Convention" is a meeting, not a treaty
        if tail > index:
            end = words[tail][1]
        if first < index or tail > index:
            found.append((words[first][0], end if text[end - 1] != "." else end - 1))
    return [s for s in found if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in found)]


@lru_cache(maxsize=8)
def _capitalized_heads(heads: frozenset[str]) -> re.Pattern[str] | None:
    """A pattern found in every text holding one of ``heads`` written capitalised, as
    `law_names` needs a head (``word.lower() in heads`` and `is_capitalized`): its first
    letter upper case, the rest in any case. Most texts hold none, and are not split
    into words at all (the 1,000 texts of 200 articles: 0.031 -> 0.006 s). None when
    a head is not plain ASCII letters, where lower and upper case are less simple."""
    if not heads or not all(h.isascii() and h.isalpha() for h in heads):
        return None
    # "K" also lowers to "k" (the Kelvin sign): a head starting with k keeps it too.
    first = {h: re.escape(h[0].upper()) + ("\u212a" if h[0] == "k" else "") for h in heads}
    return re.compile("|".join(f"[{first[h]}](?i:{re.escape(h[1:])})" for h in sorted(heads)))


def _law_tail(text: str, words: list[tuple[int, int]], head: int, lex: Lexicon) -> int:
    """Index of the last word of "Convention on Biological Diversity" after its head."""
    last = head
    pos = head + 1
    if pos >= len(words) or text[words[pos][0] : words[pos][1]] not in ("on", "of", "for"):
        return head
    while pos < len(words):
        gap = text[words[pos - 1][1] : words[pos][0]]
        word = text[words[pos][0] : words[pos][1]]
        if not gap.isspace() or "\n" in gap:
            break
        if word.rstrip(".,;:") in _CALENDAR:
            break
        if _NAME_WORD.match(word) and not _YEARISH.match(word):
            last = pos
        elif word.lower() not in lex.name_connectors:
            break
        if word[-1] in ".,;:":
            break
        pos += 1
    return last


def _continues(text: str, head: tuple[int, int], after: tuple[int, int]) -> bool:
    """ "Treaty Organization": the name goes on past the law word, so it names no law."""
    gap = text[head[1] : after[0]]
    if text[head[1] - 1] in ".’'":
        return False
    return (
        gap.isspace()
        and "\n" not in gap
        and _NAME_WORD.match(text[after[0] : after[1]]) is not None
    )


def _law_start(text: str, words: list[tuple[int, int]], head: int, lex: Lexicon) -> int:
    first = head
    pos = head - 1
    while pos >= 0:
        word = text[words[pos][0] : words[pos][1]]
        gap = text[words[pos][1] : words[pos + 1][0]]
        if gap.strip() or (word.endswith(".") and not _ABBREVIATION.match(word)):
            break
        if word.endswith(("’s", "'s", "s’", "s'")):
            break  # "Obama's Affordable Care Act": the owner is not part of the name
        if is_capitalized(word) and not _YEARISH.match(word):
            first = pos
        elif word.lower() not in lex.name_connectors or word.lower() == "the":
            break
        pos -= 1
    while first < head and text[words[first][0] : words[first][1]].lower() in lex.stop_words:
        first += 1
    return _cut_at_country_and(text, words, first, head)


def _cut_at_country_and(text: str, words: list[tuple[int, int]], first: int, head: int) -> int:
    """ "Japan and the Paris Agreement" is two names: start after a leading "<country> and"."""
    for pos in range(first, head):
        if text[words[pos][0] : words[pos][1]].lower() == "and":
            before = text[words[first][0] : words[pos - 1][1]] if pos > first else ""
            if before and country_named(before):
                return pos + 1
    return first
