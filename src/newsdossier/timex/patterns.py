"""The surface patterns of English temporal expressions, in the spirit of HeidelTime's rules.

Each rule is a name and a regular expression; `find_candidates` runs them all and keeps
the longest non-overlapping matches. Month and weekday names are matched case-sensitively
(so "may" the modal and "march" the verb never start a match); everything else ignores case.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsdossier.timex.holidays import HOLIDAY_PATTERN
from newsdossier.timex.lexicon import (
    FUZZY,
    MONTH_ANY,
    MONTH_FULL,
    NUMBER,
    ORDINALS,
    PERIOD_MOD,
    UNIT_WORDS,
    WEEKDAY_ANY,
    WEEKDAY_FULL,
)

_M = rf"(?-i:{MONTH_ANY})"
_MF = rf"(?-i:{MONTH_FULL})"
_WD = rf"(?-i:{WEEKDAY_FULL})"
_WDA = rf"(?-i:{WEEKDAY_ANY})"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:1[0-9]\d\d|20\d\d)"
_PART = r"(?:morning|afternoon|evening|night)"
_ORD = "|".join(sorted(ORDINALS, key=len, reverse=True))
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS_W = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES_W = "one|two|three|four|five|six|seven|eight|nine"
_YEAR_WORDS = (
    rf"(?:nineteen|eighteen)[\s-]+(?:hundred|{_TEENS}|(?:{_TENS_W})(?:[\s-](?:{_ONES_W}))?"
    rf"|oh[\s-](?:{_ONES_W}))|two\s+thousand(?:\s+(?:and\s+)?(?:{_ONES_W}|{_TEENS}|{_TENS_W}))?"
    rf"|twenty[\s-](?:{_TEENS}|(?:{_TENS_W})(?:[\s-](?:{_ONES_W}))?)"
)
_REL_YEAR = r"(?P<rel>last|this|next)\s+year"
_AT_END = r"(?=\s*(?:[,.;:!?)\"”’]|--|—|$))"
_TZ = r"(?-i:GMT|UTC|[ECMP][SD]T|BST|CES?T|JST|KST|HKT|IST|AE[SD]T|SGT)"
_BEFORE = r"(?<![\w$€£¥#@&.,:/-])"

_RULES: dict[str, str] = {
    "iso": rf"(?P<y>{_YEAR})-(?P<m>0[1-9]|1[0-2])-(?P<d>[0-2]\d|3[01])"
    r"(?:T(?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::\d\d)?)?",
    "slash": r"(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})",
    "mdy": rf"(?:(?P<wd>{_WDA}),?\s+)?(?P<mon>{_M})\s+(?P<day>{_DAY}),?\s+(?P<year>{_YEAR})",
    "dmy": rf"(?:(?P<wd>{_WDA}),?\s+)?(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_M}),?\s+"
    rf"(?P<year>{_YEAR})",
    "md": rf"(?:(?P<wd>{_WDA}),?\s+)?(?P<mon>{_M})\s+(?P<day>{_DAY})(?![\d,.]\d|:\d)"
    rf"(?:,?\s+{_REL_YEAR})?",
    "dm": rf"(?:(?P<wd>{_WDA}),?\s+)?(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_M})",
    "md_range": rf"(?P<mon>{_M})\s+(?P<d1>{_DAY})\s*(?:-|–|—|to|through|and)\s*(?P<d2>{_DAY})"
    rf"(?:,?\s+(?P<year>{_YEAR}))?",
    "month_year": rf"(?:(?P<mod>{PERIOD_MOD})[\s-]+)?(?P<mon>{_M}),?\s+(?:of\s+)?"
    rf"(?P<year>{_YEAR})",
    "month": rf"(?:(?P<mod>{PERIOD_MOD}|earlier|later)[\s-]+(?:in\s+)?)?"
    r"(?:(?P<pre>last|next|this|this past|this coming|past|coming)\s+)?"
    rf"(?P<mon>{_MF})(?:,?\s+(?:of\s+)?{_REL_YEAR})?",
    "year": rf"(?:(?P<mod>{PERIOD_MOD})[\s-]+)?(?:(?P<fiscal>fiscal(?:\s+year)?)\s+)?"
    rf"(?P<year>{_YEAR})(?![%]|[.,]\d|-\d|\s*(?:percent|per cent)\b)",
    "year_range": rf"(?P<y1>{_YEAR})\s*[-–—]\s*(?P<y2>{_YEAR}|\d\d)(?!\d)",
    "decade": rf"(?:the\s+)?(?:(?P<mod>{PERIOD_MOD})[\s-]+)?(?:(?P<y>1\d\d0|20\d0)'?s|"
    r"['’](?P<yy>\d0)s)",
    "decade_word": r"the\s+(?:(?P<mod>early|mid|late)[\s-]+)?(?P<dw>twenties|thirties|forties|"
    r"fifties|sixties|seventies|eighties|nineties)",
    "spelled_year": rf"(?:(?P<mon>{_MF})\s+)?(?:the\s+year\s+)?(?P<yw>{_YEAR_WORDS})",
    "year_end": r"(?:the\s+)?(?:fiscal\s+)?(?:year[-\s]end|year's\s+end)",
    "period": r"the\s+(?:(?:latest|most\s+recent|same|comparable|current)\s+)?period",
    "holiday": rf"(?:(?P<pre>last|next|this)\s+)?(?P<h>(?-i:{HOLIDAY_PATTERN}))"
    rf"(?:\s+(?P<week>week))?(?:,?\s+(?P<year>{_YEAR}))?",
    "century": rf"(?:the\s+)?(?:(?P<mod>{PERIOD_MOD})[\s-]+)?"
    rf"(?P<n>\d{{1,2}}(?:st|nd|rd|th)|{_ORD})[\s-]+century",
    "quarter": r"(?:(?P<prel>last|this|next)\s+year's\s+|the\s+(?!(?:first|second|third|fourth|"
    r"1st|2nd|3rd|4th)-))?(?:(?P<fiscal>fiscal)[\s-]+)?(?P<ord>first|second|third|fourth|1st|"
    r"2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter(?:\s+(?:of\s+)?(?:(?P<year>"
    rf"{_YEAR})|{_REL_YEAR}))?",
    "quarter_year": rf"(?:the\s+)?(?P<year>{_YEAR})\s+(?:(?P<ord>first|second|third|fourth)\s+)?"
    r"(?P<unit>quarter|period|half)",
    "year_ago_adj": r"(?:the\s+)?(?:(?:comparable|corresponding|same)\s+)?(?P<w>year-earlier|"
    r"year-ago|year\s+earlier|prior-year|previous-year)(?:\s+(?P<ord>first|second|third|fourth)"
    r")?(?:\s+(?P<unit>quarter|period|nine months|six months|half|month|week))?",
    "qcode": rf"(?-i:Q(?P<q>[1-4]))\s+(?P<year>{_YEAR})",
    "half": r"(?:the\s+)?(?P<ord>first|second|latter|last)\s+half\s+of\s+(?:(?P<year>"
    rf"{_YEAR})|{_REL_YEAR}|the\s+year)",
    "season": r"(?:(?P<pre>last|this|next|this past|this coming|the|early|late|mid|the early|"
    r"the late)[\s-]+)?(?P<s>spring|summer|fall|autumn|winter)"
    rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR}))?",
    "deictic": rf"(?:(?P<mod>early|late|earlier|later)\s+)?(?P<w>yesterday|today|tomorrow|"
    rf"tonight)(?:\s+(?P<part>{_PART}))?",
    "deictic2": r"the\s+day\s+(?P<w>before\s+yesterday|after\s+tomorrow)",
    "part_rel": rf"(?P<rel>this|last|tomorrow|yesterday)\s+(?P<part>{_PART})",
    "weekday": r"(?:(?P<pre>last|next|this|this past|this coming|coming|past|previous|"
    r"the previous|the following|the next|early|late|earlier|later)\s+)?"
    rf"(?P<wd>{_WD})(?:\s+(?P<part>{_PART}))?",
    "weekday_set": rf"(?:(?:every|each)\s+(?P<wd1>{_WD})|(?P<wd2>{_WD})s)",
    "unit_rel": rf"(?:(?P<mod>{PERIOD_MOD}|earlier|later)[\s-]+(?:in\s+)?)?"
    r"(?P<rel>this|last|next|past|coming|current|previous|following|same|that|the past|"
    r"the last|the coming|the current|the previous|the following|the next|the same|"
    r"the latest|the prior|the)\s+(?P<unit>day|week|weekend|month|quarter|year|decade|"
    r"century|fiscal year)",
    "unit_before": r"the\s+(?P<unit>day|night|week|month|year)\s+(?P<dir>before|after|"
    rf"earlier|later){_AT_END}",
    "ago": r"(?:(?P<approx>about|around|some|nearly|almost|roughly|more than|less than|over|"
    r"just over|just|barely|only|at least)\s+)?"
    rf"(?P<n>{NUMBER}|{FUZZY})[\s-]+(?:(?:more|full)\s+)?(?P<unit>{UNIT_WORDS})"
    r"(?:\s+and\s+a\s+half)?\s+(?:or\s+so\s+)?"
    rf"(?P<dir>ago|earlier|later|from\s+now|hence|(?:before|after|previously|prior){_AT_END})",
    "ago_bare": r"(?P<unit>years|months|weeks|days|decades)\s+(?P<dir>ago|earlier|later)",
    "dur_adj": rf"(?P<n>{NUMBER})-(?P<unit>second|minute|hour|day|night|week|month|year|decade"
    r"|century)(?:-long)?(?!-\w|\s+old\b)",
    "unit_long": r"(?P<unit>day|week|month|year|decade)-long",
    "duration": r"(?:(?P<pre>(?:the\s+)?(?:past|last|next|first|coming|previous|following|"
    r"latest|remaining|final|initial|same)|the|another|an additional|a further|about|around|"
    r"some|nearly|almost|roughly|approximately|more than|less than|fewer than|over|under|"
    r"at least|at most|up to|just|only)\s+)?"
    rf"(?P<n>{NUMBER}|{FUZZY})(?:\s+and\s+a\s+half|\s+1/2|½)?\s+"
    r"(?:(?:more|full|straight|consecutive|long|whole)\s+)?"
    rf"(?P<unit>{UNIT_WORDS})(?:\s+and\s+a\s+half)?(?!\s+old\b|-old)",
    "for_plural": r"(?:(?<=\bfor\s)|(?<=\bwithin\s))"
    r"(?P<unit>years|months|weeks|days|decades|hours|centuries)",
    "vague_plural": r"(?P<rel>recent|the coming|coming|upcoming|the next few|the past few)\s+"
    r"(?P<unit>years|months|weeks|days|decades)",
    "set_word": r"(?P<w>daily|weekly|monthly|quarterly|annually|yearly|hourly|nightly|biweekly|"
    r"biannually|semiannually)",
    "every": rf"(?:every|each)\s+(?:(?P<other>other)\s+)?(?:(?P<n>{NUMBER})\s+)?"
    r"(?P<unit>days?|weeks?|months?|years?|quarters?|hours?|minutes?|mornings?|evenings?|"
    r"nights?|afternoons?|weekends?|summers?|winters?|springs?|autumns?|decades?)",
    "freq": rf"(?:once|twice|thrice|(?:{NUMBER})\s+times)\s+(?:a|an|per|each|every)\s+"
    r"(?P<unit>day|week|month|year|quarter|hour|decade)",
    "ref": r"(?P<w>right now|just now|now|currently|at present|presently|nowadays|these days|"
    r"at the moment|for the time being|recently|lately|"
    r"the (?:recent |distant )?past|the (?:near |distant |foreseeable )?future)(?!-)",
    "time": r"(?:(?P<approx>around|about|approximately)\s+)?(?P<h>1[0-2]|0?[1-9])"
    r"(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>[ap]\.?\s?m\b\.?)"
    rf"(?:\s+(?P<tz>{_TZ}))?",
    "time24": rf"(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)(?![\d:])(?:\s+(?P<tz>{_TZ}))?",
    "noon": r"(?P<w>noon|midnight|midday)",
}


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pattern match: which rule, where, and the match object with its named groups."""

    rule: str
    start: int
    end: int
    match: re.Match[str]


def _compile(body: str) -> re.Pattern[str]:
    return re.compile(rf"{_BEFORE}(?:{body})(?!\w)", re.IGNORECASE)


PATTERNS: dict[str, re.Pattern[str]] = {name: _compile(body) for name, body in _RULES.items()}


def find_candidates(
    text: str, accept: Callable[[Candidate], bool] | None = None
) -> list[Candidate]:
    """Rule matches over ``text`` that ``accept`` lets through, longest first where they
    overlap, returned in text order."""
    found: list[Candidate] = []
    for name, pattern in PATTERNS.items():
        for match in pattern.finditer(text):
            if match.end() > match.start():
                found.append(Candidate(name, match.start(), match.end(), match))
    return _longest_non_overlapping(found, accept)


def _longest_non_overlapping(
    found: list[Candidate], accept: Callable[[Candidate], bool] | None
) -> list[Candidate]:
    order = {name: n for n, name in enumerate(_RULES)}
    found.sort(key=lambda c: (-(c.end - c.start), c.start, order[c.rule]))
    starts: list[int] = []
    taken: list[Candidate] = []
    for cand in found:
        at = bisect.bisect_right(starts, cand.start)
        if at > 0 and taken[at - 1].end > cand.start:
            continue
        if at < len(taken) and taken[at].start < cand.end:
            continue
        if accept is None or accept(cand):
            starts.insert(at, cand.start)
            taken.insert(at, cand)
    return taken
