"""The outlet an article comes from, chosen among the names the page gives, properly cased."""

from __future__ import annotations

import re
from collections import Counter

from newsdossier.clean.text import is_all_caps

#: Evidence ranks, strongest first.
AGENCY, SOURCE_LINE, CREDIT, BYLINE, COPYRIGHT = 1, 2, 3, 4, 5
_COPYRIGHT_NAME = re.compile(
    r"^\W*(?i:©|\(c\)|copyright)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?,?\s*)?"
    r"(?P<name>[A-Z][\w&'’\-]*(?:\s+(?:of|the|and|&|[A-Z][\w&'’\-]*)){0,5})"
)
_SHORT_ACRONYM = 5


def copyright_holder(line: str) -> str | None:
    """The name in a copyright line ("© 2025 The Harbour Herald. All rights reserved.")."""
    m = _COPYRIGHT_NAME.match(line)
    if m is None:
        return None
    name = re.sub(r"(?:\s+(?:of|the|and|&))+$", "", m["name"]).strip()
    if name.lower() in {"all", "by", "the"}:
        return None
    return name


def choose_outlet(candidates: list[tuple[int, str]], text: str) -> str | None:
    """The best-ranked candidate (most often named among equals), cased as the text writes it.

    "TAIPEI TIMES" becomes "Taipei Times" when the page writes it so elsewhere; a short
    acronym such as "CNA" keeps its capitals.
    """
    if not candidates:
        return None
    best_rank = min(rank for rank, _ in candidates)
    names = Counter(name for rank, name in candidates if rank == best_rank)
    name = names.most_common(1)[0][0]
    return proper_case(name, text)


def proper_case(name: str, text: str) -> str:
    """``name`` as the text writes it when it also appears there not in capitals."""
    short_acronym = len(name.replace(".", "")) <= _SHORT_ACRONYM and " " not in name
    if not is_all_caps(name) or short_acronym:
        return name
    pattern = re.compile(r"\b" + r"\s+".join(map(re.escape, name.split())) + r"\b", re.IGNORECASE)
    forms = Counter(m.group(0) for m in pattern.finditer(text) if not is_all_caps(m.group(0)))
    if forms:
        return forms.most_common(1)[0][0]
    return " ".join(w if len(w) <= 2 else w.capitalize() for w in name.split())
