"""`TimexWords`: the words the timex stage reads dates, durations and tense from.

The rule patterns (`newsdossier.timex.patterns`) match the surface forms; these tables say
what a matched word means (``"fortnight"`` is two weeks, ``"fall"`` is the season ``FA``)
and which neighbouring words make a match a date. Units are named in the singular, as
`newsdossier.timex.lexicon.unit_name` gives them.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Literal

#: TimeML ``mod`` of an early/mid/late modifier (a subset of the timex stage's ``Mod``).
PeriodMod = Literal["START", "MID", "END"]


@dataclass(frozen=True, slots=True)
class TimexWords:
    """Word lists and word tables of temporal expressions in one language."""

    #: Cardinal number words 0-19 in order: a word's index is its value ("zero".."nineteen").
    cardinal_ones: tuple[str, ...]
    #: Cardinal tens 20-90 in order: a word's value is 20 + 10 * its index.
    cardinal_tens: tuple[str, ...]
    #: Other words and phrases that give a count ("a" 1, "a couple of" 2, "a dozen" 12).
    number_phrases: Mapping[str, int]
    #: Ordinal words and numerals -> their number ("third" 3, "21st"... up to "twenty-first").
    ordinals: Mapping[str, int]
    #: Unit word -> the TimeML letter of a duration in it ("week" W, "weekend" WE).
    duration_units: Mapping[str, str]
    #: Units that are a multiple of their TimeML unit ("decade" is 10 years).
    unit_multiples: Mapping[str, int]
    #: Units of clock time: their durations are written ``PT`` ("PT2H").
    clock_units: frozenset[str]
    #: Parts of the day -> TimeML code ("morning" MO, "overnight" NI).
    parts_of_day: Mapping[str, str]
    #: Parts of the day the "every" rule makes a set of ("every morning"): `parts_of_day`
    #: without "overnight", which that rule does not match. Kept as the rule used it.
    every_parts_of_day: frozenset[str]
    #: Season names -> TimeML code ("fall" and "autumn" FA).
    seasons: Mapping[str, str]
    #: Seasons the "every" rule makes a set of ("every summer"): `seasons` without "fall",
    #: which that rule does not match. Kept as the rule used it.
    every_seasons: Mapping[str, str]
    #: Early/mid/late modifiers of a period -> TimeML ``mod`` ("the end of" END).
    period_modifiers: Mapping[str, PeriodMod]
    #: Decade names in order from the twenties: the index + 2 is the decade's tens digit.
    decade_words: tuple[str, ...]
    #: Adverbs of frequency -> the TimeML value of the set ("weekly" P1W).
    set_words: Mapping[str, str]
    #: Words for now, the recent past and the near future -> TimeML reference value.
    reference_words: Mapping[str, str]
    #: Deictic day words -> days from the anchor ("yesterday" -1).
    deictic_days: Mapping[str, int]
    #: "last"/"this"/"next" before "year" (or a month, quarter, half) -> years from the anchor.
    relative_year_offsets: Mapping[str, int]
    #: Words before a part of the day -> days from the anchor ("last night" -1).
    part_of_day_offsets: Mapping[str, int]
    #: Words before a unit that count one back from the anchor ("last week", "the past year").
    past_relations: frozenset[str]
    #: Words before a unit that count one ahead of the anchor ("next month").
    next_relations: frozenset[str]
    #: Words before a unit that count from the last date mentioned ("the following day").
    anaphoric_relations: frozenset[str]
    #: Words before a unit that count one ahead of the last date mentioned ("the next day").
    following_relations: frozenset[str]
    #: Units that "the" alone points at ("the quarter", "the week"); other units need more.
    bare_the_units: frozenset[str]
    #: Words that make "quarter" the quarter last spoken of ("that quarter", "the quarter").
    quarter_relations: frozenset[str]
    #: Words that make a unit the period last spoken of when it has that unit's size.
    reference_relations: frozenset[str]
    #: Words that keep an anaphoric unit on the period last spoken of (no shift).
    same_period_relations: frozenset[str]
    #: Words before a month name that put it strictly in the past ("last March").
    past_month_words: frozenset[str]
    #: Words before a month name that put it strictly in the future ("next May").
    next_month_words: frozenset[str]
    #: Words before a weekday that put it strictly in the past: `past_month_words` plus
    #: "previous" and "the previous", which the weekday rule also matches.
    past_weekday_words: frozenset[str]
    #: Words before a weekday that put it strictly in the future: `next_month_words` plus
    #: "the following" and "the next", which the weekday rule also matches.
    next_weekday_words: frozenset[str]
    #: Words before a weekday that count from the last date mentioned ("the following Monday").
    anaphoric_weekday_words: frozenset[str]
    #: Words after a count of units that point forward ("two days later", "a week from now").
    forward_directions: frozenset[str]
    #: Words after a count of units that count from the anchor, not the last date ("ago").
    from_now_directions: frozenset[str]
    #: Marks of an extra half unit ("two and a half years", "2 1/2 days").
    half_marks: tuple[str, ...]
    #: Holidays on a fixed date -> (month, day) ("christmas" (12, 25)).
    fixed_holidays: Mapping[str, tuple[int, int]]
    #: Holidays whose date moves -> the name of the rule that computes it in the timex stage.
    movable_holidays: Mapping[str, str]
    #: Words before a bare month name that make it a month ("in March", "last May").
    month_context_words: frozenset[str]
    #: Month names (and abbreviations) that are also common words or given names.
    ambiguous_months: frozenset[str]
    #: Plural units after a year-like number that make it a count ("2000 years").
    count_units: frozenset[str]
    #: Words before a bare season name that make it a season ("in spring", "last summer").
    season_context_words: frozenset[str]
    #: Words that may follow "the past" when it is a noun ("the past is", "in the past and").
    words_after_the_past: frozenset[str]
    #: Verb lemmas whose complement happens later ("is scheduled to visit", "plans to meet").
    future_lemmas: frozenset[str]
    #: Auxiliaries that put their verb ahead of the anchor ("will", "'ll", "could").
    future_auxiliaries: frozenset[str]
    #: Present forms of "be" that make a verb present ("is expected").
    present_be_forms: frozenset[str]
    #: Forms of "be" that make a past participle passive, not past ("is held", "being held").
    passive_be_forms: frozenset[str]
