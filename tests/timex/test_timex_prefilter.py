"""The prefilter skips a rule only where it cannot match (every rule, every text)."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.timex.patterns import RULES, Candidate, _longest_non_overlapping, find_candidates
from newsdossier.timex.prefilter import as_checked, may_match, required_strings

#: Words and marks the rules are made of, and some they are not, to build texts from.
_WORDS = (
    "three days ago", "two weeks earlier", "Monday", "last year", "the 1990s", "Q3", "noon",
    "5 p.m.", "14:30", "2024-05-01", "12/05/2023", "March 3", "3 March 2020", "twice a year",
    "Christmas", "the past few months", "a decade-long", "the next two years", "this spring",
    "nineteen ninety", "the first quarter", "currently", "yesterday", "tonight", "every week",
    "İSTANBUL", "ſome", "K", "said", "the", "of", "-", ",", ".", " ", "\n", "’", "½",
)  # fmt: skip


def _all_matches(text: str) -> list[tuple[str, int, int]]:
    found = [
        Candidate(rule, m.start(), m.end(), m)
        for rule in RULES
        for m in rule.pattern.finditer(text)
        if m.end() > m.start()
    ]
    return [(c.name, c.start, c.end) for c in _longest_non_overlapping(found, None)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), max_size=12).map(" ".join))
def test_timex_prefilter_never_skips_a_rule_that_matches(text: str) -> None:
    folded = as_checked(text)
    for rule in RULES:
        if rule.pattern.search(text):
            assert may_match(required_strings(rule.pattern), folded), (rule.name, text)
    assert [(c.name, c.start, c.end) for c in find_candidates(text)] == _all_matches(text)


def test_timex_prefilter_reads_the_pattern_structure() -> None:
    assert required_strings(re.compile(r"(?:about\s+)?(?:\d+|two)\s+days?\s+hence")) == {"hence"}
    assert required_strings(re.compile(r"(?:winter|autumn)")) == {"winter", "autumn"}
    assert required_strings(re.compile(r"(?:early\s+)?(?:this|next)")) == {"this", "next"}
    assert required_strings(re.compile(r"(?:a|\d)+")) is None  # a class in one branch
    assert required_strings(re.compile(r"(?:later)?\d+")) is None  # optional: unknown
    assert not may_match(frozenset({"ago"}), as_checked("Three days earlier"))
    assert may_match(frozenset({"k"}), as_checked("\u212a"))  # the Kelvin sign matches k


def test_timex_prefilter_keeps_what_the_seeds_hold(seeds_dir: Path) -> None:
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert [(c.name, c.start, c.end) for c in find_candidates(text)] == _all_matches(text)
