"""`EventWords`: the trigger words of event types and the words around them."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from newsdossier.article import EventType


@dataclass(frozen=True, slots=True)
class EventWords:
    """Word lists of event triggers in one language."""

    #: Verb lemmas that name an event on their own ("arrive" visit, "resign" resignation).
    trigger_verbs: Mapping[str, EventType]
    #: (verb lemma, particle, object lemma) that name an event together ("step down").
    trigger_phrases: Mapping[tuple[str, str, str], EventType]
    #: Noun lemmas (or lower-case plurals) that name an event ("talks" meeting).
    trigger_nouns: Mapping[str, EventType]
    #: Verbs that carry the event their object names and lend it their subject ("held talks").
    light_verbs: frozenset[str]
    #: Verbs that name an event only with a trigger noun as object ("won the race").
    context_verbs: frozenset[str]
    #: Nouns of a document or measure: an event only as a verb's object ("signed a treaty").
    verb_only_nouns: frozenset[str]
    #: Plurals that count things rather than name an event ("won more votes").
    count_plurals: frozenset[str]
    #: Weak nouns that need a prepositional phrase to be an event ("a vote on the bill").
    prep_only_nouns: frozenset[str]
    #: Trigger nouns with common non-event senses: an event only when modified ("race").
    weak_nouns: frozenset[str]
    #: Nouns that do not make a weak trigger noun an event as modifiers ("arms race").
    not_modifiers: frozenset[str]
    #: Subordinators of a conditional clause, whose events did not happen ("if", "unless").
    conditional_markers: frozenset[str]
    #: Verbs that mean "choose to" with an infinitive ("elected to convert the debt").
    choose_sense_verbs: frozenset[str]
    #: Verbs that name an agreement only on terms ("agreed to", "agreed on").
    terms_sense_verbs: frozenset[str]
    #: Verbs that are military actions only against a place ("occupied Crimea").
    place_object_verbs: frozenset[str]
    #: Verbs that make their object, a treaty or deal, an agreement event ("signed the pact").
    signing_verbs: frozenset[str]
    #: Determiners that make a noun a mention of an event told elsewhere ("the meeting").
    definite_determiners: frozenset[str]
    #: Prepositions whose object is where an event happens ("in", "at", "into").
    where_prepositions: frozenset[str]
    #: Prepositions whose object is who an event is with or against ("with", "between").
    whom_prepositions: frozenset[str]
    #: Lemmas of phrases that attribute the sentence, never a participant ("according to").
    attribution_lemmas: frozenset[str]
    #: Prepositions by which a verb's subject takes part in a noun's event ("spoke at the
    #: summit").
    host_prepositions: frozenset[str]
