"""Which rules can match a text at all: the words every match of a pattern contains.

Running every rule's pattern over every article is most of the timex stage's time, and
most rules find nothing in a given article. `required_strings` reads a compiled pattern's
structure (the standard library's own parse of it) and returns strings of which every
match contains at least one; a text holding none of them is not searched with that rule.
The check never drops a match: when the structure does not settle it (an optional part,
a character class, a non-ASCII literal), the answer is None and the rule always runs.
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
