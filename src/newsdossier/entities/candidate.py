"""A candidate mention and the key it is grouped under.

A `Candidate` is a mutable working copy of a mention while the article's entities are
being built. Its `GroupKey` is decided when it is made, from its surface, its labels and
where it came from: a law by its parties and words, a country or US state by ISO code, a
nationality by its country, anything else by its folded name. A name that is both a US
state and a country stays ``ambiguous`` until `newsdossier.entities.places` reads the
article around it.
"""

from __future__ import annotations

from dataclasses import dataclass
from dataclasses import field as dc_field
from typing import Literal

from newsdossier.article import Field
from newsdossier.lang.laws import law_key
from newsdossier.lang.places import (
    GroupKey,
    KeyKind,
    country_named,
    country_of_demonym,
    us_state_named,
)
from newsdossier.lang.text import fold, words

#: The article fields names are looked for in, in the order entities are numbered.
FIELDS: tuple[Field, ...] = ("body", "title", "kicker", "deck", "caption")

#: Where a candidate came from: the model's mention, a treaty or law name, a bracketed
#: definition ("Name (ACRONYM)"), a later occurrence of a group's name the model missed, or
#: a person's name the model missed, found by its given name or as the bare proper noun
#: subject of a verb (`given_names`).
Origin = Literal["model", "law", "definition", "alias", "given_name", "subject", "titled"]

#: Keys of places (``country``, ``subdiv``): the group is a geopolitical entity.
PLACE_KINDS: frozenset[KeyKind] = frozenset({"country", "subdiv"})
#: Keys found in a table of places, nationalities or laws: the group is not a person.
KNOWN_KINDS: frozenset[KeyKind] = PLACE_KINDS | {"law", "norp"}

#: Labels under which a surface is looked up as a country or US state.
_PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", ""})


@dataclass(slots=True)
class Candidate:
    """A mention being grouped: span, surface, the model's label ("" if none), origin, key."""

    start: int
    end: int
    text: str
    label: str
    field: Field
    origin: Origin = "model"
    model_labels: list[str] = dc_field(default_factory=list)
    key: GroupKey = dc_field(kw_only=True)

    @classmethod
    def make(
        cls,
        start: int,
        end: int,
        text: str,
        label: str,
        field: Field,
        origin: Origin = "model",
        model_labels: list[str] | None = None,
    ) -> Candidate:
        """A candidate under the key its surface, labels and origin give (see `group_key`)."""
        labels = model_labels if model_labels is not None else []
        key = group_key(text, {label, *labels}, origin)
        return cls(start, end, text, label, field, origin, labels, key=key)


def group_key(text: str, labels: set[str], origin: Origin) -> GroupKey:
    """The key a surface is grouped under, given its labels ("" for none) and origin.

    A law name is keyed as a law; a place-labelled surface that names a country or a US
    state by its ISO code (``ambiguous`` when it names both, as "Georgia" does); a
    nationality, or a one-word organisation that is a demonym, by its country; any other
    name by its folded form.
    """
    if origin == "law":
        return law_key(text)
    if labels <= _PLACE_LABELS and "NORP" not in labels:
        country = country_named(text, allow_codes="GPE" in labels)
        state = us_state_named(text) if labels & {"GPE", "LOC", ""} else None
        if country is not None and state is not None:
            return GroupKey("ambiguous", fold(text))
        if country is not None:
            return GroupKey("country", country.code)
        if state is not None and "GPE" in labels:
            return GroupKey("subdiv", state.code)
    one_word_org = "ORG" in labels and len(words(text)) == 1
    if "NORP" in labels or (one_word_org and country_of_demonym(text)):
        demonym = country_of_demonym(text)
        return GroupKey("norp", demonym.code if demonym else fold(text))
    return GroupKey("name", fold(text))
