"""Word lists the statement rules use: general English, not read off any corpus."""

from __future__ import annotations

from newsdossier.lang.speech import SAYING_VERBS

#: The verbs a statement cue is made of (`newsdossier.lang.speech.SAYING_VERBS`).
SPEECH_VERBS: frozenset[str] = SAYING_VERBS

# fmt: off
#: Nouns that name a person by role or trait.
PERSON_NOUNS: frozenset[str] = frozenset({
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

#: Nouns that name an organisation or a place.
GROUP_NOUNS: frozenset[str] = frozenset({
    "ministry", "department", "agency", "government", "administration", "company", "firm",
    "office", "party", "campaign", "committee", "commission", "council", "court", "embassy",
    "group", "organization", "organisation", "association", "union", "bank", "army",
    "military", "police", "board", "bureau", "institute", "university", "newspaper", "network",
    "paper", "team", "club", "cabinet", "parliament", "congress", "senate", "house", "country",
    "nation", "state", "city", "kingdom", "republic", "federation", "alliance", "coalition",
    "foundation", "corporation", "regime", "authority", "authorities",
})
# fmt: on
