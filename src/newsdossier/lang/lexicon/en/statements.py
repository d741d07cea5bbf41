"""English words of speech cues and speaker descriptions (`StatementWords`): general
English, not read off any corpus."""

from __future__ import annotations

from newsdossier.lang.lexicon.statements import StatementWords

# fmt: off
_PERSON_NOUNS = frozenset({
    "lawmaker", "legislator", "senator", "congressman", "congresswoman", "representative",
    "minister", "president", "premier", "chancellor", "governor", "mayor", "official",
    "spokesman", "spokeswoman", "spokesperson", "candidate", "nominee", "leader", "chairman",
    "chairwoman", "chair", "director", "secretary", "ambassador", "envoy", "diplomat",
    "general", "commander", "officer", "executive", "ceo", "founder", "analyst", "expert",
    "professor", "researcher", "scholar", "economist", "lawyer", "attorney", "judge",
    "prosecutor", "activist", "author", "writer", "journalist", "reporter", "columnist",
    "adviser", "advisor", "aide", "strategist", "manager", "businessman", "businesswoman",
    "man", "woman", "politician", "democrat", "republican", "member", "head", "chief", "king",
    "queen", "prince", "princess", "pope", "actor", "actress", "singer", "star", "player",
    "coach", "doctor", "witness", "resident", "voter", "critic", "billionaire", "host",
    "anchor", "veteran", "incumbent", "challenger", "speaker", "mogul", "tycoon", "deputy",
    "governor-elect", "president-elect", "former", "pastor", "priest", "bishop", "student",
    "teacher", "principal", "sheriff",
})
_GROUP_NOUNS = frozenset({
    "ministry", "department", "agency", "government", "administration", "company", "firm",
    "office", "party", "campaign", "committee", "commission", "council", "court", "embassy",
    "group", "organization", "organisation", "association", "union", "bank", "army",
    "military", "police", "board", "bureau", "institute", "university", "newspaper", "network",
    "paper", "team", "club", "cabinet", "parliament", "congress", "senate", "house", "country",
    "nation", "state", "city", "kingdom", "republic", "federation", "alliance", "coalition",
    "foundation", "corporation", "regime", "authority", "authorities",
})
_GENERIC_ORG_NOUNS = frozenset({
    "company", "firm", "group", "organization", "organisation", "agency", "ministry",
    "department", "bank", "corporation",
})
# fmt: on

STATEMENTS = StatementWords(
    cue_word_lemmas={"said": "say", "says": "say", "told": "tell", "tells": "tell"},
    particle_cues={"point": frozenset({"out", "to"})},
    phrase_cues={
        ("according", "to"): "according to",
        ("in", "the", "words", "of"): "in the words of",
        ("quoting",): "quoting",
    },
    topic_prepositions=frozenset({"about", "of", "on", "against", "upon"}),
    clause_only_cues=frozenset({"continue", "add"}),
    hearer_verbs=frozenset({"tell", "inform", "assure", "advise", "urge", "warn", "ask", "remind"}),
    framing_prepositions=frozenset(
        {"in", "on", "during", "with", "after", "before", "when", "while"}
    ),
    subject_relative_pronouns=frozenset({"who", "that", "which", "whom"}),
    singular_definite_determiners=frozenset({"the", "this", "that"}),
    person_nouns=_PERSON_NOUNS,
    group_nouns=_GROUP_NOUNS,
    generic_org_nouns=_GENERIC_ORG_NOUNS,
    company_nouns=frozenset({"company", "firm", "corporation"}),
    place_nouns={"country": "country", "nation": "country", "state": "state"},
    spokesperson_nouns=frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"}),
    complementizers=frozenset({"that"}),
    manner_prepositions=frozenset({"with"}),
)
