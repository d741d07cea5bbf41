"""English words for resolving pronouns and descriptions (`ReferenceWords`)."""

from __future__ import annotations

from importlib.resources import files

from newsdossier.lang.lexicon.reference import ReferenceWords

#: Share of a given name's bearers one gender must hold for the name to show it: the US
#: Census 1990 first-name frequencies of the `names` package (public-domain data, 1,219
#: male and 4,275 female names; "Michael" 99.5% male, "Jordan" 82%, "Kim" 14%).
GIVEN_NAME_SHARE = 0.95


def _census_given_names() -> dict[str, str]:
    """Given names -> the gender at least `GIVEN_NAME_SHARE` of their bearers have."""
    share: dict[str, dict[str, float]] = {}
    for gender, name in (("Masc", "dist.male.first"), ("Fem", "dist.female.first")):
        for line in files("names").joinpath(name).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) >= 2:
                share.setdefault(fields[0].lower(), {})[gender] = float(fields[1])
    found = {}
    for given, by_gender in share.items():
        total = sum(by_gender.values())
        for gender, part in by_gender.items():
            if total > 0 and part / total >= GIVEN_NAME_SHARE:
                found[given] = gender
    return found


REFERENCE = ReferenceWords(
    given_name_gender=_census_given_names(),
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
