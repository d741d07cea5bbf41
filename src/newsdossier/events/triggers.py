"""General English event triggers by event type: verbs and nouns, with light verbs.

A *trigger* is the word that names an event ("arrived", "visit", "talks", "signed").
Some verbs only name an event with the right object ("won the election", "launched a
missile"); *light verbs* ("hold", "pay", "attend") carry the event named by their object
("held talks", "paid a visit") and lend it their subject.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsdossier.article import EventType


def _table(groups: Mapping[EventType, str]) -> dict[str, EventType]:
    return {word: kind for kind, words in groups.items() for word in words.split()}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Verb lemmas that name an event on their own.
VERBS: dict[str, EventType] = _table(
    {
        "visit": "visit arrive tour travel fly land revisit",
        "meeting": "meet confer negotiate discuss summit host",
        "statement": "announce declare proclaim testify unveil pledge vow condemn criticize "
        "criticise urge",
        "election": "elect reelect re-elect vote campaign",
        "agreement": "ratify agree",
        "appointment": "appoint nominate inaugurate reappoint",
        "resignation": "resign quit oust dismiss sack retire depose impeach",
        "military": "attack invade bomb shell strike raid shoot kill occupy "
        "blockade intercept mobilize mobilise deploy airstrike",
        "economic": "sanction invest acquire merge boycott subsidize subsidise embargo",
    }
)

#: Verb phrases (lemma, particle, object lemma) that name an event together.
PHRASES: dict[tuple[str, str, str], EventType] = {
    ("take", "", "office"): "appointment",
    ("take", "", "power"): "appointment",
    ("assume", "", "office"): "appointment",
    ("return", "", "office"): "appointment",
    ("return", "", "power"): "appointment",
    ("swear", "in", ""): "appointment",
    ("step", "down", ""): "resignation",
    ("step", "aside", ""): "resignation",
    ("leave", "", "office"): "resignation",
    ("sit", "down", ""): "meeting",
    ("hold", "", "talk"): "meeting",
}

#: Noun lemmas (or lower-cased words) that name an event.
NOUNS: dict[str, EventType] = _table(
    {
        "visit": "visit trip tour arrival journey stopover",
        "meeting": "meeting talks summit conference negotiation negotiations dialogue "
        "consultation consultations encounter",
        "statement": "speech address remarks statement announcement declaration "
        "interview testimony briefing",
        "election": "election elections vote referendum primary primaries run-off "
        "runoff ballot race",
        "agreement": "agreement treaty pact accord deal memorandum ceasefire truce armistice",
        "appointment": "appointment nomination inauguration swearing-in reappointment",
        "resignation": "resignation dismissal ouster removal impeachment retirement",
        "military": "attack invasion strike airstrike bombing offensive raid incursion "
        "blockade drill drills exercise exercises war clash clashes shelling",
        "economic": "sanctions tariff tariffs embargo investment acquisition merger boycott",
    }
)

#: Verbs that carry the event named by their object and lend it their subject.
LIGHT_VERBS = _words(
    """hold have make pay conduct stage host attend reach sign launch carry begin start
    join organize organise convene chair call win lose contest lead complete conclude
    finish end wrap undertake plan schedule postpone cancel impose announce give deliver
    resume open strike lift extend approve seal broker negotiate capture clinch sweep"""
)

#: Verbs that name an event only with a trigger noun as object ("won the race").
_CONTEXT_VERBS = frozenset({"win", "lose", "run", "launch", "fire", "stage", "cut", "raise"})

#: Nouns that name a document or measure, an event only as the object of a verb
#: ("signed a treaty", "imposed tariffs"), not as a standing thing ("the treaty grants").
NEEDS_VERB = _words(
    """agreement treaty pact accord deal memorandum sanctions tariff tariffs embargo
    investment statement remarks"""
)

#: Plurals that count things rather than name an event ("won more votes").
_COUNTS = frozenset({"votes", "ballots", "polls"})

#: Weak nouns whose modifiers name a bloc, not an event ("the black vote").
_PREP_ONLY = frozenset({"vote"})

#: Nouns that may take "election" sense only when an election word is nearby.
_WEAK_NOUNS = frozenset(
    {
        "race",
        "vote",
        "exercise",
        "exercises",
        "address",
        "deal",
        "drill",
        "drills",
        "primary",
        "war",
    }
)


def verb_type(lemma: str) -> EventType | None:
    """The event type a verb lemma names on its own, or None."""
    return VERBS.get(lemma.lower())


def noun_type(lemma: str, text: str) -> EventType | None:
    """The event type a noun names (by lemma or plural form), or None."""
    if text.lower() in _COUNTS:
        return None
    return NOUNS.get(lemma.lower()) or NOUNS.get(text.lower())


def is_light_verb(lemma: str) -> bool:
    """True for a verb that lends its subject to the event its object names."""
    return lemma.lower() in LIGHT_VERBS or lemma.lower() in _CONTEXT_VERBS


def needs_verb(lemma: str, text: str) -> bool:
    """True for a noun that names an event only as the object of a verb."""
    return lemma.lower() in NEEDS_VERB or text.lower() in NEEDS_VERB


def needs_prep(lemma: str) -> bool:
    """True for a weak noun that needs a prepositional phrase ("a vote on the bill")."""
    return lemma.lower() in _PREP_ONLY


def is_weak_noun(lemma: str) -> bool:
    """True for a trigger noun with common non-event senses ("race", "vote", "address")."""
    return lemma.lower() in _WEAK_NOUNS
