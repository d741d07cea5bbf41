"""English event trigger words (`EventWords`): general English, by event type.

A *trigger* is the word that names an event ("arrived", "visit", "talks", "signed").
Some verbs only name an event with the right object ("won the election", "launched a
missile"); *light verbs* ("hold", "pay", "attend") carry the event named by their object
("held talks", "paid a visit") and lend it their subject.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsdossier.article import EventType
from newsdossier.lang.lexicon.events import EventWords


def _table(groups: Mapping[EventType, str]) -> dict[str, EventType]:
    return {word: kind for kind, words in groups.items() for word in words.split()}


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


_VERBS = _table(
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

_PHRASES: dict[tuple[str, str, str], EventType] = {
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

_NOUNS = _table(
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

_LIGHT_VERBS = _words(
    """hold have make pay conduct stage host attend reach sign launch carry begin start
    join organize organise convene chair call win lose contest lead complete conclude
    finish end wrap undertake plan schedule postpone cancel impose announce give deliver
    resume open strike lift extend approve seal broker negotiate capture clinch sweep"""
)

EVENTS = EventWords(
    trigger_verbs=_VERBS,
    trigger_phrases=_PHRASES,
    trigger_nouns=_NOUNS,
    light_verbs=_LIGHT_VERBS,
    context_verbs=_words("win lose run launch fire stage cut raise"),
    verb_only_nouns=_words(
        """agreement treaty pact accord deal memorandum sanctions tariff tariffs embargo
        investment statement remarks"""
    ),
    count_plurals=_words("votes ballots polls"),
    prep_only_nouns=_words("vote"),
    weak_nouns=_words("race vote exercise exercises address deal drill drills primary war"),
    not_modifiers=_words("arms human horse space rat home street email web ip"),
    conditional_markers=_words("if unless whether lest"),
    choose_sense_verbs=_words("elect vote"),
    terms_sense_verbs=_words("agree"),
    place_object_verbs=_words("occupy invade blockade"),
    signing_verbs=_words("sign ink ratify"),
    definite_determiners=_words("the this that these those"),
    where_prepositions=_words("in at to into inside across around near"),
    whom_prepositions=_words("with between against among alongside versus"),
    attribution_lemmas=_words("accord according per say"),
    host_prepositions=_words("in at during to for on"),
)
