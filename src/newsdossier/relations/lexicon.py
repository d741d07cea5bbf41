"""Words that state standing relations between actors (general English)."""

from __future__ import annotations

from typing import Literal

RelationType = Literal[
    "alliance",
    "alliance_proposal",
    "membership",
    "membership_aspiration",
    "treaty_party",
    "commitment",
]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: Nouns for a pact between parties ("form an alliance", "a strategic partnership").
ALLIANCE_NOUNS = _words("alliance partnership coalition bloc axis entente")
#: Verbs that create or enter such a pact.
FORMING_VERBS = _words("form forge create establish build found launch enter join sign seal")
#: Nouns for a person or state on the same side ("X and Y are allies").
ALLY_NOUNS = _words("ally allies")
#: Nouns for being in a body ("X's membership in Y"); aspiration nouns for wanting to be.
MEMBERSHIP_NOUNS = _words("membership accession admission entry")
ASPIRATION_NOUNS = _words("inclusion bid application candidacy candidature participation")
#: Verbs that wish, seek or urge rather than state ("seeks to join", "promoting X's entry").
ASPIRE_VERBS = _words(
    """seek want hope wish desire apply bid aim plan try strive push promote support back
    urge ask propose lobby campaign pursue welcome endorse encourage invite"""
)
MODALS = _words("should could would might may must ought shall")
#: Verbs of joining a body.
JOIN_VERBS = _words("join accede rejoin")
#: Verbs of binding oneself to act for another ("committed to", "pledged to defend").
COMMIT_VERBS = _words("commit pledge vow promise guarantee obligate oblige bind")
#: Words that name a treaty as a common noun ("the treaty", "the pact").
TREATY_NOUNS = _words("treaty pact accord agreement convention alliance charter")
