"""`StatementWords`: the words the statements stage finds cues and speakers with.

The verbs of saying themselves are shared with the language layer and live on the
`Lexicon` (``saying_verbs``); these are the statement rules' own words.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class StatementWords:
    """Word lists of speech cues and speaker descriptions in one language."""

    #: Word forms the tagger may leave unlemmatised -> the cue they stand for ("said" say).
    cue_word_lemmas: Mapping[str, str]
    #: Verbs that are speech cues only with one of these particles ("point out").
    particle_cues: Mapping[str, frozenset[str]]
    #: Multi-word prepositional cues (lower-case words) -> the cue's name; the source is the
    #: object of the last word ("according to X").
    phrase_cues: Mapping[tuple[str, ...], str]
    #: Prepositions whose object is what a speech verb is about when it has no clause or
    #: quote of its own ("asked about the plan", "warned of a storm"); the cue runs to them.
    topic_prepositions: frozenset[str]
    #: Verbs of saying only with a clause or a quote ("'We won,' she continued"); with an
    #: object or an infinitive they mean something else ("prices continued to rise").
    clause_only_cues: frozenset[str]
    #: Verbs whose object is the hearer, not what was said ("told reporters", "urged voters").
    hearer_verbs: frozenset[str]
    #: Prepositions that attach the circumstances of speaking to a subject, not its identity
    #: ("Lee, in an interview, said").
    framing_prepositions: frozenset[str]
    #: Relative pronouns that can be a clause's subject ("Lee, who said ..."): the language
    #: layer's `ReferenceWords.relative_pronouns` without "whose", as the rules used them.
    subject_relative_pronouns: frozenset[str]
    #: Determiners that make a description definite ("the minister said"):
    #: `EventWords.definite_determiners` without the plurals "these" and "those", so a
    #: plural description ("these officials") stays an unnamed source.
    singular_definite_determiners: frozenset[str]
    #: Nouns that name a person by role or trait ("the senator", "the witness").
    person_nouns: frozenset[str]
    #: Nouns that name an organisation or a place ("the ministry", "the country").
    group_nouns: frozenset[str]
    #: Organisation nouns that point at the organisation the text is about even without a
    #: matching name ("the company said").
    generic_org_nouns: frozenset[str]
    #: Group nouns for a kind of place, with the kind ("the country": ``country``, "the
    #: state": ``state``, a US state): they refer to the last place of that kind named.
    place_nouns: Mapping[str, str]
    #: Of those, the ones for a business: what a person is never called, so a name the
    #: article goes on to call "the company" is an organisation's (`entities.evidence`).
    company_nouns: frozenset[str]
    #: Nouns for someone who speaks for an organisation ("a ministry spokesman").
    spokesperson_nouns: frozenset[str]
    #: Words that only introduce a reported clause and are not part of what was said
    #: ("said that ..."); a statement's content starts after them. Not "whether" or "if",
    #: which carry meaning.
    complementizers: frozenset[str] = frozenset()
    #: Prepositions whose phrase after a speech verb tells how the words were said ("said
    #: with a smile"): part of the cue when it closes the sentence after the content.
    manner_prepositions: frozenset[str] = frozenset()
