"""English words for resolving pronouns and descriptions (`ReferenceWords`)."""

from __future__ import annotations

from newsdossier.lang.lexicon.reference import ReferenceWords

REFERENCE = ReferenceWords(
    honorific_gender={
        "mr": "Masc",
        "mr.": "Masc",
        "ms": "Fem",
        "ms.": "Fem",
        "mrs": "Fem",
        "mrs.": "Fem",
        "miss": "Fem",
        "sir": "Masc",
        "madam": "Fem",
    },
    title_abbreviations={
        "sen.": "senator",
        "gov.": "governor",
        "rep.": "representative",
        "dr.": "doctor",
        "gen.": "general",
        "pres.": "president",
        "amb.": "ambassador",
        "sec.": "secretary",
    },
    collective_nouns=frozenset({"delegation", "entourage", "group", "team", "mission"}),
    relative_pronouns=frozenset({"who", "which", "that", "whom", "whose"}),
    group_pronouns=frozenset({"it", "its"}),
    former_title_modifiers=frozenset({"former", "ex", "then", "onetime", "erstwhile"}),
)
