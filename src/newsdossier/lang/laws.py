"""Resolution keys of treaty and law names, equal across word order and spelling."""

from __future__ import annotations

import re

from newsdossier.lang.places import GroupKey, country_named
from newsdossier.lang.text import fold


def law_key(name: str) -> GroupKey:
    """The key of a treaty or law name, equal for word-order and spelling variants.

    "U.S.-Japan Security Treaty" and "Japan-US Security Treaty" both give
    ``GroupKey("law", "JP+US:security treaty")``: the parties' country codes sorted,
    then the other words folded.
    """
    parties, rest = [], []
    for word in re.split(r"[\s\-–/]+", name):
        country = country_named(word, allow_codes=True) if word else None
        if country:
            parties.append(country.code)
        elif word:
            rest.append(fold(word))
    return GroupKey("law", "+".join(sorted(parties)) + ":" + " ".join(rest))
