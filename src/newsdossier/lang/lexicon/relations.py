"""`RelationWords`: the words that state standing relations between actors."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class RelationWords:
    """Word lists of alliances, memberships, commitments and treaties in one language."""

    #: Nouns for a pact between parties ("form an alliance", "a strategic partnership").
    alliance_nouns: frozenset[str]
    #: Verbs that create or enter such a pact ("form", "forge", "sign").
    forming_verbs: frozenset[str]
    #: Nouns for a person or state on the same side ("X and Y are allies").
    ally_nouns: frozenset[str]
    #: Nouns for being in a body ("X's membership in Y").
    membership_nouns: frozenset[str]
    #: Nouns for wanting to be in a body ("X's bid", "X's inclusion in Y").
    aspiration_nouns: frozenset[str]
    #: Verbs that wish, seek or urge rather than state ("seeks to join", "promoting X's entry").
    aspire_verbs: frozenset[str]
    #: Modal auxiliaries that make a relation proposed, not stated ("should form").
    modals: frozenset[str]
    #: Verbs of joining a body ("join", "accede").
    join_verbs: frozenset[str]
    #: Verbs of binding oneself to act for another ("committed to", "pledged to defend").
    commit_verbs: frozenset[str]
    #: Verbs of acting for another that a commitment binds one to ("pledged to defend Y").
    support_verbs: frozenset[str]
    #: Words that name a treaty as a common noun ("the treaty", "the pact").
    treaty_nouns: frozenset[str]
    #: Verbs by which a treaty binds or entitles a party ("the treaty grants X").
    binding_verbs: frozenset[str]
    #: Verbs by which a state becomes party to a treaty ("X ratified the pact").
    accession_verbs: frozenset[str]
    #: Verbs that start a relation at the date they happen ("joined NATO in 1952").
    starting_verbs: frozenset[str]
    #: Prepositions whose object is the body of a membership ("membership in Y").
    body_prepositions: frozenset[str]
    #: `body_prepositions` plus "of", for a membership noun with a possessor ("X's
    #: membership of Y"); without one, "of" introduces the member ("the membership of X").
    possessed_body_prepositions: frozenset[str]
