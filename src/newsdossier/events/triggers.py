"""Trigger lookups: which event type a word names, and how strongly.

A *trigger* is the word that names an event ("arrived", "visit", "talks", "signed").
Some verbs only name an event with the right object ("won the election", "launched a
missile"); *light verbs* ("hold", "pay", "attend") carry the event named by their object
("held talks", "paid a visit") and lend it their subject. The words are the lexicon's
`EventWords`.
"""

from __future__ import annotations

from newsdossier.article import EventType
from newsdossier.lang.lexicon import EventWords


def verb_type(lemma: str, words: EventWords) -> EventType | None:
    """The event type a verb lemma names on its own, or None."""
    return words.trigger_verbs.get(lemma.lower())


def noun_type(lemma: str, text: str, words: EventWords) -> EventType | None:
    """The event type a noun names (by lemma or plural form), or None."""
    if text.lower() in words.count_plurals:
        return None
    return words.trigger_nouns.get(lemma.lower()) or words.trigger_nouns.get(text.lower())


def is_light_verb(lemma: str, words: EventWords) -> bool:
    """True for a verb that lends its subject to the event its object names."""
    return lemma.lower() in words.light_verbs or lemma.lower() in words.context_verbs


def needs_verb(lemma: str, text: str, words: EventWords) -> bool:
    """True for a noun that names an event only as the object of a verb."""
    return lemma.lower() in words.verb_only_nouns or text.lower() in words.verb_only_nouns


def needs_prep(lemma: str, words: EventWords) -> bool:
    """True for a weak noun that needs a prepositional phrase ("a vote on the bill")."""
    return lemma.lower() in words.prep_only_nouns


def is_weak_noun(lemma: str, words: EventWords) -> bool:
    """True for a trigger noun with common non-event senses ("race", "vote", "address")."""
    return lemma.lower() in words.weak_nouns
