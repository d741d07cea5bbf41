"""Which rules can match a text at all: the words every match of a pattern contains.

Running every rule's pattern over every article is most of the timex stage's time, and
most rules find nothing in a given article. `required_strings` reads a compiled pattern's
structure (the standard library's own parse of it) and returns strings of which every
match contains at least one; a text holding none of them is not searched with that rule.
The check never drops a match: when the structure does not settle it (an optional part,
a character class, a non-ASCII literal), the answer is None and the rule always runs.

`inert_characters` reads the same structure for the marks and spaces a pattern never
reads: a text cut at them can be searched run by run, only in the runs that hold a
needed string (`newsdossier.timex.patterns.find_candidates`).
"""

from __future__ import annotations

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]
from typing import Any

#: The only characters outside ASCII that an ASCII letter matches when case is ignored
#: (found by trying every code point), mapped to that letter.
_SPECIAL_CASES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s", "\u212a": "k"})

Needed = frozenset[str] | None


def as_checked(text: str) -> str:
    """``text`` as `required_strings` are checked against it: lower case, with the few
    characters that match an ASCII letter case-insensitively written as that letter."""
    return text.translate(_SPECIAL_CASES).lower()


def required_strings(pattern: re.Pattern[str]) -> Needed:
    """Lower-case ASCII strings at least one of which is in every match of ``pattern``
    (checked against `as_checked` of the text), or None when that cannot be told."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except re.error:
        return None
    return _sequence(list(parsed))


def may_match(needed: Needed, folded: str) -> bool:
    """Whether a pattern needing ``needed`` can match the text whose `as_checked` is ``folded``."""
    return needed is None or any(s in folded for s in needed)


def _sequence(items: list[tuple[Any, Any]]) -> Needed:
    """The best requirement among the parts of a sequence: runs of literal characters and
    the requirements of its groups, alternations and repeats."""
    found: list[frozenset[str]] = []
    run: list[str] = []
    for op, av in [*items, (None, None)]:
        if op is sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            found.append(frozenset({"".join(run)}))
            run = []
        part = _part(op, av) if op is not None else None
        if part is not None:
            found.append(part)
    if not found:
        return None
    return max(found, key=lambda s: (min(map(len, s)), -len(s)))


def _part(op: Any, av: Any) -> Needed:
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av))
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, _, sub = av
        return _sequence(list(sub)) if low >= 1 else None
    if op is sre.BRANCH:
        options = [_sequence(list(branch)) for branch in av[1]]
        if any(o is None for o in options):
            return None
        return frozenset().union(*(o for o in options if o is not None))
    return None


#: Characters that may bound where a pattern is searched (`inert_characters`): marks and
#: spaces, which have no case, so ignoring case never makes one match a letter.
_BOUNDARY_CANDIDATES = frozenset(
    "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~ \t\n\r\f\v\u00a0\u2013\u2014\u2018\u2019\u201c\u201d"
) - {"_"}
#: Zero-width tests that read no more than the characters on either side of a position.
_BOUNDARIES = frozenset(
    {
        sre.AT_BOUNDARY,
        sre.AT_NON_BOUNDARY,
        sre.AT_UNI_BOUNDARY,
        sre.AT_UNI_NON_BOUNDARY,
        sre.AT_LOC_BOUNDARY,
        sre.AT_LOC_NON_BOUNDARY,
    }
)
_CATEGORIES = {
    sre.CATEGORY_DIGIT: r"\d",
    sre.CATEGORY_NOT_DIGIT: r"\D",
    sre.CATEGORY_SPACE: r"\s",
    sre.CATEGORY_NOT_SPACE: r"\S",
    sre.CATEGORY_WORD: r"\w",
    sre.CATEGORY_NOT_WORD: r"\W",
}


class _Unknown(Exception):
    """A part of a pattern the analysis does not read."""


def inert_characters(pattern: re.Pattern[str]) -> frozenset[str]:
    """Marks and spaces that no match of ``pattern`` can hold, nor any test it makes ahead
    of a position: the characters a text may be cut at before it is searched.

    A match lies inside one run of characters between two of them, and searching that run
    alone (``pattern.finditer(text, start, end)``, ``end`` at an inert character) finds
    the same matches as searching the whole text: whatever would read the character at
    ``end`` fails on it as it fails at the end of the string, and as it is not a word
    character a word boundary there reads the same. Lookbehinds read only what comes
    before a position, which the search still sees. Empty when this cannot be told: the
    pattern may match the empty string, tests the start or end of the string or a line
    (``^``, ``$``), or holds parts not read here (backreferences, conditionals)."""
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.getwidth()[0] == 0:
            return frozenset()
        return frozenset(
            c
            for c in _BOUNDARY_CANDIDATES
            if not (c.isalnum() or c == "_") and not _reads(list(parsed), c, behind=False)
        )
    except (_Unknown, re.error):
        return frozenset()


def _reads(items: list[tuple[Any, Any]], ch: str, *, behind: bool) -> bool:
    """Whether some part of ``items`` could match ``ch`` at or after the position it tests
    (``behind``: inside a lookbehind, which reads only what comes before). Errs on yes."""
    for op, av in items:
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN):
            if not behind and _char_matches(op, av, ch):
                return True
        elif op is sre.SUBPATTERN:
            if _reads(list(av[-1]), ch, behind=behind):
                return True
        elif op is sre.ATOMIC_GROUP:
            if _reads(list(av), ch, behind=behind):
                return True
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if _reads(list(av[2]), ch, behind=behind):
                return True
        elif op is sre.BRANCH:
            if any(_reads(list(branch), ch, behind=behind) for branch in av[1]):
                return True
        elif op in (sre.ASSERT, sre.ASSERT_NOT):
            direction, sub = av
            if _reads(list(sub), ch, behind=behind or direction < 0):
                return True
        elif op is sre.AT:
            if av not in _BOUNDARIES:
                raise _Unknown  # ^ $ \A \Z: the string's own ends matter
        else:
            raise _Unknown
    return False


def _char_matches(op: Any, av: Any, ch: str) -> bool:
    """Whether one character test could match ``ch`` (a mark or space: no case to ignore)."""
    if op is sre.LITERAL:
        return bool(av == ord(ch))
    if op is not sre.IN:
        return True  # [^x], "." match almost anything
    hit = False
    for item, value in av:
        if item is sre.NEGATE:
            return True
        if item is sre.LITERAL:
            hit = hit or value == ord(ch)
        elif item is sre.RANGE:
            hit = hit or value[0] <= ord(ch) <= value[1]
        elif item is sre.CATEGORY and value in _CATEGORIES:
            category = _CATEGORIES[value]
            hit = hit or any(re.fullmatch(category, ch, flags) for flags in (0, re.ASCII))
        else:
            return True
    return hit
