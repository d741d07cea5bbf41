"""Guards against false positives: words and numbers that look like time but are not.

"May" the modal, "March" the verb or a surname, "Sunday" in a newspaper's name, a year
that is a count ("2000 soldiers") or an amount ("$2024"), "1960s" as an age or a
temperature. Each guard looks at the candidate, the text around it and (if present) the
parse. The words that decide (what may stand before a month, which month names are also
ordinary words...) are the lexicon's `TimexWords`.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from newsdossier.article import Token
from newsdossier.lang.lexicon import TimexWords
from newsdossier.timex.rule import Candidate

_NAME_ENTITIES = frozenset(
    {"PERSON", "ORG", "WORK_OF_ART", "FAC", "PRODUCT", "GPE", "NORP", "LOC", "EVENT"}
)
_COUNT_ENTITIES = frozenset({"CARDINAL", "MONEY", "QUANTITY", "PERCENT", "FAC", "PRODUCT"})
_TITLE_WORDS = re.compile(
    r"\s+(?:Times|Telegraph|Express|Mirror|Herald|Mail|Independent|Post|Star|Tribune|Sport|"
    r"People|Night Live|Observer|Journal|Edition|Show|Service|School)\b"
)
_NUMBER_PREFIX = re.compile(
    r"(?:\bNo\.?|\bnumber|#|\bRoom|\broute|\bRoute|\bflight|\bFlight|\bpage|\bp\.|\bpp\.|"
    r"\bArticle|\bSection|\bResolution|\bunit|\bUnit|\bmodel|\bModel|\bHighway|\bversion)\s*$",
    re.IGNORECASE,
)
_DECADE_AGE = re.compile(
    r"(?:\b(?:his|her|their|its|my|your|our|low|high|upper|lower|mid)\s+)$", re.IGNORECASE
)
#: Characters looked at before a number for a word that makes it a count or a label ("No.",
#: "Room", "his"): the longest such word with its spacing ("Resolution ") fits in 12.
_PREFIX_WINDOW = 12
#: Characters looked at for the word before or after a candidate: longer than any English
#: word plus spacing (30), short enough to stay in the same clause.
_WORD_WINDOW = 30
#: Characters after "May 5" in which "percent", "people" or "times" marks a count.
_COUNT_WORD_WINDOW = 12


def accept(cand: Candidate, text: str, tokens: Sequence[Token], words: TimexWords) -> bool:
    """True unless a guard says the candidate is not a temporal expression."""
    rule = cand.name
    if rule == "month":
        return _month_ok(cand, text, tokens, words)
    if rule in ("weekday", "weekday_set"):
        return _weekday_ok(cand, text, tokens)
    if rule == "year":
        return _year_ok(cand, text, tokens, words)
    if rule == "decade":
        return not _DECADE_AGE.search(text[max(0, cand.start - _PREFIX_WINDOW) : cand.start])
    if rule == "season":
        return _season_ok(cand, text, words)
    if rule in ("md", "dm"):
        return _month_day_ok(cand, text, tokens)
    if rule == "set_word":
        inside = _tokens_in(tokens, cand.start, cand.end)
        return not inside or inside[0].pos == "ADV" or _followed_by_basis(text, cand.end)
    if rule in ("deictic", "part_rel"):
        return not _named(tokens, cand.start, cand.end) and not _title_case_name(text, cand)
    if rule == "ref":
        return _ref_ok(cand, text, words)
    return True


def _previous_word(text: str, start: int) -> str:
    words = re.findall(r"[\w-]+", text[max(0, start - _WORD_WINDOW) : start])
    return words[-1].lower() if words else ""


def _tokens_in(tokens: Sequence[Token], start: int, end: int) -> list[Token]:
    first = bisect.bisect_right(tokens, start, key=lambda t: t.end)
    found = []
    for token in tokens[first:]:
        if token.start >= end:
            break
        found.append(token)
    return found


def _token_after(tokens: Sequence[Token], end: int) -> Token | None:
    index = bisect.bisect_left(tokens, end, key=lambda t: t.start)
    return tokens[index] if index < len(tokens) else None


def _named(tokens: Sequence[Token], start: int, end: int) -> bool:
    inside = _tokens_in(tokens, start, end)
    return bool(inside) and all(t.ent_type in _NAME_ENTITIES for t in inside)


def _month_ok(cand: Candidate, text: str, tokens: Sequence[Token], words: TimexWords) -> bool:
    m = cand.match
    if m["mod"] or m["pre"] or m["rel"]:
        return True
    start, end = m.span("mon")
    word = m["mon"].lower()
    if _named(tokens, start, end) or any(
        t.pos in ("VERB", "AUX") for t in _tokens_in(tokens, start, end)
    ):
        return False
    if _previous_word(text, start) in words.month_context_words:
        return True
    return word not in words.ambiguous_months and not _starts_sentence(text, start)


def _starts_sentence(text: str, start: int) -> bool:
    before = text[max(0, start - 3) : start].strip()
    return start == 0 or before == "" or before[-1] in '.!?"“'


def _weekday_ok(cand: Candidate, text: str, tokens: Sequence[Token]) -> bool:
    if _TITLE_WORDS.match(text, cand.end):
        return False
    start, end = (
        cand.match.span("wd") if cand.match.groupdict().get("wd") else (cand.start, cand.end)
    )
    inside = _tokens_in(tokens, start, end)
    return not (
        inside and all(t.ent_type in ("ORG", "WORK_OF_ART", "PERSON", "FAC") for t in inside)
    )


def _year_ok(cand: Candidate, text: str, tokens: Sequence[Token], words: TimexWords) -> bool:
    if cand.match["mod"] or cand.match["fiscal"]:
        return True
    if _NUMBER_PREFIX.search(text[max(0, cand.start - _PREFIX_WINDOW) : cand.start]):
        return False
    follow = re.match(r"\s*([\w-]+)", text[cand.end : cand.end + _WORD_WINDOW])
    if follow and follow.group(1).lower() in words.count_units:
        return False
    start, end = cand.match.span("year")
    inside = _tokens_in(tokens, start, end)
    if inside and inside[0].ent_type in _COUNT_ENTITIES:
        return False
    after = _token_after(tokens, end)
    counts_things = bool(inside) and after is not None and after.tag == "NNS"
    return not (counts_things and after is not None and after.sent == inside[0].sent)


def _season_ok(cand: Candidate, text: str, words: TimexWords) -> bool:
    m = cand.match
    if m["pre"] or m["year"]:
        return True
    return _previous_word(text, cand.start) in words.season_context_words


def _month_day_ok(cand: Candidate, text: str, tokens: Sequence[Token]) -> bool:
    m = cand.match
    if m["mon"].lower().startswith("may") and m.group().startswith(m["mon"]):
        follow = text[cand.end : cand.end + _COUNT_WORD_WINDOW]
        if re.match(r"\s*(?:percent|per cent|%|people|times)", follow):
            return False
    return True


def _title_case_name(text: str, cand: Candidate) -> bool:
    """``USA Today``: a capitalized deictic word right after a capitalized word."""
    word = text[cand.start : cand.end]
    before = re.search(r"([A-Z][\w.&]*)\s+$", text[max(0, cand.start - _WORD_WINDOW) : cand.start])
    return word[:1].isupper() and before is not None and not _starts_sentence(text, cand.start)


def _followed_by_basis(text: str, end: int) -> bool:
    return re.match(r"\s+basis\b", text[end : end + 8]) is not None


def _ref_ok(cand: Candidate, text: str, words: TimexWords) -> bool:
    word = cand.match["w"].lower()
    if word.startswith("the") and word.endswith("past"):
        nxt = re.match(r"\s+(\w+)", text[cand.end : cand.end + 20])
        return not (
            nxt
            and nxt.group(1).isalpha()
            and nxt.group(1).islower()
            and nxt.group(1) not in words.words_after_the_past
        )
    return True
