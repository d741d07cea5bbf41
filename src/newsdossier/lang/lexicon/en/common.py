"""English word lists the stages share: titles, honorifics, heads of organisation and law
names, speech verbs, pronouns. Ordinary vocabulary, not names from any article.
"""

from __future__ import annotations

#: Nouns that name a position a person holds ("President", "spokesperson", "member").
TITLE_HEADS = frozenset(
    [
        "president",
        "vice-president",
        "president-elect",
        "premier",
        "chancellor",
        "minister",
        "prime-minister",
        "secretary",
        "secretary-general",
        "undersecretary",
        "speaker",
        "senator",
        "sen.",
        "representative",
        "rep.",
        "congressman",
        "congresswoman",
        "congressperson",
        "governor",
        "gov.",
        "mayor",
        "lawmaker",
        "legislator",
        "member",
        "mp",
        "councillor",
        "councilor",
        "councilman",
        "councilwoman",
        "chairman",
        "chairwoman",
        "chairperson",
        "chair",
        "ceo",
        "cfo",
        "coo",
        "cto",
        "founder",
        "co-founder",
        "director",
        "executive",
        "manager",
        "head",
        "leader",
        "chief",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "envoy",
        "diplomat",
        "consul",
        "commissioner",
        "official",
        "officer",
        "judge",
        "justice",
        "prosecutor",
        "attorney",
        "attorney-general",
        "general",
        "admiral",
        "colonel",
        "col.",
        "lt.",
        "lieutenant",
        "captain",
        "commander",
        "sergeant",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "pope",
        "bishop",
        "archbishop",
        "cardinal",
        "adviser",
        "advisor",
        "aide",
        "deputy",
        "delegate",
        "candidate",
        "nominee",
        "chief-of-staff",
        "treasurer",
        "economist",
        "analyst",
        "professor",
        "dean",
        "rector",
        "coach",
        "president-elect",
        "premier-elect",
        "minister-designate",
        "superintendent",
        "sheriff",
        "commandant",
    ]
)

#: Words that modify a title without naming an organisation ("Prime", "deputy", "acting").
TITLE_MODIFIERS = frozenset(
    [
        "prime",
        "vice",
        "deputy",
        "acting",
        "interim",
        "chief",
        "senior",
        "junior",
        "first",
        "assistant",
        "associate",
        "executive",
        "general",
        "foreign",
        "defense",
        "defence",
        "finance",
        "interior",
        "justice",
        "trade",
        "economic",
        "legislative",
        "presidential",
        "state",
        "national",
        "federal",
        "top",
        "former",
        "then",
        "ex",
        "late",
        "outgoing",
        "incoming",
        "retired",
        "current",
        "sitting",
        "majority",
        "minority",
        "opposition",
    ]
)

#: Courtesy titles before a name: evidence of a person, but not a role.
HONORIFICS = frozenset(
    [
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
        "dr",
        "dr.",
        "sir",
        "dame",
        "madam",
        "mx",
        "mx.",
        "lady",
        "lord",
    ]
)

#: Last words of organisation names ("... Party", "... Ministry", "... Times").
ORG_HEADS = frozenset(
    [
        "party",
        "ministry",
        "department",
        "association",
        "agency",
        "council",
        "committee",
        "commission",
        "company",
        "corporation",
        "corp",
        "corp.",
        "inc",
        "inc.",
        "ltd",
        "ltd.",
        "llc",
        "plc",
        "group",
        "bank",
        "university",
        "college",
        "institute",
        "institution",
        "foundation",
        "times",
        "news",
        "post",
        "journal",
        "press",
        "herald",
        "tribune",
        "telegraph",
        "gazette",
        "court",
        "senate",
        "house",
        "congress",
        "parliament",
        "assembly",
        "diet",
        "office",
        "bureau",
        "army",
        "navy",
        "force",
        "forces",
        "police",
        "service",
        "services",
        "federation",
        "organization",
        "organisation",
        "society",
        "club",
        "team",
        "network",
        "fund",
        "authority",
        "board",
        "administration",
        "cabinet",
        "church",
        "hospital",
        "school",
        "center",
        "centre",
        "airlines",
        "airways",
        "motors",
        "technologies",
        "systems",
        "industries",
        "resources",
        "energy",
        "pharmaceuticals",
        "laboratories",
        "labs",
        "media",
        "entertainment",
        "communications",
        "international",
        "holdings",
        "partners",
        "coalition",
        "alliance",
        "movement",
        "league",
        "caucus",
        "government",
        "secretariat",
        "yuan",
        "agency",
        "fbi",
        "legislature",
        "guard",
        "command",
        "syndicate",
        "consortium",
    ]
)

#: Last words of names of treaties, laws and agreements.
LAW_HEADS = frozenset(
    [
        "treaty",
        "agreement",
        "accord",
        "accords",
        "partnership",
        "act",
        "convention",
        "pact",
        "protocol",
        "charter",
        "covenant",
        "compact",
        "declaration",
    ]
)

#: Verbs that report speech or thought: their subject is a person or an organisation. The
#: form "told" is listed because the tagger sometimes leaves it unlemmatised.
SPEECH_VERBS = frozenset(
    [
        "say",
        "tell",
        "add",
        "note",
        "state",
        "announce",
        "claim",
        "argue",
        "insist",
        "explain",
        "warn",
        "stress",
        "urge",
        "write",
        "report",
        "confirm",
        "deny",
        "reply",
        "respond",
        "comment",
        "remark",
        "suggest",
        "acknowledge",
        "admit",
        "declare",
        "predict",
        "recall",
        "told",
    ]
)
#: Word forms in `SPEECH_VERBS` that are not lemmas: statement cues are matched by lemma.
_SPEECH_WORD_FORMS = frozenset({"told"})

# fmt: off
#: Verbs of saying that are not reporting verbs: rarer or more colourful ones ("quip", "vow",
#: "tweet") that introduce what someone said but are too weak as evidence of who is an
#: entity. Ambiguous verbs ("call", "describe", "show") are in neither list.
_OTHER_SAYING_VERBS = frozenset({
    "ask", "answer", "tweet", "testify", "observe", "continue", "complain", "promise", "vow",
    "pledge", "concede", "contend", "assert", "allege", "mention", "reiterate", "emphasize",
    "emphasise", "quip", "joke", "shout", "yell", "inform", "boast", "brag", "caution",
    "counter", "retort", "exclaim", "whisper", "proclaim", "disclose", "reveal", "lament",
    "repeat", "assure", "affirm", "plead", "blog", "email", "opine", "point",
})
# fmt: on

#: Verbs of saying and writing, as lemmas: the subject is a speaker, the complement (a
#: clause or a quote) is what was said. Built from the two lists above, no word twice.
SAYING_VERBS = (SPEECH_VERBS - _SPEECH_WORD_FORMS) | _OTHER_SAYING_VERBS


#: Words that mark a role as past when they precede the title.
FORMER_MARKERS = frozenset({"former", "ex", "then", "late", "outgoing", "erstwhile"})

#: Small words allowed inside a capitalised name ("Ministry of Foreign Affairs").
NAME_CONNECTORS = frozenset({"of", "for", "and", "on", "the", "de", "&"})


#: Third-person pronouns with the gender of the person they name.
PRONOUN_GENDER = {
    "himself": "Masc",
    "herself": "Fem",
    "he": "Masc",
    "him": "Masc",
    "his": "Masc",
    "she": "Fem",
    "her": "Fem",
    "hers": "Fem",
}
#: Third-person pronouns that refer to people: the words of `PRONOUN_GENDER`.
PERSON_PRONOUNS = frozenset(PRONOUN_GENDER)

#: Generational suffixes after a name ("Jr.", "III"), compared without the dot.
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})

#: Last words of place, structure and event names: a name ending in one is no person's.
THING_HEADS = frozenset(
    {
        # places and structures
        "airport",
        "avenue",
        "bay",
        "beach",
        "boulevard",
        "bridge",
        "canal",
        "canyon",
        "cape",
        "castle",
        "cathedral",
        "coast",
        "county",
        "creek",
        "desert",
        "district",
        "falls",
        "forest",
        "gardens",
        "gulf",
        "harbor",
        "harbour",
        "highway",
        "hills",
        "island",
        "islands",
        "lake",
        "lane",
        "mountains",
        "ocean",
        "palace",
        "peninsula",
        "plaza",
        "province",
        "railway",
        "region",
        "river",
        "road",
        "sea",
        "square",
        "stadium",
        "station",
        "strait",
        "street",
        "temple",
        "tower",
        "valley",
        "walk",
        # events
        "battle",
        "championship",
        "championships",
        "crisis",
        "cup",
        "election",
        "festival",
        "games",
        "massacre",
        "olympics",
        "revolution",
        "summit",
        "tournament",
        "war",
    }
)

#: Legal-form suffixes: a name ending in one is a company.
CORPORATE_SUFFIXES = frozenset({"inc", "inc.", "corp", "corp.", "ltd", "ltd.", "llc", "plc", "co."})

#: Words before "Convention" that make it a gathering ("National Convention").
GATHERINGS = frozenset({"national", "party", "annual", "state", "constitutional"})

#: Verbs whose complement is a role the subject holds ("X is / became / served as ...").
ROLE_VERBS = frozenset({"be", "become", "serve", "remain", "work", "act"})

#: Adverbs that put a role in the past ("previously served as").
PAST_ADVERBS = frozenset({"previously", "formerly", "once", "recently", "earlier"})

#: Prepositions whose complement stays part of a title ("minister of state").
TITLE_PREPOSITIONS = frozenset({"of", "for", "at", "to", "on"})

#: Prepositions whose object is a place, not a person ("in Florence", "on Long Island").
PLACE_PREPOSITIONS = frozenset(
    {
        "in",
        "at",
        "on",
        "near",
        "from",
        "into",
        "across",
        "outside",
        "inside",
        "throughout",
        "toward",
    }
)

#: Small words that end a title phrase read leftwards from a name.
PHRASE_STOPS = frozenset({"the", "a", "an", "and", "or", "with", "by", "to", "as", "at", "in"})

#: Titles that are not also common given names or surnames, safe to cut from a name's start.
LEADING_TITLES = frozenset(
    [
        "president",
        "vice-president",
        "premier",
        "chancellor",
        "minister",
        "senator",
        "sen.",
        "rep.",
        "gov.",
        "governor",
        "mayor",
        "secretary",
        "speaker",
        "chairman",
        "chairwoman",
        "spokesperson",
        "spokesman",
        "spokeswoman",
        "ambassador",
        "lawmaker",
        "legislator",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "mr",
        "mrs",
        "ms",
        "dr",
    ]
)


#: Labels news pages put where a dateline could stand ("UPDATE: ...", "EDITOR'S NOTE: ...").
DATELINE_LABELS = frozenset(
    {
        *("update", "updated", "breaking", "breaking news", "exclusive", "analysis"),
        *("opinion", "editorial", "watch", "live", "correction", "clarification"),
        *("editor's note", "editor’s note", "photos", "video", "fact check", "commentary"),
        *("interview", "review", "obituary", "urgent", "flash", "developing", "advisory"),
        *("new", "note", "read", "listen", "related", "sponsored"),
    }
)
#: Words that start a dateline-shaped line but are not a place.
NOT_PLACES = frozenset(
    {
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"),
        *("today", "yesterday", "mr", "mrs", "ms", "dr", "sen", "rep", "gov"),
        *("president", "minister"),
        "by",  # a byline ("By (CNA)", "BY REUTERS"), never a place
    }
)


#: Common words a headline shares with any body; not evidence that the body is its story.
HEADLINE_STOPS = frozenset((
    "with", "from", "that", "this", "have", "been", "will", "into", "over", "after", "about",
    "than", "what", "when", "where", "which", "their", "them", "they", "there", "says", "said",
    "amid", "also", "more", "most",
))  # fmt: skip
