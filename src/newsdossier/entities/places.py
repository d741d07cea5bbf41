"""Names shared by a US state and a country ("Georgia"): which one the article means.

Each cue word near a mention ("governor", "Tbilisi") is one vote for its side; the other
weights below are in cue words. They were set by hand when the rule was written (commit
9ed4be4, no measurement recorded), and the Georgia tests in ``tests/entities`` pin the
decisions they give.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsdossier.article import Field
from newsdossier.entities.candidate import Candidate
from newsdossier.lang.places import GroupKey, country_named, country_of_demonym, us_state_named
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
#: Another US state named in the article: strong evidence, two cue words.
_OTHER_STATE_VOTES = 2.0
#: The country's demonym ("Georgian") anywhere in the article: as strong, two cue words.
_DEMONYM_VOTES = 2.0
#: Another foreign country named: weak evidence (a US story names countries too), half a cue.
_FOREIGN_COUNTRY_VOTES = 0.5
#: No cue either way in an article that names no country but the US: the state, by one cue.
_US_ONLY_VOTES = 1.0
#: Characters either side of a mention searched for cues when no sentence end is nearer:
#: room for one long sentence.
_CONTEXT_CHARS = 200
_US = GroupKey("country", "US")


def settle_ambiguous(cands: Sequence[Candidate], texts: dict[Field, str]) -> None:
    """Re-key every ``ambiguous`` candidate as the state or the country the article means.

    Names are settled in order of first mention; a settled name counts as evidence for
    the next (another US state, a foreign country).
    """
    ambiguous = dict.fromkeys(c.key for c in cands if c.key.kind == "ambiguous")
    for key in ambiguous:
        choice = state_or_country(key.value, cands, texts)
        for cand in cands:
            if cand.key == key:
                cand.key = choice


def state_or_country(name: str, cands: Sequence[Candidate], texts: dict[Field, str]) -> GroupKey:
    """The state's key (``subdiv``) or the country's for a folded name that is both.

    The state wins when other US states are named, when the sentences around the name
    speak of governors, counties or voters, or when the article is otherwise about the
    United States alone; the country wins with its demonym, country words, or other
    foreign countries.
    """
    country = country_named(name)
    state = us_state_named(name)
    assert country is not None
    assert state is not None
    state_key = GroupKey("subdiv", state.code)
    country_key = GroupKey("country", country.code)
    state_score = 0.0
    country_score = 0.0
    other_states = {
        c.key
        for c in cands
        if c.key.kind == "subdiv" and c.key.value.startswith("US-") and c.key != state_key
    }
    countries = {c.key for c in cands if c.key.kind == "country"}
    state_score += _OTHER_STATE_VOTES * len(other_states)
    country_score += _DEMONYM_VOTES * sum(
        1
        for c in cands
        if c.key.kind == "norp" and (d := country_of_demonym(c.text)) and d.code == country.code
    )
    for cand in cands:
        if fold(cand.text) != name:
            continue
        context = _context(texts.get(cand.field, ""), cand.start, cand.end)
        state_score += len(_STATE_CUES.findall(context))
        country_score += len(_COUNTRY_CUES.findall(context))
    foreign = countries - {_US, country_key}
    country_score += _FOREIGN_COUNTRY_VOTES * len(foreign)
    if state_score == country_score == 0 and countries <= {_US} and countries:
        state_score = _US_ONLY_VOTES
    return state_key if state_score > country_score else country_key


def _context(text: str, start: int, end: int) -> str:
    """The sentence-ish window around a mention."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - _CONTEXT_CHARS, 0)
    right_candidates = [p for p in (text.find(". ", end), text.find("\n", end)) if p >= 0]
    right = min([*right_candidates, end + _CONTEXT_CHARS])
    return text[left:right]
