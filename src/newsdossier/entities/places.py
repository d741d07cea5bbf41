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
from newsdossier.lang.lexicon import FALLBACK_LANGUAGE, Lexicon, lexicon_for
from newsdossier.lang.places import (
    GroupKey,
    canonical_name,
    country_named,
    country_of_demonym,
    us_state_named,
)
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
#: Words whose initials spell a code ("Veterans Affairs" for "VA"): the article names the
#: organisation behind the letters; as strong as two cue words, like `_DEMONYM_VOTES`.
_EXPANSION_VOTES = 2.0
#: The country of a code written out in full ("Vatican City") anywhere: two cue words.
_SPELLED_OUT_VOTES = 2.0
_WORD = re.compile(r"[A-Za-z]+")


def settle_ambiguous(
    cands: Sequence[Candidate], texts: dict[Field, str], lex: Lexicon | None = None
) -> None:
    """Re-key every ``ambiguous`` candidate as the state or the country the article means,
    and a country code the article uses for an organisation ("the VA") as a name.

    Names are settled in order of first mention; a settled name counts as evidence for
    the next (another US state, a foreign country).
    """
    settle_codes(cands, texts, lex if lex is not None else lexicon_for(FALLBACK_LANGUAGE))
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
        near_state, near_country = _nearby_places(cand, cands, texts, {state_key, country_key})
        state_score += near_state
        country_score += near_country
    foreign = countries - {_US, country_key}
    country_score += _FOREIGN_COUNTRY_VOTES * len(foreign)
    if state_score == country_score == 0 and countries <= {_US} and countries:
        state_score = _US_ONLY_VOTES
    return state_key if state_score > country_score else country_key


def settle_codes(cands: Sequence[Candidate], texts: dict[Field, str], lex: Lexicon) -> None:
    """Re-key a country keyed only by its ISO code ("VA") as a name when the article uses
    the letters for an organisation (and label it ``ORG``, a settled label `evidence` counts).

    The article must spell the letters out as a capitalised name that is not a place
    ("Veterans Affairs"), worth `_EXPANSION_VOTES`; organisation head nouns near a
    mention (``lex.org_heads``: "department", "hospital") add one cue word each. Place evidence: the
    country cue words near it, and the country's own name written in the article.
    """
    coded = {c.key: c.text for c in cands if c.key.kind == "country" and c.text == c.key.value}
    for key, code in coded.items():
        country = canonical_name(key.value)
        org = place = 0.0
        if any(country.lower() in text.lower() for text in texts.values()):
            place += _SPELLED_OUT_VOTES
        spelled = (m.group() for text in texts.values() for m in _expansion(code).finditer(text))
        if not any(country_named(m) is None and us_state_named(m) is None for m in spelled):
            continue
        org += _EXPANSION_VOTES
        for cand in cands:
            if cand.key != key or cand.text != code:
                continue
            text = texts.get(cand.field, "")
            context = _context(text, cand.start, cand.end)
            org += sum(1 for w in _WORD.findall(context) if _singular(w.lower()) in lex.org_heads)
            place += len(_COUNTRY_CUES.findall(context))
        if org > place:
            for cand in cands:
                if cand.key == key and cand.text == code:
                    cand.key = GroupKey("name", fold(code))
                    cand.label = "ORG"


def _expansion(code: str) -> re.Pattern[str]:
    """Capitalised words whose initials spell ``code`` in order ("Veterans Affairs" for "VA"),
    with small connectors between them ("Department of State")."""
    words = r"\s+(?:of\s+|and\s+|the\s+)*".join(rf"{re.escape(ch)}[a-z]+" for ch in code)
    return re.compile(rf"\b{words}\b")


def _singular(word: str) -> str:
    """``hospitals`` -> ``hospital``: a plain English plural's singular."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _nearby_places(
    cand: Candidate, cands: Sequence[Candidate], texts: dict[Field, str], own: set[GroupKey]
) -> tuple[int, int]:
    """Places named in a mention's own sentence, as cue words: (US side, foreign side).

    A US state or the United States beside the name points to the state; another country
    or its people ("Russian troops") points to the country. In the same sentence this is
    as strong as a cue word, unlike a foreign country anywhere in the article.
    """
    text = texts.get(cand.field, "")
    left, right = _bounds(text, cand.start, cand.end)
    us = foreign = 0
    for other in cands:
        if other.field != cand.field or not (left <= other.start and other.end <= right):
            continue
        if other.key in own or other.key.kind not in ("country", "subdiv", "norp"):
            continue
        is_us = other.key == _US or other.key.value.startswith("US-") or other.key.value == "US"
        us += is_us
        foreign += not is_us
    return us, foreign


def _context(text: str, start: int, end: int) -> str:
    """The sentence-ish window around a mention."""
    left, right = _bounds(text, start, end)
    return text[left:right]


def _bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence-ish window around a mention begins and ends."""
    left = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start), start - _CONTEXT_CHARS, 0)
    right_candidates = [p for p in (text.find(". ", end), text.find("\n", end)) if p >= 0]
    right = min([*right_candidates, end + _CONTEXT_CHARS])
    return left, right
