"""Joining neighbouring expressions into one: a clock time with its day, the two ends of a
range ("from 2022 to 2024", "March 31 to April 2"), and "since 2005".

Conventions (our record, documented in `newsdossier.timex`):

- a range is one expression whose value is ``start/end`` (``2026-03-31/2026-04-02``), its
  text running from "from"/"between" (if present) to the end of the second date;
- "since X" is one expression whose text includes "since", whose value is X's value
  (``2005``) and whose ``mod`` is ``ON_OR_AFTER`` (TimeML's mod for an open end after X).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from newsdossier.lang.intervals import value_to_interval
from newsdossier.timex.context import Resolved
from newsdossier.timex.values import granularity


@dataclass(frozen=True, slots=True)
class Item:
    """A resolved expression with its span and the rule that found it."""

    start: int
    end: int
    resolved: Resolved
    rule: str


_TIME_THEN_DAY = re.compile(r"\s*,?\s*(?:on\s+)?")
_DAY_THEN_TIME = re.compile(r"\s*,?\s*(?:at\s+|around\s+|about\s+)?")
_RANGE_SEP = re.compile(r"\s*(?:-|–|—|to|until|till|through|thru|and)\s*", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"\b(?:from|between)\s+$", re.IGNORECASE)
_SINCE = re.compile(r"\bsince\s+$", re.IGNORECASE)
#: Characters before a range in which "from"/"between" opens it ("between " is 8, plus space).
_OPENER_WINDOW = 10
#: Characters before an expression in which "since" governs it ("since " is 6, plus spacing).
_SINCE_WINDOW = 8
_CLOCK_RULES = frozenset({"time", "time24", "noon"})
_YEARLESS_RULES = frozenset({"md", "dm", "month"})


def join_times(items: list[Item], text: str) -> list[Item]:
    """``5 p.m. Friday`` / ``Friday at 5 p.m.``: one TIME on that day."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        if prev is not None and _joinable_time(prev, item, text):
            clock, day = (prev, item) if prev.rule in _CLOCK_RULES else (item, prev)
            value = day.resolved.value[:10] + clock.resolved.value[10:]
            joined = Resolved("TIME", value, None, day.resolved.anchor)
            out[-1] = Item(prev.start, item.end, joined, "time_day")
            continue
        out.append(item)
    return out


def _joinable_time(first: Item, second: Item, text: str) -> bool:
    between = text[first.end : second.start]
    if first.rule in _CLOCK_RULES and second.rule not in _CLOCK_RULES:
        return _is_day(second) and _TIME_THEN_DAY.fullmatch(between) is not None
    if second.rule in _CLOCK_RULES and first.rule not in _CLOCK_RULES:
        return _is_day(first) and _DAY_THEN_TIME.fullmatch(between) is not None
    return False


def _is_day(item: Item) -> bool:
    return item.resolved.type == "DATE" and granularity(item.resolved.value) == "day"


def join_ranges(items: list[Item], text: str) -> list[Item]:
    """``from 2022 to 2024``, ``March 31 to April 2``, ``between May and July``: one range."""
    out: list[Item] = []
    for item in items:
        prev = out[-1] if out else None
        joined = _range(prev, item, text) if prev is not None else None
        if joined is not None:
            out[-1] = joined
            continue
        out.append(item)
    return out


def _range(first: Item, second: Item, text: str) -> Item | None:
    between = text[first.end : second.start]
    if _RANGE_SEP.fullmatch(between) is None:
        return None
    opener = _RANGE_OPEN.search(text, max(0, first.start - _OPENER_WINDOW), first.start)
    if between.strip().lower() == "and" and (opener is None or "between" not in opener.group()):
        return None
    a, b = first.resolved, second.resolved
    if a.type != "DATE" or b.type != "DATE" or "/" in a.value or "/" in b.value:
        return None
    later = _after(a, b, second.rule)
    if later is None:
        return None
    start = opener.start() if opener else first.start
    value = f"{a.value}/{later.value}"
    return Item(start, second.end, Resolved("DATE", value, None, a.anchor or later.anchor), "range")


def _after(a: Resolved, b: Resolved, rule_b: str) -> Resolved | None:
    ia, ib = value_to_interval(a.value), value_to_interval(b.value)
    if ia is None or ib is None:
        return None
    if ib[1] >= ia[0]:
        return b
    if rule_b in _YEARLESS_RULES and b.value[:4].isdigit():
        moved = f"{int(b.value[:4]) + 1:04d}{b.value[4:]}"
        return replace(b, value=moved)
    return None


def join_since(items: list[Item], text: str, anchor: date | None = None) -> list[Item]:
    """``since 2005``: text includes "since", value 2005, mod ON_OR_AFTER."""
    out: list[Item] = []
    for item in items:
        found = _SINCE.search(text, max(0, item.start - _SINCE_WINDOW), item.start)
        if found and item.resolved.type == "DATE" and value_to_interval(item.resolved.value):
            resolved = replace(
                item.resolved,
                mod=item.resolved.mod or "ON_OR_AFTER",
                anchor=item.resolved.anchor or anchor,
            )
            item = Item(found.start(), item.end, resolved, item.rule)
        out.append(item)
    return out
