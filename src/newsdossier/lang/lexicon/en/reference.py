"""English words for resolving pronouns and descriptions (`ReferenceWords`)."""

from __future__ import annotations

from importlib.resources import files

from newsdossier.lang.lexicon.reference import ReferenceWords

#: Share of a given name's bearers one gender must hold for the name to show it: the US
#: Census 1990 first-name frequencies of the `names` package (public-domain data, 1,219
#: male and 4,275 female names; "Michael" 99.5% male, "Jordan" 82%, "Kim" 14%).
GIVEN_NAME_SHARE = 0.95
#: How many times more often a name must be borne as a given name than as a surname
#: (Census 1990 surname frequencies, same package) to show a gender standing alone: a
#: person named only "Alice" or "David" is a woman or a man, one named only "Harris",
#: "Scott" or "Clinton" may be anyone of that family ("Clinton" 9.3, "Thomas" 4.4,
#: "James" 32).
LONE_GIVEN_NAME_RATIO = 10.0


def _census(name: str) -> dict[str, float]:
    """Name (lower-case) -> its percentage among the bearers in one Census file."""
    share: dict[str, float] = {}
    for line in files("names").joinpath(name).read_text(encoding="ascii").splitlines():
        fields = line.split()
        if len(fields) >= 2:
            share[fields[0].lower()] = float(fields[1])
    return share


_MALE, _FEMALE = _census("dist.male.first"), _census("dist.female.first")


def _census_given_names() -> dict[str, str]:
    """Given names -> the gender at least `GIVEN_NAME_SHARE` of their bearers have."""
    found = {}
    for given in _MALE.keys() | _FEMALE.keys():
        by_gender = {"Masc": _MALE.get(given, 0.0), "Fem": _FEMALE.get(given, 0.0)}
        total = sum(by_gender.values())
        for gender, part in by_gender.items():
            if total > 0 and part / total >= GIVEN_NAME_SHARE:
                found[given] = gender
    return found


def _certain_given_names(given: dict[str, str]) -> frozenset[str]:
    """The names of ``given`` whose gender holds `GIVEN_NAME_SHARE` of their bearers when a
    name missing from a Census list counts as common as that list's rarest name (the male
    list stops at 1,219 names, 0.004% of men; the female list at 0.001% of women)."""
    floors = {"Masc": min(_MALE.values()), "Fem": min(_FEMALE.values())}
    certain = set()
    for name, gender in given.items():
        male = _MALE.get(name, floors["Masc"])
        female = _FEMALE.get(name, floors["Fem"])
        own = male if gender == "Masc" else female
        if own / (male + female) >= GIVEN_NAME_SHARE:
            certain.add(name)
    return frozenset(certain)


def _lone_given_names(given: dict[str, str]) -> dict[str, str]:
    """The names of ``given`` borne `LONE_GIVEN_NAME_RATIO` times more as given names
    than as surnames."""
    surnames = _census("dist.all.last")
    return {
        name: gender
        for name, gender in given.items()
        if max(_MALE.get(name, 0.0), _FEMALE.get(name, 0.0))
        >= LONE_GIVEN_NAME_RATIO * surnames.get(name, 0.0)
    }


_GIVEN = _census_given_names()

REFERENCE = ReferenceWords(
    given_name_gender=_GIVEN,
    lone_given_name_gender=_lone_given_names(_GIVEN),
    certain_given_names=_certain_given_names(_GIVEN),
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
