"""Word lists the statement rules use: general English, not read off any corpus."""

from __future__ import annotations

# fmt: off
#: Verbs of saying and writing: the subject is a speaker, the complement (a clause or a
#: quote) is what was said. Ambiguous verbs ("call", "describe", "show") are left out.
SPEECH_VERBS: frozenset[str] = frozenset({
    "say", "tell", "add", "state", "write", "announce", "claim", "argue", "explain", "note",
    "report", "declare", "insist", "ask", "reply", "respond", "answer", "warn", "suggest",
    "acknowledge", "admit", "confirm", "deny", "tweet", "testify", "comment", "remark",
    "observe", "continue", "complain", "urge", "predict", "promise", "vow", "pledge",
    "concede", "contend", "assert", "allege", "recall", "mention", "reiterate", "emphasize",
    "emphasise", "stress", "quip", "joke", "shout", "yell", "inform", "boast", "brag",
    "caution", "counter", "retort", "exclaim", "whisper", "proclaim", "disclose", "reveal",
    "lament", "repeat", "assure", "affirm", "plead", "blog", "email", "opine", "point",
})

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
