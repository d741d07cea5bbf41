"""Resolvers for durations, sets, references to now/past/future, and clock times.

The words of sets, references, parts of the day and seasons are the context's `TimexWords`.
"""

from __future__ import annotations

from newsdossier.lang.lexicon import TimexWords
from newsdossier.timex.context import Context, Resolved
from newsdossier.timex.lexicon import duration_value, parse_number, unit_name, weekday_number
from newsdossier.timex.rule import Candidate

#: A count at least this large is not a duration of days or hours ("2000 days" is rare; "1000
#: people" is a count the unit word happens to follow); years and centuries may be that long.
_MAX_COUNT = 1000


def duration(c: Candidate, ctx: Context) -> Resolved | None:
    """``two years``, ``the past three months``, ``a few days``, ``three-day``, ``16-hour``."""
    m = c.match
    words = ctx.words
    unit = unit_name(m["unit"])
    raw = m["n"].lower()
    if raw in ("a", "an") and unit == "second":
        return None
    count = parse_number(raw, words)
    if count is not None and count >= _MAX_COUNT and unit not in ("year", "century"):
        return None
    half = any(mark in c.match.group().lower() for mark in words.half_marks)
    if count is not None and half:
        return Resolved("DURATION", _half_more(count, unit, words))
    return Resolved("DURATION", duration_value(count, unit, words))


def _half_more(count: int, unit: str, words: TimexWords) -> str:
    halves = {"year": "P{n}Y6M", "month": "P{n}M15D", "day": "P{n}DT12H", "hour": "PT{n}H30M"}
    if unit in halves:
        return halves[unit].format(n=count)
    return duration_value(count, unit, words)


def unit_long(c: Candidate, ctx: Context) -> Resolved | None:
    """``year-long`` (P1Y)."""
    return Resolved("DURATION", duration_value(1, c.match["unit"], ctx.words))


def bare_plural(c: Candidate, ctx: Context) -> Resolved | None:
    """``for years`` (PXY)."""
    return Resolved("DURATION", duration_value(None, c.match["unit"], ctx.words))


def vague_plural(c: Candidate, ctx: Context) -> Resolved | None:
    """``recent years`` (PAST_REF), ``the coming weeks`` (FUTURE_REF), ``the past few days``."""
    rel = " ".join(c.match["rel"].lower().split())
    if rel in ("recent",):
        return Resolved("DATE", "PAST_REF")
    if rel in ("the past few", "the next few"):
        return Resolved("DURATION", duration_value(None, c.match["unit"], ctx.words))
    return Resolved("DATE", "FUTURE_REF")


def set_word(c: Candidate, ctx: Context) -> Resolved | None:
    """``daily`` (P1D), ``weekly``, ``annually``."""
    word = c.match["w"]
    if word[0].isupper() and c.start > 0 and _next_is_capitalized(ctx.text, c.end):
        return None
    return Resolved("SET", ctx.words.set_words[word.lower()])


def _next_is_capitalized(text: str, end: int) -> bool:
    rest = text[end : end + 3].lstrip()
    return bool(rest) and rest[0].isupper()


def every(c: Candidate, ctx: Context) -> Resolved | None:
    """``every week``, ``each year``, ``every other day``, ``every morning``."""
    m = c.match
    words = ctx.words
    unit = unit_name(m["unit"])
    if unit in words.every_parts_of_day:
        return Resolved("SET", f"XXXX-XX-XXT{words.parts_of_day[unit]}")
    if unit in words.every_seasons:
        return Resolved("SET", f"XXXX-{words.every_seasons[unit]}")
    if unit == "weekend":
        return Resolved("SET", "XXXX-WXX-WE")
    count = parse_number(m["n"], words) if m["n"] else 1
    if m["other"]:
        count = 2
    return Resolved("SET", duration_value(count or 1, unit, words))


def freq(c: Candidate, ctx: Context) -> Resolved | None:
    """``twice a week`` (P1W)."""
    return Resolved("SET", duration_value(1, c.match["unit"], ctx.words))


def weekday_set(c: Candidate, ctx: Context) -> Resolved | None:
    """``every Monday``, ``on Fridays`` (``XXXX-WXX-1``)."""
    word = c.match["wd1"] or c.match["wd2"]
    return Resolved("SET", f"XXXX-WXX-{weekday_number(word) + 1}")


def reference(c: Candidate, ctx: Context) -> Resolved | None:
    """``now`` (PRESENT_REF), ``recently`` (PAST_REF), ``the future`` (FUTURE_REF)."""
    word = " ".join(c.match["w"].lower().split())
    if word in ctx.words.reference_words:
        return Resolved("DATE", ctx.words.reference_words[word])
    return Resolved("DATE", "FUTURE_REF" if word.endswith("future") else "PAST_REF")


def clock(c: Candidate, ctx: Context) -> Resolved | None:
    """``3 p.m.``, ``15:30 GMT``, ``noon``: a time of the anchor's day until joined to a date."""
    m = c.match
    groups = m.groupdict()
    if groups.get("w"):
        hour, minute = (24 if m["w"].lower() == "midnight" else 12), 0
    else:
        hour, minute = int(m["h"]), int(m["mi"] or 0)
        ampm = (groups.get("ampm") or "").lower()
        if ampm.startswith("p") and hour < 12:
            hour += 12
        elif ampm.startswith("a") and hour == 12:
            hour = 0
    day = ctx.anchor.isoformat() if ctx.anchor else "XXXX-XX-XX"
    return Resolved("TIME", f"{day}T{hour:02d}:{minute:02d}", anchor=ctx.anchor)
