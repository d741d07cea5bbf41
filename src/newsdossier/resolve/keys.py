"""Blocking keys: the few strings under which an entity can be found again.

Two entities are only ever compared when they share a key, which keeps resolution
linear in corpus size. Keys are stored as text that carries their kind as a prefix;
places, laws and nationalities are typed `GroupKey`s (shared with the entities stage)
written out by `GroupKey.text`, the one place that renders them:

- ``country:JP`` / ``subdiv:US-GA``: places by ISO code
- ``law:JP+US:security treaty``: treaties by sorted parties and remaining words
- ``norp:JP``: a nationality by its country's code
- ``person:sanae takaichi``: a person's folded full name (middle initials dropped)
- ``part:takaichi``: first or last word of a person's name (finds bare surnames)
- ``name:ORG:liberal democratic party``: other names by type and folded form
- ``acr:LDP``: an acronym; ``cjk:賴清德``: a name in CJK script
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdossier.article import Entity
from newsdossier.lang.laws import law_key
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.lang.places import GroupKey, country_of_demonym, place_key
from newsdossier.lang.text import fold, is_acronym, is_cjk


@dataclass(frozen=True, slots=True)
class EntityKeys:
    """The keys of one article entity: its identity key and everything to look up."""

    primary: str
    lookup: tuple[str, ...]
    index: tuple[str, ...]
    full_names: frozenset[str]
    acronyms: frozenset[str]
    bare: bool


#: Keys must compare across articles of every language, so one lexicon builds them all.
KEY_LANGUAGE = "en"


def person_key(name: str) -> str:
    """Folded full name without middle initials or suffix: "Donald J. Trump Jr." ->
    "donald trump"."""
    suffixes = lexicon_for(KEY_LANGUAGE).name_suffixes
    words = [w for w in fold(name).split() if w not in suffixes] or fold(name).split()
    parts = [p for p in words if len(p) > 1 or len(words) == 1]
    return " ".join(parts)


def middle_initials(name: str) -> str:
    """The one-letter middle names of a full name ("George W. Bush" -> "w")."""
    words = fold(name).split()
    return "".join(w for w in words[1:-1] if len(w) == 1)


def entity_keys(entity: Entity) -> EntityKeys:
    """Primary, lookup and index keys of an article entity."""
    surfaces = [entity.name, *entity.aliases]
    latin = [s for s in surfaces if not is_cjk(s) and not is_acronym(s)]
    acronyms = frozenset(s.replace(".", "") for s in surfaces if is_acronym(s))
    cjk = [f"cjk:{s}" for s in surfaces if is_cjk(s)]
    acr = [f"acr:{a}" for a in sorted(acronyms)]
    if entity.type == "PERSON":
        return _person_keys(entity, latin, cjk)
    primary = _special_key(entity) or f"name:{entity.type}:{fold(entity.name)}"
    names = {f"name:{entity.type}:{fold(s)}" for s in latin}
    laws = {law_key(s).text for s in latin} if entity.type == "LAW" else set()
    keys = tuple(dict.fromkeys([primary, *sorted(names | laws), *cjk, *acr]))
    return EntityKeys(
        primary=primary,
        lookup=keys,
        index=keys,
        full_names=frozenset(fold(s) for s in latin),
        acronyms=acronyms,
        bare=False,
    )


def _special_key(entity: Entity) -> str | None:
    """The stored key of a place, law or nationality (``"country:JP"``), else None."""
    key = _group_key(entity)
    return key.text if key is not None else None


def _group_key(entity: Entity) -> GroupKey | None:
    if entity.type in ("GPE", "LOC"):
        return place_key(entity.name)
    if entity.type == "LAW":
        return law_key(entity.name)
    if entity.type == "NORP":
        country = country_of_demonym(entity.name)
        return GroupKey("norp", country.code) if country else None
    return None


def _person_keys(entity: Entity, latin: list[str], cjk: list[str]) -> EntityKeys:
    full = sorted({person_key(s) for s in latin if len(person_key(s).split()) >= 2})
    bare = not full
    primary = f"person:{full_name(entity.name, full) if full else person_key(entity.name)}"
    parts = sorted({w for name in full for w in (name.split()[0], name.split()[-1])})
    index = [primary, *(f"person:{n}" for n in full), *cjk, *(f"part:{p}" for p in parts)]
    if bare:
        word = person_key(entity.name)
        lookup = [primary, *cjk, f"part:{word}"]
    else:
        lookup = [primary, *(f"person:{n}" for n in full), *cjk]
    return EntityKeys(
        primary=primary,
        lookup=tuple(dict.fromkeys(lookup)),
        index=tuple(dict.fromkeys(index)),
        full_names=frozenset(full),
        acronyms=frozenset(),
        bare=bare,
    )


def full_name(name: str, full: list[str]) -> str:
    """The person key of ``name`` if it is a full name, else the longest full form."""
    key = person_key(name)
    return key if key in full else max(full, key=len)


def title_heads(titles: tuple[str, ...] | list[str]) -> set[str]:
    """Head nouns of titles ("Prime Minister" -> "minister"), to compare roles."""
    lex = lexicon_for(KEY_LANGUAGE)
    heads = set()
    for title in titles:
        found = [w for w in re.split(r"[\s-]+", title.lower()) if lex.is_title_word(w)]
        if found:
            heads.add(lex.singular_title(found[-1]))
    return heads
