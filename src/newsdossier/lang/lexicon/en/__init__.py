"""The English lexicon, `LEXICON`, assembled from one module per area.

- `common`: lists several stages share (titles, honorifics, organisation and law heads,
  speech verbs, pronouns, dateline labels...);
- `reference`: pronoun and description resolution (the language layer);
- `timex`, `statements`, `events`, `relations`, `roles`: each stage's own words.

Each list is defined once and reaches the stages as a field of `LEXICON` (or of one of its
parts), through `lexicon_for("en")`.
"""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS

from newsdossier.lang.lexicon.en.common import (
    CORPORATE_SUFFIXES,
    DATELINE_LABELS,
    FORMER_MARKERS,
    GATHERINGS,
    HEADLINE_STOPS,
    HONORIFICS,
    LAW_HEADS,
    LEADING_TITLES,
    NAME_CONNECTORS,
    NAME_SUFFIXES,
    NOT_PLACES,
    ORG_HEADS,
    PAST_ADVERBS,
    PERSON_PRONOUNS,
    PHRASE_STOPS,
    PLACE_PREPOSITIONS,
    PRONOUN_GENDER,
    ROLE_VERBS,
    SAYING_VERBS,
    SPEECH_VERBS,
    THING_HEADS,
    TITLE_HEADS,
    TITLE_MODIFIERS,
    TITLE_PREPOSITIONS,
)
from newsdossier.lang.lexicon.en.events import EVENTS
from newsdossier.lang.lexicon.en.modality import MODALITY
from newsdossier.lang.lexicon.en.reference import REFERENCE
from newsdossier.lang.lexicon.en.relations import RELATIONS
from newsdossier.lang.lexicon.en.roles import ROLES
from newsdossier.lang.lexicon.en.statements import STATEMENTS
from newsdossier.lang.lexicon.en.timex import TIMEX
from newsdossier.lang.lexicon.model import Lexicon

LEXICON = Lexicon(
    language="en",
    title_heads=TITLE_HEADS,
    title_modifiers=TITLE_MODIFIERS,
    honorifics=HONORIFICS,
    org_heads=ORG_HEADS,
    law_heads=LAW_HEADS,
    speech_verbs=SPEECH_VERBS,
    saying_verbs=SAYING_VERBS,
    person_pronouns=PERSON_PRONOUNS,
    pronoun_gender=PRONOUN_GENDER,
    former_markers=FORMER_MARKERS,
    name_connectors=NAME_CONNECTORS,
    name_suffixes=NAME_SUFFIXES,
    corporate_suffixes=CORPORATE_SUFFIXES,
    thing_heads=THING_HEADS,
    gatherings=GATHERINGS,
    role_verbs=ROLE_VERBS,
    past_adverbs=PAST_ADVERBS,
    phrase_stops=PHRASE_STOPS,
    title_prepositions=TITLE_PREPOSITIONS,
    place_prepositions=PLACE_PREPOSITIONS,
    locating_prepositions=frozenset({"in", "at", "near", "inside", "outside", "throughout"}),
    leading_titles=LEADING_TITLES,
    dateline_labels=DATELINE_LABELS,
    not_places=NOT_PLACES,
    headline_stops=HEADLINE_STOPS,
    stop_words=frozenset(STOP_WORDS),
    reference=REFERENCE,
    timex=TIMEX,
    statements=STATEMENTS,
    events=EVENTS,
    relations=RELATIONS,
    modality=MODALITY,
    roles=ROLES,
)
