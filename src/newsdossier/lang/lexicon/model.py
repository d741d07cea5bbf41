"""`Lexicon`: the named word sets one language gives the stages.

Lists several stages or the language layer share are fields of `Lexicon` itself; the
lists of one area are grouped in a part (`Lexicon.timex`, ``.statements``, ``.events``,
``.relations``, and ``.reference`` for the language layer's pronoun and description
resolution), each part a frozen dataclass of its own module.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from newsdossier.lang.lexicon.events import EventWords
from newsdossier.lang.lexicon.modality import ModalityWords
from newsdossier.lang.lexicon.reference import ReferenceWords
from newsdossier.lang.lexicon.relations import RelationWords
from newsdossier.lang.lexicon.roles import RoleWords
from newsdossier.lang.lexicon.statements import StatementWords
from newsdossier.lang.lexicon.timex import TimexWords


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word lists of one language, each a set of lower-case words (or a word table)."""

    language: str
    #: Nouns naming a position a person holds ("president", "spokesperson").
    title_heads: frozenset[str]
    #: Words modifying a title without naming an organisation ("prime", "acting").
    title_modifiers: frozenset[str]
    #: Courtesy titles before a name ("mr.", "dr"): a person, but not a role.
    honorifics: frozenset[str]
    #: Last words of organisation names ("party", "ministry").
    org_heads: frozenset[str]
    #: Last words of treaty and law names ("treaty", "act").
    law_heads: frozenset[str]
    #: Common verbs that report speech or thought, whose subject is a person or an
    #: organisation (entity-type evidence); also lists the unlemmatised form "told".
    speech_verbs: frozenset[str]
    #: Lemmas of every verb of saying or writing a statement cue is made of: `speech_verbs`
    #: (without "told") plus rarer ones ("quip", "tweet") too weak as entity evidence.
    saying_verbs: frozenset[str]
    #: Pronouns that refer to people.
    person_pronouns: frozenset[str]
    #: Pronoun -> "Masc" / "Fem".
    pronoun_gender: Mapping[str, str]
    #: Words before a title that put the role in the past ("former").
    former_markers: frozenset[str]
    #: Small words allowed inside a capitalised name ("of", "and").
    name_connectors: frozenset[str]
    #: Generational suffixes after a name, without the dot ("jr", "iii").
    name_suffixes: frozenset[str]
    #: Legal-form suffixes of company names ("inc.", "ltd").
    corporate_suffixes: frozenset[str]
    #: Last words of the names of places, works of the land and events, never of a
    #: person's name in its own right ("bay", "street", "war"): "Chesapeake Bay", "Cheyne
    #: Walk", "World War II" cannot be "he" or "she".
    thing_heads: frozenset[str]
    #: Words before "Convention" that make it a gathering ("national").
    gatherings: frozenset[str]
    #: Lemmas of verbs whose complement is a role ("be", "serve").
    role_verbs: frozenset[str]
    #: Adverbs that put a role in the past ("formerly").
    past_adverbs: frozenset[str]
    #: Small words that end a title phrase read leftwards from a name.
    phrase_stops: frozenset[str]
    #: Prepositions whose complement stays part of a title ("minister of state").
    title_prepositions: frozenset[str]
    #: Prepositions whose object is a place, not a person ("in Florence").
    place_prepositions: frozenset[str]
    #: Of those, the ones that locate what follows and almost never take a person ("in",
    #: "at", "near"): a name the article only ever writes after one is a place's.
    locating_prepositions: frozenset[str]
    #: Titles safe to cut from the start of a person's name.
    leading_titles: frozenset[str]
    #: Labels that stand where a dateline could ("update", "editor's note").
    dateline_labels: frozenset[str]
    #: Words that start a dateline-shaped line but are not places.
    not_places: frozenset[str]
    #: Common words a headline shares with any body.
    headline_stops: frozenset[str]
    #: The language's stop words (from spaCy).
    stop_words: frozenset[str]
    #: Words for resolving pronouns and descriptions (`newsdossier.lang.actors`, ``discourse``).
    reference: ReferenceWords
    #: Words of temporal expressions (the timex stage).
    timex: TimexWords
    #: Words of speech cues and speaker descriptions (the statements stage).
    statements: StatementWords
    #: Event trigger words (the events stage).
    events: EventWords
    #: Words of standing relations (the relations stage).
    relations: RelationWords
    #: Words of modality: conditions, modals, "a possible attack" (`newsdossier.lang.modality`).
    modality: ModalityWords = field(default_factory=ModalityWords)
    #: Titles and the organisations they imply (the roles stage).
    roles: RoleWords = field(default_factory=RoleWords)

    def is_title_word(self, word: str) -> bool:
        """Whether ``word`` (any case, singular or plural) is a title head noun."""
        low = word.lower()
        if low in self.title_heads:
            return True
        return low.endswith("s") and low[:-1] in self.title_heads and len(low) > 3

    def singular_title(self, word: str) -> str:
        """``members`` -> ``member``; other words unchanged."""
        low = word.lower()
        if low not in self.title_heads and low.endswith("s") and low[:-1] in self.title_heads:
            return word[:-1]
        return word
