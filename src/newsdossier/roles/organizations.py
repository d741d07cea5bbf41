"""Organisations a title implies, filled from the article's own entities.

A title found without its organisation gets one when the article settles it:

1. *The person's own statement*: the same person holds the same title with exactly one
   organisation elsewhere in the article ("U.S. President Donald Trump" ... "President
   Trump").
2. *A leader's country*: the title is a country leader's title (`RoleWords.leader_titles`)
   and exactly one country the article names as a GPE entity has a leader of that title.
   For a current title, countries whose title another person currently holds in the
   article ("U.S. President Donald Trump") are spoken for and do not count.
3. *A speaker's legislature*: the title's head is a speaker's (`RoleWords.speaker_titles`)
   and exactly one ORG entity of the article has a legislature word in its name
   (`RoleWords.legislature_words`). When the title has words before its head
   ("Legislative Speaker"), the organisation must share one of them.

Otherwise the organisation stays empty: a guess between two candidates is not made.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsdossier.article import Entity, Role
from newsdossier.lang.lexicon import RoleWords
from newsdossier.lang.places import Country, country_named
from newsdossier.roles.merge import normal_title

#: How many leading letters two words share to count as one ("Legislative"/"Legislature").
_STEM = 6


def fill_organizations(
    roles: Sequence[Role], entities: Sequence[Entity], words: RoleWords
) -> list[Role]:
    """``roles`` with the organisation filled where a title implies one the article names."""
    countries = _countries(entities)
    legislatures = [e.name for e in entities if e.type == "ORG" and _is_legislature(e.name, words)]
    out: list[Role] = []
    for role in roles:
        if role.organization is None:
            organization = (
                _own_organization(role, roles)
                or _leader_country(role, roles, countries, words)
                or _legislature(role, legislatures, words)
            )
            role = dataclasses.replace(role, organization=organization)
        out.append(role)
    return out


def _countries(entities: Sequence[Entity]) -> dict[str, Country]:
    """The countries the article names as GPE entities, by code."""
    found: dict[str, Country] = {}
    for entity in entities:
        country = country_named(entity.name) if entity.type == "GPE" else None
        if country is not None:
            found[country.code] = country
    return found


def _own_organization(role: Role, roles: Sequence[Role]) -> str | None:
    title = normal_title(role.title)
    named = {
        r.organization
        for r in roles
        if r.entity_id == role.entity_id
        and r.former == role.former
        and r.organization
        and normal_title(r.title) == title
    }
    return named.pop() if len(named) == 1 else None


def _leader_country(
    role: Role, roles: Sequence[Role], countries: dict[str, Country], words: RoleWords
) -> str | None:
    title = normal_title(role.title)
    codes = words.leader_titles.get(title, frozenset()) & countries.keys()
    if not role.former:
        codes -= _held_by_others(role, title, roles)
    return countries[next(iter(codes))].name if len(codes) == 1 else None


def _held_by_others(role: Role, title: str, roles: Sequence[Role]) -> set[str]:
    """Codes of the countries whose ``title`` another person currently holds."""
    held: set[str] = set()
    for other in roles:
        if other.entity_id == role.entity_id or other.former or not other.organization:
            continue
        country = country_named(other.organization, allow_codes=True)
        if country is not None and normal_title(other.title) == title:
            held.add(country.code)
    return held


def _legislature(role: Role, legislatures: list[str], words: RoleWords) -> str | None:
    title = normal_title(role.title).split()
    if not title or title[-1] not in words.speaker_titles:
        return None
    modifiers = {w[:_STEM] for w in title[:-1]}
    if modifiers:
        legislatures = [
            name for name in legislatures if modifiers & {w[:_STEM] for w in _words(name)}
        ]
    distinct = set(legislatures)
    return distinct.pop() if len(distinct) == 1 else None


def _is_legislature(name: str, words: RoleWords) -> bool:
    return any(w in words.legislature_words for w in _words(name))


def _words(name: str) -> list[str]:
    return name.casefold().replace("-", " ").split()
