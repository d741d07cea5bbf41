"""A rule searched only in the runs of text it can match in finds what a whole search finds."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.timex.patterns import RULES, _search
from newsdossier.timex.prefilter import as_checked, inert_characters

#: Pieces to build texts from: what the rules match, and marks right against them (the
#: characters a search is cut at, and those a rule reads in a lookahead: "5.5", "--").
_PIECES = (
    "three days ago", "two weeks", "earlier", "Monday", "last year", "the 1990s", "’90s",
    "Q3 2024", "5 p.m.", "14:30", "2024-05-01", "12/05/2023", "March 3", "Jan.", "3 March 2020",
    "twice a year", "New Year's", "the next two years", "a decade-long", "year-end", "ago",
    "before", "hence", "old", "percent", "nineteen ninety", "said", "the", "of", "-", "--",
    ",", ".", ";", ":", "(", ")", '"', "“", "”", "’", "'", "—", "–", "/", "\n", " ", "5", "0s",
    "\u00a0", "İSTANBUL", "ſome",
)  # fmt: skip


def _whole(rule_pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
    return [(m.span(), m.groupdict()) for m in rule_pattern.finditer(text)]


def _pieces(rule_index: int, text: str) -> list[tuple[object, ...]]:
    rule = RULES[rule_index]
    found = _search(rule, text, as_checked(text), text[::-1])
    return [(m.span(), m.groupdict()) for m in found]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(_PIECES), st.sampled_from(["", " "])), max_size=14))
def test_timex_pieces_find_every_match_of_a_whole_search(parts: list[tuple[str, str]]) -> None:
    text = "".join(piece + gap for piece, gap in parts)
    for n, rule in enumerate(RULES):
        assert _pieces(n, text) == _whole(rule.pattern, text), (rule.name, text)


def test_timex_pieces_on_the_seeds(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for n, rule in enumerate(RULES):
            assert _pieces(n, text) == _whole(rule.pattern, text), (rule.name, path.name)


def test_timex_pieces_inert_characters_read_the_pattern() -> None:
    inert = inert_characters(re.compile(r"(?<![\w.])days?(?!\w)", re.IGNORECASE))
    assert {".", ",", " "} <= inert  # the lookbehind reads backwards
    assert not {"a", "_", "1"} & inert  # word characters never bound a run
    assert "." not in inert_characters(re.compile(r"day(?![.,]\d)"))  # read ahead
    assert " " not in inert_characters(re.compile(r"two\s+days"))
    assert "-" not in inert_characters(re.compile(r"[a-z-]+"))
    assert inert_characters(re.compile(r"day(?=\s*$)")) == frozenset()  # the string's end
    assert inert_characters(re.compile(r"(?:day)?")) == frozenset()  # may match nothing
    assert inert_characters(re.compile(r"(d)ay\1")) == frozenset()  # a backreference
    assert "." not in inert_characters(re.compile(r"day[^x]"))
