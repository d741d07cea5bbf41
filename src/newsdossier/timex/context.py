"""What resolving one expression needs: the anchor date, the last date mentioned, the tense,
and the words of the text's language."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from newsdossier.article import TimexType, Token
from newsdossier.lang.intervals import add_months, value_to_interval
from newsdossier.lang.lexicon import TimexWords
from newsdossier.timex.tense import Tense, tense_at
from newsdossier.timex.values import Granularity, Mod, granularity, shift_days

#: How far (in characters) a quarter just spoken of stays the period being discussed.
QUARTER_WINDOW = 600

_RANK = {
    "century": 1,
    "decade": 2,
    "year": 3,
    "half": 4,
    "quarter": 4,
    "season": 4,
    "month": 5,
    "week": 6,
    "weekend": 6,
    "day": 7,
    "night": 7,
    "time": 8,
}


@dataclass(frozen=True, slots=True)
class Resolved:
    """A normalized value before it becomes a `Timex` (``anchored``: computed from a date)."""

    type: TimexType
    value: str
    mod: Mod | None = None
    anchor: date | None = None


@dataclass(slots=True)
class Context:
    """The article-level state of one normalization pass over a text (``words``: the
    lexicon's words of time for the text's language)."""

    text: str
    anchor: date | None
    words: TimexWords
    tokens: Sequence[Token] = ()
    reference: date | None = None
    reference_granularity: Granularity | None = None
    last_quarter: date | None = None
    last_quarter_at: int = -1
    _tenses: dict[tuple[int, int], Tense | None] = field(default_factory=dict)

    def tense(self, start: int, end: int) -> Tense | None:
        """Tense governing the span (cached)."""
        key = (start, end)
        if key not in self._tenses:
            self._tenses[key] = tense_at(self.tokens, start, end, self.text, self.words)
        return self._tenses[key]

    def anaphoric_base(self, unit: str = "day") -> date | None:
        """The date anaphoric expressions ("the day before") count from: the last date
        mentioned if it is at least as fine as ``unit``, else the anchor."""
        if self.reference is None:
            return self.anchor
        fine_enough = _RANK.get(self.reference_granularity or "", 0) >= _RANK.get(unit, 7)
        if fine_enough or self.anchor is None:
            return self.reference
        return self.anchor

    def recent_quarter(self, at: int) -> date | None:
        """The first day of the fiscal quarter spoken of within `QUARTER_WINDOW` characters
        before ``at`` (earnings reports compare "a year ago" with that quarter)."""
        if self.last_quarter is None or at - self.last_quarter_at > QUARTER_WINDOW:
            return None
        return self.last_quarter

    def remember(self, found: Resolved, at: int = 0) -> None:
        """Make a resolved point the reference for later anaphoric expressions."""
        if found.type not in ("DATE", "TIME") or "/" in found.value:
            return
        grain = granularity(found.value)
        interval = value_to_interval(found.value)
        if grain is None or interval is None:
            return
        self.reference = interval[0]
        self.reference_granularity = grain
        if grain == "quarter":
            self.last_quarter, self.last_quarter_at = interval[0], at


#: Days counted as a month when comparing (month, day) distances: the longest month.
_DAYS_PER_MONTH = 31

#: How much nearer a date on the side the tense points to counts (0.15: a past-tense date
#: up to ~6 times farther back than the nearest future one is still taken as past).
_TENSE_WEIGHT = 0.15


def pick_year(
    month: int, day: int | None, anchor: date, tense: Tense | None, *, strict: bool = False
) -> int:
    """The year of a month (and day) given without one, from the anchor and the tense.

    The nearest such date wins, with distances on the side the tense points to (past or
    future) shrunk by `_TENSE_WEIGHT`. ``strict`` (``last March``, ``next May``) excludes
    the anchor's own month and forces the side.
    """
    here = (anchor.year, anchor.month, anchor.day if day else 1)
    best: tuple[float, int] | None = None
    for year in (anchor.year - 1, anchor.year, anchor.year + 1):
        distance = _months_between((year, month, day or 1), here)
        side: Tense | None = "past" if distance < 0 else "future" if distance > 0 else None
        if (strict or tense == "future") and side is not None and side != tense:
            continue
        if strict and side is None:
            continue
        score = abs(distance) * (_TENSE_WEIGHT if side == tense else 1.0)
        if side is None and not day:
            score = -1.0
        if best is None or score < best[0]:
            best = (score, year)
    return best[1] if best else anchor.year


def _months_between(a: tuple[int, int, int], b: tuple[int, int, int]) -> float:
    return (a[0] - b[0]) * 12 + (a[1] - b[1]) + (a[2] - b[2]) / _DAYS_PER_MONTH


def weekday_date(
    weekday: int, base: date, direction: Tense | None, *, strict: bool = False
) -> date:
    """The date of a weekday near ``base``: same day unless ``strict``, else per direction."""
    ahead = (weekday - base.weekday()) % 7
    if ahead == 0 and not strict:
        return base
    if direction == "future":
        return shift_days(base, ahead or 7)
    if direction == "present" and 0 < ahead <= 3:
        return shift_days(base, ahead)
    return shift_days(base, -((7 - ahead) % 7 or 7))


def shift(base: date, unit: str, amount: int) -> date:
    """``base`` moved by ``amount`` units (day, week, month, quarter, year, decade, century)."""
    if unit in ("day", "night"):
        return shift_days(base, amount)
    if unit in ("week", "weekend"):
        return shift_days(base, 7 * amount)
    if unit == "fortnight":
        return shift_days(base, 14 * amount)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}
    if unit in months:
        return add_months(base, months[unit] * amount)
    return base
