"""`ReferenceWords`: the words the language layer resolves pronouns and descriptions with
(`newsdossier.lang.actors`, `newsdossier.lang.discourse`)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReferenceWords:
    """Word lists for finding who a phrase refers to, in one language."""

    #: Courtesy titles -> the gender they show ("ms." Fem).
    honorific_gender: Mapping[str, str]
    #: Given names (lower-case) nearly always borne by one gender -> that gender
    #: ("michael" Masc); a name borne by both ("jordan", "kim") is not in it.
    given_name_gender: Mapping[str, str]
    #: The names of `given_name_gender` rarely borne as surnames: a person named by one of
    #: them alone ("Alice") shows its gender; "Harris" or "Scott" alone does not.
    lone_given_name_gender: Mapping[str, str]
    #: The names of `given_name_gender` whose gender the table's counts prove even where
    #: they are cut short ("mary", not "nicola": a name missing from one gender's list may
    #: be as common there as the rarest name listed, and "nicola" is that rare as a
    #: woman's name in the US). Their gender rules a person out; the others' is weighed.
    certain_given_names: frozenset[str]
    #: Abbreviated titles -> the noun they stand for ("sen." senator).
    title_abbreviations: Mapping[str, str]
    #: Words for a group travelling or acting with a leader ("her delegation", "the group").
    collective_nouns: frozenset[str]
    #: Relative pronouns, resolved to the noun their clause hangs on ("who", "whose").
    relative_pronouns: frozenset[str]
    #: Pronouns that name one organisation or place ("it", "its"); "they" is left alone.
    group_pronouns: frozenset[str]
    #: Modifiers of a title noun that pick its past holder ("the former president"). Differs
    #: from `Lexicon.former_markers` (what roles read before a name): it has "onetime" and
    #: lacks "late" and "outgoing"; each list is kept as its code used it.
    former_title_modifiers: frozenset[str]
