"""Names shared by a US state and a country ("Georgia"): which one the article means."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdossier.article import Field
from newsdossier.entities.spans import Candidate
from newsdossier.lang.places import country_named, country_of_demonym, us_state_named
from newsdossier.lang.text import fold

#: Words near a name that point to a US state or to a sovereign country.
_STATE_CUES = re.compile(
    r"\b(?:state|statewide|governor|gov\.|county|counties|legislature|state senator|"
    r"primary|electoral|voters?|Republicans?|Democrats?|GOP|Atlanta|Ga\.)\b"
)
_COUNTRY_CUES = re.compile(
    r"\b(?:country|countries|nation|republic|Tbilisi|Caucasus|Soviet|Kremlin|"
    r"prime minister|parliament|embassy|NATO|EU|European Union|Black Sea)\b",
    re.IGNORECASE,
)


def state_or_country(name: str, cands: Sequence[Candidate], texts: dict[Field, str]) -> str:
    """``subdiv:US-XX`` or ``country:XX`` for a name that is both, from article context.

    The state wins when other US states are named, when the sentences around the name
    speak of governors, counties or voters, or when the article is otherwise about the
    United States alone; the country wins with its demonym, country words, or other
    foreign countries.
    """
    country = country_named(name)
    state = us_state_named(name)
    assert country is not None
    assert state is not None
    state_score = 0.0
    country_score = 0.0
    other_states = {
        c.key for c in cands if c.key.startswith("subdiv:US-") and c.key != f"subdiv:{state[0]}"
    }
    countries = {c.key for c in cands if c.key.startswith("country:")}
    state_score += 2 * len(other_states)
    country_score += 2 * sum(
        1
        for c in cands
        if c.key.startswith("norp:")
        and (d := country_of_demonym(c.text))
        and d.code == country.code
    )
    for cand in cands:
        if fold(cand.text) != name:
            continue
        context = _context(texts.get(cand.field, ""), cand.start, cand.end)
        state_score += len(_STATE_CUES.findall(context))
        country_score += len(_COUNTRY_CUES.findall(context))
    foreign = countries - {"country:US", f"country:{country.code}"}
    country_score += 0.5 * len(foreign)
    if state_score == country_score == 0 and countries <= {"country:US"} and countries:
        state_score = 1
    return f"subdiv:{state[0]}" if state_score > country_score else f"country:{country.code}"


def _context(text: str, start: int, end: int) -> str:
    """The sentence-ish window around a mention."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - 200, 0)
    right_candidates = [p for p in (text.find(". ", end), text.find("\n", end)) if p >= 0]
    right = min([*right_candidates, end + 200])
    return text[left:right]
