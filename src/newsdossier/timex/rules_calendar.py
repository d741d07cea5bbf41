"""Resolvers for calendar expressions: dates, months, years, decades, quarters, seasons.

A date without its year ("March 31", "in March") takes the year that the tense and the
anchor imply; everything else here is absolute.
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from newsdossier.timex.context import Context, Resolved, pick_year
from newsdossier.timex.lexicon import month_number, parse_number, period_mod
from newsdossier.timex.rule import Candidate
from newsdossier.timex.values import (
    day_value,
    month_value,
    quarter_value,
    value_at_granularity,
    year_value,
)

#: Two-digit years in slashed dates below this are of the 2000s, the rest of the 1900s (our
#: choice for news: "4/28/25" is 2025, "4/28/98" is 1998).
_TWO_DIGIT_YEAR_PIVOT = 50
#: A year range longer than this ("1950-2024" is fine, "1024-2024" is not) is two numbers.
_MAX_YEAR_RANGE = 50
#: The last century with an ordinal word (``TimexWords.ordinals`` goes up to "twenty-first").
_LAST_CENTURY = 21


def _day(text: str) -> int:
    return int(text.lower().rstrip("stndrh"))


def _safe_day(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _point(year: int, month: int, day: int) -> Resolved | None:
    found = _safe_day(year, month, day)
    return None if found is None else Resolved("DATE", day_value(found))


def iso(c: Candidate, ctx: Context) -> Resolved | None:
    """``2025-04-28`` and ``2025-04-28T15:00``."""
    m = c.match
    found = _point(int(m["y"]), int(m["m"]), int(m["d"]))
    if found is None or not m["h"]:
        return found
    return Resolved("TIME", f"{found.value}T{m['h']}:{m['mi']}")


def slash(c: Candidate, ctx: Context) -> Resolved | None:
    """``4/28/2025`` (month first, as in US news) or ``28/4/2025`` when the first is > 12."""
    m = c.match
    a, b, year = int(m["a"]), int(m["b"]), int(m["y"])
    if year < 100:
        year += 2000 if year < _TWO_DIGIT_YEAR_PIVOT else 1900
    month, day = (b, a) if a > 12 else (a, b)
    return _point(year, month, day)


def full_date(c: Candidate, ctx: Context) -> Resolved | None:
    """``April 28, 2025``, ``28 April 2025``, ``Monday, April 28, 2025``."""
    m = c.match
    return _point(int(m["year"]), month_number(m["mon"]), _day(m["day"]))


def month_day(c: Candidate, ctx: Context) -> Resolved | None:
    """``April 28`` or ``28 April``: the year comes from the anchor and the tense."""
    m = c.match
    month, day = month_number(m["mon"]), _day(m["day"])
    rel = m.groupdict().get("rel")
    if ctx.anchor is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{day:02d}") if day <= 31 else None
    if rel:
        year = ctx.anchor.year + ctx.words.relative_year_offsets[rel.lower()]
    else:
        year = pick_year(month, day, ctx.anchor, ctx.tense(c.start, c.end))
    found = _point(year, month, day)
    return None if found is None else Resolved("DATE", found.value, anchor=ctx.anchor)


def month_day_range(c: Candidate, ctx: Context) -> Resolved | None:
    """``March 3-5`` (one range)."""
    m = c.match
    month, d1, d2 = month_number(m["mon"]), _day(m["d1"]), _day(m["d2"])
    if d2 <= d1:
        return None
    if m["year"]:
        year = int(m["year"])
    elif ctx.anchor is None:
        return Resolved("DATE", f"XXXX-{month:02d}-{d1:02d}/XXXX-{month:02d}-{d2:02d}")
    else:
        year = pick_year(month, d1, ctx.anchor, ctx.tense(c.start, c.end))
    first, last = _point(year, month, d1), _point(year, month, d2)
    if first is None or last is None:
        return None
    return Resolved("DATE", f"{first.value}/{last.value}")


def month_year(c: Candidate, ctx: Context) -> Resolved | None:
    """``November 2023``, ``early March 2024``."""
    m = c.match
    return Resolved(
        "DATE",
        month_value(int(m["year"]), month_number(m["mon"])),
        period_mod(m["mod"], ctx.words),
    )


def month(c: Candidate, ctx: Context) -> Resolved | None:
    """``March``, ``last March``, ``November last year``, ``early December``."""
    m = c.match
    number = month_number(m["mon"])
    mod = period_mod(m["mod"], ctx.words)
    if ctx.anchor is None:
        return Resolved("DATE", f"XXXX-{number:02d}", mod)
    pre, rel = (m["pre"] or "").lower(), (m["rel"] or "").lower()
    if rel:
        year = ctx.anchor.year + ctx.words.relative_year_offsets[rel]
    elif pre in ctx.words.past_month_words:
        year = pick_year(number, None, ctx.anchor, "past", strict=True)
    elif pre in ctx.words.next_month_words:
        year = pick_year(number, None, ctx.anchor, "future", strict=True)
    elif pre == "this":
        year = ctx.anchor.year
    else:
        year = pick_year(number, None, ctx.anchor, ctx.tense(c.start, c.end))
    return Resolved("DATE", month_value(year, number), mod, ctx.anchor)


def year(c: Candidate, ctx: Context) -> Resolved | None:
    """``2024``, ``mid-1996``, ``fiscal 1989``, ``the end of 1994``."""
    m = c.match
    return Resolved("DATE", year_value(int(m["year"])), period_mod(m["mod"], ctx.words))


def year_range(c: Candidate, ctx: Context) -> Resolved | None:
    """``2022-2024`` and ``1998-99``: one range."""
    m = c.match
    first = int(m["y1"])
    last = int(m["y2"]) if len(m["y2"]) == 4 else first // 100 * 100 + int(m["y2"])
    if last <= first or last - first > _MAX_YEAR_RANGE:
        return None
    return Resolved("DATE", f"{year_value(first)}/{year_value(last)}")


def decade(c: Candidate, ctx: Context) -> Resolved | None:
    """``the 1960s``, ``the early '80s`` (value ``196``, ``198``)."""
    m = c.match
    full = int(m["y"]) if m["y"] else _century_of(ctx) + int(m["yy"])
    return Resolved("DATE", f"{full // 10:03d}", period_mod(m["mod"], ctx.words))


#: The century of a date written without one, when nothing says otherwise.
_DEFAULT_CENTURY = 1900
#: How far (in years) into its century an anchor must be for a two-digit decade ("the '80s")
#: to be read in the anchor's century; before that it is a decade of the 1900s. Our choice
#: for news, where "the '20s" written in 2026 still means the 1920s.
_OWN_CENTURY_AFTER = 30


def _century_of(ctx: Context) -> int:
    base = ctx.anchor.year if ctx.anchor else _DEFAULT_CENTURY
    return base // 100 * 100 if base % 100 >= _OWN_CENTURY_AFTER else _DEFAULT_CENTURY


def century(c: Candidate, ctx: Context) -> Resolved | None:
    """``the 20th century`` (value ``19``)."""
    m = c.match
    raw = m["n"].lower()
    number = ctx.words.ordinals.get(raw) or int(raw.rstrip("stndrh"))
    if not 1 <= number <= _LAST_CENTURY:
        return None
    return Resolved("DATE", f"{number - 1:02d}", period_mod(m["mod"], ctx.words))


def quarter(c: Candidate, ctx: Context) -> Resolved | None:
    """``the third quarter (of 2024)``, ``Q1 2025``."""
    m = c.match
    groups = m.groupdict()
    number = int(groups["q"]) if groups.get("q") else ctx.words.ordinals[m["ord"].lower()]
    if groups.get("year"):
        return Resolved("DATE", quarter_value(int(m["year"]), number))
    if ctx.anchor is None:
        return Resolved("DATE", f"XXXX-Q{number}")
    rel = groups.get("rel") or groups.get("prel")
    shift = ctx.words.relative_year_offsets.get((rel or "this").lower(), 0)
    current = (ctx.anchor.month - 1) // 3 + 1
    if not rel and number > current and ctx.tense(c.start, c.end) == "past":
        shift = -1
    return Resolved("DATE", quarter_value(ctx.anchor.year + shift, number), anchor=ctx.anchor)


def quarter_of_year(c: Candidate, ctx: Context) -> Resolved | None:
    """``the 1988 third quarter``, ``the 1988 period`` (the quarter last spoken of, that year)."""
    m = c.match
    year_ = int(m["year"])
    if m["ord"]:
        return Resolved("DATE", quarter_value(year_, ctx.words.ordinals[m["ord"].lower()]))
    quarter = ctx.recent_quarter(c.start)
    if m["unit"].lower() in ("quarter", "period") and quarter is not None:
        return Resolved("DATE", quarter_value(year_, (quarter.month - 1) // 3 + 1))
    return Resolved("DATE", year_value(year_))


def half(c: Candidate, ctx: Context) -> Resolved | None:
    """``the first half of 2025`` (``2025-H1``)."""
    m = c.match
    number = 1 if m["ord"].lower() == "first" else 2
    if m["year"]:
        return Resolved("DATE", f"{m['year']}-H{number}")
    if ctx.anchor is None:
        return Resolved("DATE", f"XXXX-H{number}")
    shift = ctx.words.relative_year_offsets.get((m["rel"] or "this").lower(), 0)
    return Resolved("DATE", f"{ctx.anchor.year + shift:04d}-H{number}", anchor=ctx.anchor)


_SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
#: Which season of a name is meant, relative to the one the anchor falls in: the last one
#: strictly before it, the last one up to it, the first strictly after, the first from it.
SeasonSide = Literal["before", "until", "after", "from"]
_SEASON_SIDE_OF_TENSE: dict[str, SeasonSide] = {"past": "until", "future": "from"}


def season(c: Candidate, ctx: Context) -> Resolved | None:
    """``last summer``, ``the winter of 1994``, ``this fall``, ``in the spring`` (by tense)."""
    m = c.match
    code = ctx.words.seasons[m["s"].lower()]
    pre = " ".join((m["pre"] or "").lower().split())
    mod = period_mod(pre.removeprefix("the "), ctx.words) if pre not in ("", "the") else None
    if m["year"]:
        return Resolved("DATE", f"{m['year']}-{code}", mod)
    if ctx.anchor is None:
        return Resolved("DATE", f"XXXX-{code}", mod)
    if pre in ("last", "this past"):
        direction: SeasonSide | None = "before"
    elif pre in ("next", "this coming"):
        direction = "after"
    elif pre == "this":
        direction = None
    else:
        tense = ctx.tense(c.start, c.end)
        direction = _SEASON_SIDE_OF_TENSE.get(tense or "")
    return Resolved(
        "DATE", f"{_season_year(code, ctx.anchor, direction):04d}-{code}", mod, ctx.anchor
    )


def _season_year(code: str, anchor: date, direction: SeasonSide | None) -> int:
    """The year of the named season before/after (strictly) or until/from (inclusive) the
    season the anchor falls in; None: the one starting in the anchor's year."""
    current = value_at_granularity(anchor, "season")
    here = (int(current[:4]), _SEASON_START[current[5:]])
    options = [(year, _SEASON_START[code]) for year in range(anchor.year - 2, anchor.year + 2)]
    if direction == "before":
        return max(o for o in options if o < here)[0]
    if direction == "until":
        return max(o for o in options if o <= here)[0]
    if direction == "after":
        return min(o for o in options if o > here)[0]
    if direction == "from":
        return min(o for o in options if o >= here)[0]
    return anchor.year


def spelled_year(c: Candidate, ctx: Context) -> Resolved | None:
    """``nineteen ninety-six``, ``the year two thousand``, ``January nineteen ninety-seven``."""
    m = c.match
    words = m["yw"].lower().replace("-", " ").replace(" and ", " ").split()
    lex = ctx.words
    if words[:2] == ["two", "thousand"]:
        number = 2000 + (parse_number(" ".join(words[2:]), lex) or 0 if words[2:] else 0)
    elif words[1] == "hundred":
        number = parse_number(words[0], lex) * 100  # type: ignore[operator]
    elif words[1] == "oh":
        number = (parse_number(words[0], lex) or 0) * 100 + (parse_number(words[2], lex) or 0)
    else:
        rest = parse_number(" ".join(words[1:]), lex)
        number = (parse_number(words[0], lex) or 0) * 100 + (rest or 0)
    if m["mon"]:
        return Resolved("DATE", month_value(number, month_number(m["mon"])))
    return Resolved("DATE", year_value(number))


def decade_word(c: Candidate, ctx: Context) -> Resolved | None:
    """``the nineties``: the latest decade of that name begun by the anchor's year (in a 2026
    article ``the nineties`` is ``199`` and ``the twenties`` ``202``); without an anchor, the
    decade of the 1900s (``199``, ``192``)."""
    tens = ctx.words.decade_words.index(c.match["dw"].lower()) + 2
    if ctx.anchor is None:
        start = _DEFAULT_CENTURY + 10 * tens
    else:
        start = ctx.anchor.year // 100 * 100 + 10 * tens
        if start > ctx.anchor.year:
            start -= 100
    return Resolved("DATE", f"{start // 10:03d}", period_mod(c.match["mod"], ctx.words))


def year_end(c: Candidate, ctx: Context) -> Resolved | None:
    """``year-end``, ``the year's end``: the anchor's year, mod END."""
    if ctx.anchor is None:
        return Resolved("DATE", "XXXX", "END")
    return Resolved("DATE", year_value(ctx.anchor.year), "END", ctx.anchor)


def period(c: Candidate, ctx: Context) -> Resolved | None:
    """``the latest period``, ``the same period``: the quarter or half-year last spoken of."""
    quarter = ctx.recent_quarter(c.start)
    if quarter is not None:
        return Resolved("DATE", value_at_granularity(quarter, "quarter"), None, quarter)
    grain = ctx.reference_granularity
    if ctx.reference is None or grain not in ("quarter", "half"):
        return None
    return Resolved("DATE", value_at_granularity(ctx.reference, grain), None, ctx.reference)
