"""Resolvers for expressions relative to the anchor or to the last date mentioned.

Deictic expressions ("yesterday", "last week", "three years ago", "Monday") count from
the publication date; anaphoric ones ("the day before", "the following month", "that
week", "two days later") count from the last date the text mentioned. The words that
decide (which count back, which count from the last date) are the context's `TimexWords`.
"""

from __future__ import annotations

from datetime import date

from newsdossier.lang.lexicon import TimexWords
from newsdossier.timex.context import Context, Resolved, shift, weekday_date
from newsdossier.timex.lexicon import parse_number, period_mod, unit_name, weekday_number
from newsdossier.timex.rule import Candidate
from newsdossier.timex.values import Granularity, day_value, value_at_granularity, week_value

#: Per unit (as `unit_name` gives it): the TimeML value of that unit left unspecified.
_UNDERSPECIFIED = {
    "day": "XXXX-XX-XX",
    "week": "XXXX-WXX",
    "weekend": "XXXX-WXX-WE",
    "month": "XXXX-XX",
    "quarter": "XXXX-QX",
    "year": "XXXX",
    "decade": "XXX",
    "century": "XX",
}
#: Per unit: the granularity of the period a unit names.
_GRAIN: dict[str, Granularity] = {
    "day": "day",
    "night": "day",
    "week": "week",
    "month": "month",
    "quarter": "quarter",
    "year": "year",
    "decade": "decade",
    "century": "century",
}


def _with_part(day: date, part: str | None, words: TimexWords) -> Resolved:
    if part:
        return Resolved("TIME", f"{day_value(day)}T{words.parts_of_day[part.lower()]}")
    return Resolved("DATE", day_value(day))


def _anchored(found: Resolved, base: date) -> Resolved:
    return Resolved(found.type, found.value, found.mod, base)


def deictic(c: Candidate, ctx: Context) -> Resolved | None:
    """``yesterday``, ``today``, ``late yesterday``, ``tomorrow morning``, ``tonight``."""
    m = c.match
    word = " ".join(m["w"].lower().split())
    if word.startswith("before"):
        offset = -2
    elif word.startswith("after"):
        offset = 2
    else:
        offset = ctx.words.deictic_days[word]
    part = m.groupdict().get("part") or ("night" if word == "tonight" else None)
    if ctx.anchor is None:
        return Resolved("DATE", "XXXX-XX-XX")
    part = part if word != "tonight" else None
    found = _with_part(shift(ctx.anchor, "day", offset), part, ctx.words)
    return _anchored(found, ctx.anchor)


def part_rel(c: Candidate, ctx: Context) -> Resolved | None:
    """``this morning``, ``last night``, ``yesterday afternoon``."""
    m = c.match
    rel, part = m["rel"].lower(), m["part"].lower()
    if ctx.anchor is None:
        return Resolved("TIME", f"XXXX-XX-XXT{ctx.words.parts_of_day[part]}")
    offset = ctx.words.part_of_day_offsets[rel]
    if rel == "last" and part != "night":
        offset = -1
    return _anchored(_with_part(shift(ctx.anchor, "day", offset), part, ctx.words), ctx.anchor)


def weekday(c: Candidate, ctx: Context) -> Resolved | None:
    """``Monday``, ``last Friday``, ``next Tuesday``, ``the following Monday``, ``Sunday night``."""
    m = c.match
    number = weekday_number(m["wd"])
    pre = " ".join((m["pre"] or "").lower().split())
    part = m["part"]
    words = ctx.words
    anaphoric = pre in words.anaphoric_weekday_words
    base = ctx.anaphoric_base("day") if anaphoric else ctx.anchor
    if base is None:
        return Resolved("DATE", f"XXXX-WXX-{number + 1}")
    if pre in words.past_weekday_words:
        day = weekday_date(number, base, "past", strict=True)
    elif pre in words.next_weekday_words:
        day = weekday_date(number, base, "future", strict=True)
    elif pre == "this":
        day = shift(base, "day", number - base.weekday())
    else:
        day = weekday_date(number, base, ctx.tense(c.start, c.end))
    return _anchored(_with_part(day, part, words), base)


def unit_rel(c: Candidate, ctx: Context) -> Resolved | None:
    """``this year``, ``last week``, ``next month``, ``earlier this year``, ``the following day``,
    ``that week``, ``the end of the month``."""
    m = c.match
    rel = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower().replace("fiscal ", "")
    modifier = (m["mod"] or "").lower()
    words = ctx.words
    if unit == "day" and rel not in words.anaphoric_relations | {"the next"}:
        return None
    anaphoric = rel in words.anaphoric_relations or (unit == "day" and rel == "the next")
    base = ctx.anaphoric_base(unit) if anaphoric else ctx.anchor
    if rel == "the" and not modifier and unit not in words.bare_the_units:
        return None
    quarter = ctx.recent_quarter(c.start) if unit == "quarter" else None
    if quarter is not None and rel in words.quarter_relations:
        base, anaphoric = quarter, True
    elif rel in words.reference_relations and ctx.reference_granularity == unit:
        base, anaphoric = ctx.reference, True
    mod = period_mod(modifier, words)
    if base is None:
        return Resolved("DATE", _UNDERSPECIFIED.get(unit, "XXXX"), mod)
    amount = 0 if anaphoric and rel in words.same_period_relations else _rel_amount(rel, words)
    if not anaphoric and unit == "quarter" and rel in ("the", "the latest"):
        amount = -1 if ctx.tense(c.start, c.end) == "past" or rel == "the latest" else 0
    if unit == "weekend":
        return _weekend(c, ctx, base, amount, rel)
    day = shift(base, unit, amount)
    return Resolved("DATE", value_at_granularity(day, _GRAIN[unit]), mod, base)


def _rel_amount(rel: str, words: TimexWords) -> int:
    if rel in words.past_relations or rel in ("the previous", "the prior"):
        return -1
    if rel in words.next_relations or rel in words.following_relations:
        return 1
    return 0


def _weekend(c: Candidate, ctx: Context, base: date, amount: int, rel: str) -> Resolved:
    if amount == 0 and base.weekday() < 5 and ctx.tense(c.start, c.end) == "past":
        amount = -1
    day = shift(base, "week", amount)
    return Resolved("DATE", f"{week_value(day)}-WE", None, base)


def unit_before(c: Candidate, ctx: Context) -> Resolved | None:
    """``the day before``, ``the week after``, ``the year earlier`` (from the last date)."""
    m = c.match
    unit = m["unit"].lower()
    direction = -1 if m["dir"].lower() in ("before", "earlier") else 1
    base = ctx.anaphoric_base(unit)
    if base is None:
        return Resolved("DATE", _UNDERSPECIFIED.get(unit, "XXXX-XX-XX"))
    return Resolved(
        "DATE", value_at_granularity(shift(base, unit, direction), _GRAIN[unit]), None, base
    )


def ago(c: Candidate, ctx: Context) -> Resolved | None:
    """``three years ago`` (a year), ``two days later`` (from the last date), ``in a week``."""
    m = c.match
    words = ctx.words
    unit = unit_name(m["unit"])
    count = parse_number(m["n"], words) if m.groupdict().get("n") else None
    direction_word = " ".join(m["dir"].lower().split())
    forward = direction_word in words.forward_directions
    if count is None or unit in words.clock_units:
        return Resolved("DATE", "FUTURE_REF" if forward else "PAST_REF")
    anaphoric = direction_word not in words.from_now_directions
    base = ctx.anaphoric_base(unit) if anaphoric else ctx.anchor
    if base is None:
        return Resolved("DATE", "FUTURE_REF" if forward else "PAST_REF")
    quarter = ctx.recent_quarter(c.start)
    if unit == "year" and quarter is not None:
        day = shift(quarter, unit, count if forward else -count)
        return Resolved("DATE", value_at_granularity(day, "quarter"), None, quarter)
    day = shift(base, unit, count if forward else -count)
    grain: Granularity = {
        "day": "day",
        "night": "day",
        "week": "day",
        "fortnight": "day",
        "month": "month",
        "quarter": "quarter",
    }.get(unit, "year")  # type: ignore[assignment]
    return Resolved("DATE", value_at_granularity(day, grain), None, base)


def year_ago_adj(c: Candidate, ctx: Context) -> Resolved | None:
    """``the year-earlier quarter``, ``year-ago``: the last period spoken of, a year before."""
    m = c.match
    quarter = ctx.recent_quarter(c.start)
    base = quarter or ctx.reference or ctx.anchor
    if base is None:
        return Resolved("DATE", "PAST_REF")
    grain: Granularity = "year"
    if m["ord"]:
        number = ctx.words.ordinals[m["ord"].lower()]
        return Resolved("DATE", f"{base.year - 1:04d}-Q{number}", None, base)
    if quarter is not None:
        grain = "quarter"
    elif ctx.reference_granularity in ("month", "half") and ctx.reference:
        grain = ctx.reference_granularity
    return Resolved("DATE", value_at_granularity(shift(base, "year", -1), grain), None, base)
