"""Resolution keys of treaty and law names, equal across word order and spelling."""

from __future__ import annotations

import re

from newsdossier.lang.places import country_named
from newsdossier.lang.text import fold


def law_key(name: str) -> str:
    """A key equal for word-order and spelling variants ("U.S.-Japan" / "Japan-US")."""
    parties, rest = [], []
    for word in re.split(r"[\s\-–/]+", name):
        country = country_named(word, allow_codes=True) if word else None
        if country:
            parties.append(country.code)
        elif word:
            rest.append(fold(word))
    return "law:" + "+".join(sorted(parties)) + ":" + " ".join(rest)
