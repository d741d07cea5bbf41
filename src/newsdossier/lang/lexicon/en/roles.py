"""English words of titles and the organisations they imply (`RoleWords`)."""

from __future__ import annotations

from newsdossier.lang.lexicon.roles import RoleWords

#: The title of each country's leader, the head of its executive, as each constitution
#: names the office (checked against the "Executive branch" entries of the CIA World
#: Factbook, 2026). Listed: the G20 members, their neighbours in East and South-East
#: Asia, and the larger European democracies. A country with a ceremonial president
#: and an executive prime minister (India, Italy, Germany) is listed under the executive.
LEADER_TITLES: dict[str, frozenset[str]] = {
    "president": frozenset(
        {
            "AR",
            "BR",
            "CL",
            "CN",
            "CO",
            "EG",
            "FR",
            "ID",
            "KE",
            "KR",
            "MX",
            "NG",
            "PH",
            "RU",
            "TR",
            "TW",
            "UA",
            "US",
            "ZA",
        }
    ),
    "prime minister": frozenset(
        {
            "AU",
            "BD",
            "CA",
            "DK",
            "ES",
            "GB",
            "GR",
            "HU",
            "IL",
            "IN",
            "IT",
            "JP",
            "MY",
            "NL",
            "NO",
            "NZ",
            "PK",
            "PL",
            "SE",
            "SG",
            "TH",
        }
    ),
    "chancellor": frozenset({"AT", "DE"}),
}

#: Title heads of the presiding officer of a legislature.
SPEAKER_TITLES = frozenset({"speaker"})

#: Words naming a legislature inside an organisation's name ("Legislative Yuan", "the
#: Diet", "National Assembly", "European Parliament", "Congress").
LEGISLATURE_WORDS = frozenset(
    {
        "parliament",
        "legislature",
        "yuan",
        "diet",
        "congress",
        "assembly",
        "senate",
        "knesset",
        "bundestag",
        "duma",
        "majlis",
        "sejm",
        "riksdag",
        "storting",
        "cortes",
        "seimas",
    }
)

ROLES = RoleWords(
    leader_titles=LEADER_TITLES,
    speaker_titles=SPEAKER_TITLES,
    legislature_words=LEGISLATURE_WORDS,
)
