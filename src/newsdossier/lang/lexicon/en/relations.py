"""English words of standing relations between actors (`RelationWords`): general English."""

from __future__ import annotations

from newsdossier.lang.lexicon.relations import RelationWords


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


RELATIONS = RelationWords(
    alliance_nouns=_words("alliance partnership coalition bloc axis entente"),
    forming_verbs=_words("form forge create establish build found launch enter join sign seal"),
    ally_nouns=_words("ally allies"),
    membership_nouns=_words("membership accession admission entry"),
    aspiration_nouns=_words("inclusion bid application candidacy candidature participation"),
    aspire_verbs=_words(
        """seek want hope wish desire apply bid aim plan try strive push promote support back
        urge ask propose lobby campaign pursue welcome endorse encourage invite"""
    ),
    modals=_words("should could would might may must ought shall"),
    join_verbs=_words("join accede rejoin"),
    commit_verbs=_words("commit pledge vow promise guarantee obligate oblige bind"),
    support_verbs=_words(
        "defend protect support help aid assist come back maintain secure guarantee uphold"
        " safeguard"
    ),
    treaty_nouns=_words("treaty pact accord agreement convention alliance charter"),
    binding_verbs=_words("grant give commit oblige obligate bind require allow guarantee"),
    accession_verbs=_words("sign ratify accede join conclude"),
    starting_verbs=_words("join accede rejoin form forge create establish found sign seal ally"),
    body_prepositions=_words("in to into"),
    possessed_body_prepositions=_words("in to into of"),
)
