"""English words of temporal expressions (`TimexWords`): numbers, units, parts of the day,
seasons, holidays, and the words around a date that decide what it is.

Order matters where a table is a tuple or where the timex stage builds a pattern from it
(number words, ordinals, holiday names): alternatives are tried in the order given.
"""

from __future__ import annotations

from newsdossier.lang.lexicon.timex import PeriodMod, TimexWords

# fmt: off
_ONES = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen",
)
_TENS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
# fmt: on
_NUMBER_PHRASES = {
    "a": 1,
    "an": 1,
    "a single": 1,
    "a couple of": 2,
    "a dozen": 12,
    "dozen": 12,
}
_ORDINALS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "1st": 1,
    "2nd": 2,
    "3rd": 3,
    "4th": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
    "twentieth": 20,
    "twenty-first": 21,
}
_DURATION_UNITS = {
    "second": "S",
    "minute": "M",
    "hour": "H",
    "day": "D",
    "night": "D",
    "week": "W",
    "fortnight": "W",
    "weekend": "WE",
    "month": "M",
    "quarter": "Q",
    "year": "Y",
    "decade": "Y",
    "century": "Y",
}
_PARTS_OF_DAY = {
    "morning": "MO",
    "afternoon": "AF",
    "evening": "EV",
    "night": "NI",
    "overnight": "NI",
}
_PERIOD_MODIFIERS: dict[str, PeriodMod] = {
    "early": "START",
    "the beginning of": "START",
    "the start of": "START",
    "mid": "MID",
    "the middle of": "MID",
    "late": "END",
    "the end of": "END",
}
_SET_WORDS = {
    "daily": "P1D",
    "weekly": "P1W",
    "monthly": "P1M",
    "quarterly": "P1Q",
    "annually": "P1Y",
    "yearly": "P1Y",
    "hourly": "PT1H",
    "nightly": "P1D",
    "biweekly": "P2W",
    "biannually": "P6M",
    "semiannually": "P6M",
}
_REFERENCE_WORDS = {
    "right now": "PRESENT_REF",
    "just now": "PAST_REF",
    "now": "PRESENT_REF",
    "currently": "PRESENT_REF",
    "at present": "PRESENT_REF",
    "presently": "PRESENT_REF",
    "nowadays": "PRESENT_REF",
    "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF",
    "for the time being": "PRESENT_REF",
    "recently": "PAST_REF",
    "lately": "PAST_REF",
    "previously": "PAST_REF",
    "formerly": "PAST_REF",
    "soon": "FUTURE_REF",
    "shortly": "FUTURE_REF",
}
_FIXED_HOLIDAYS = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "independence day": (7, 4),
    "halloween": (10, 31),
    "valentine's day": (2, 14),
    "boxing day": (12, 26),
    "veterans day": (11, 11),
}
#: Name -> rule key of `newsdossier.timex.holidays` (Easter by the computus, US holidays by
#: their weekday rule).
_MOVABLE_HOLIDAYS = {
    "easter": "easter",
    "easter sunday": "easter",
    "good friday": "good_friday",
    "easter monday": "easter_monday",
    "thanksgiving": "thanksgiving",
    "thanksgiving day": "thanksgiving",
    "election day": "election_day",
    "labor day": "labor_day",
    "memorial day": "memorial_day",
}

# fmt: off
_MONTH_CONTEXT_WORDS = frozenset({
    "in", "since", "until", "till", "by", "during", "through", "from", "of", "before", "after",
    "last", "next", "this", "early", "mid", "late", "and", "or", "to", "between", "end",
    "beginning", "start", "middle", "for", "on", "past", "coming", "into", "throughout",
    "earlier", "later", "each", "every", "that", "in-", "mid-", "as", "around", "about",
})
_SEASON_CONTEXT_WORDS = frozenset({
    "in", "during", "this", "by", "until", "since", "over", "through", "last", "next", "early",
    "late", "of",
})
_WORDS_AFTER_THE_PAST = frozenset({
    "and", "or", "but", "is", "was", "has", "to", "in", "of", "for", "as", "when", "that",
})
_FUTURE_LEMMAS = frozenset({
    "schedule", "plan", "expect", "set", "due", "intend", "aim", "prepare", "hope", "slate",
    "want", "seek", "promise", "vow", "pledge", "propose", "likely",
})
_FUTURE_AUXILIARIES = frozenset({
    "will", "shall", "'ll", "wo", "gon", "would", "could", "might", "may", "should", "must",
    "can", "ca",
})
# fmt: on

TIMEX = TimexWords(
    cardinal_ones=_ONES,
    cardinal_tens=_TENS,
    number_phrases=_NUMBER_PHRASES,
    ordinals=_ORDINALS,
    duration_units=_DURATION_UNITS,
    unit_multiples={"fortnight": 2, "decade": 10, "century": 100},
    clock_units=frozenset({"second", "minute", "hour"}),
    parts_of_day=_PARTS_OF_DAY,
    every_parts_of_day=frozenset({"morning", "evening", "night", "afternoon"}),
    seasons={"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI"},
    every_seasons={"summer": "SU", "winter": "WI", "spring": "SP", "autumn": "FA"},
    period_modifiers=_PERIOD_MODIFIERS,
    decade_words=(
        *("twenties", "thirties", "forties", "fifties"),
        *("sixties", "seventies", "eighties", "nineties"),
    ),
    set_words=_SET_WORDS,
    reference_words=_REFERENCE_WORDS,
    deictic_days={"yesterday": -1, "today": 0, "tomorrow": 1, "tonight": 0},
    relative_year_offsets={"last": -1, "this": 0, "next": 1},
    part_of_day_offsets={"this": 0, "tomorrow": 1, "yesterday": -1, "last": -1},
    past_relations=frozenset({"last", "past", "the past", "the last", "the latest", "previous"}),
    next_relations=frozenset({"next", "coming", "the coming"}),
    anaphoric_relations=frozenset(
        {"previous", "the previous", "following", "the following"}
        | {"same", "the same", "that", "the prior"}
    ),
    following_relations=frozenset({"following", "the following", "the next"}),
    bare_the_units=frozenset({"quarter", "week", "weekend", "month"}),
    quarter_relations=frozenset({"the", "that", "this", "the latest", "the same"}),
    reference_relations=frozenset({"the", "that", "the latest", "the same"}),
    same_period_relations=frozenset({"the", "this", "the latest"}),
    past_month_words=frozenset({"last", "past", "this past"}),
    next_month_words=frozenset({"next", "coming", "this coming"}),
    past_weekday_words=frozenset({"last", "past", "this past", "previous", "the previous"}),
    next_weekday_words=frozenset({"next", "coming", "this coming", "the following", "the next"}),
    anaphoric_weekday_words=frozenset({"the previous", "the following", "the next"}),
    forward_directions=frozenset({"later", "after", "from now", "hence"}),
    from_now_directions=frozenset({"ago", "from now", "hence"}),
    half_marks=("and a half", "1/2", "½"),
    fixed_holidays=_FIXED_HOLIDAYS,
    movable_holidays=_MOVABLE_HOLIDAYS,
    month_context_words=_MONTH_CONTEXT_WORDS,
    ambiguous_months=frozenset({"may", "march", "april", "june", "august", "jan"}),
    count_units=frozenset(
        {"years", "months", "weeks", "days", "hours", "minutes", "seconds", "decades"}
        | {"centuries"}
    ),
    season_context_words=_SEASON_CONTEXT_WORDS,
    words_after_the_past=_WORDS_AFTER_THE_PAST,
    future_lemmas=_FUTURE_LEMMAS,
    future_auxiliaries=_FUTURE_AUXILIARIES,
    present_be_forms=frozenset({"is", "are", "am"}),
    passive_be_forms=frozenset({"is", "are", "am", "be", "being"}),
)
