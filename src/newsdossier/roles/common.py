"""What the role finders share: where each entity is mentioned, and year ranges."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdossier.article import Article, Entity, Field, Mention
from newsdossier.lang.places import country_named, country_of_demonym
from newsdossier.lang.text import strip_possessive

_RANGE = re.compile(
    r"\b(?:from|between)\s+(?P<a>(?:19|20)\d\d)\s+(?:to|until|till|through|and)\s+"
    r"(?P<b>(?:19|20)\d\d)\b|\b(?P<c>(?:19|20)\d\d)\s*[-–]\s*(?P<d>(?:19|20)\d\d)\b"
)
_SINCE = re.compile(r"\b(?:since|from|starting in)\s+(?P<a>(?:19|20)\d\d)\b")
_UNTIL = re.compile(r"\b(?:until|till|through|to)\s+(?P<b>(?:19|20)\d\d)\b")
_IN = re.compile(r"\bin\s+(?P<a>(?:19|20)\d\d)\b")


@dataclass(frozen=True, slots=True)
class Placed:
    """One mention with the entity it belongs to."""

    mention: Mention
    entity: Entity


class MentionMap:
    """Every entity mention of an article, looked up by field and character offset."""

    def __init__(self, article: Article) -> None:
        self.items: list[Placed] = sorted(
            (Placed(m, e) for e in article.entities for m in e.mentions),
            key=lambda p: (p.mention.field, p.mention.start),
        )

    def at(self, field: Field, start: int, end: int) -> list[Placed]:
        """Mentions overlapping ``[start, end)`` in ``field``."""
        return [
            p
            for p in self.items
            if p.mention.field == field and p.mention.start < end and start < p.mention.end
        ]


def years(text: str, *, became: bool = False) -> tuple[str | None, str | None]:
    """``(start, end)`` years a clause gives ("from 2022 to 2024", "since 2005")."""
    match = _RANGE.search(text)
    if match:
        return match["a"] or match["c"], match["b"] or match["d"]
    start = _SINCE.search(text)
    end = _UNTIL.search(text)
    if start or end:
        return (start["a"] if start else None), (end["b"] if end else None)
    if became:
        found = _IN.search(text)
        return (found["a"] if found else None), None
    return None, None


def organization_name(surface: str, mentions: list[Placed]) -> str | None:
    """The organisation a title modifier names: a country for "Japanese"/"U.S.", else
    the entity it is a mention of, else the words themselves."""
    surface = strip_possessive(surface.strip(" ,")).strip()
    if not surface:
        return None
    country = country_named(surface, allow_codes=True) or country_of_demonym(surface)
    if country:
        return country.name
    for placed in mentions:
        if placed.entity.type in ("ORG", "GPE", "NORP", "LOC", "FAC"):
            if placed.entity.type == "NORP":
                demonym = country_of_demonym(placed.entity.name)
                if demonym:
                    return demonym.name
            return placed.entity.name
    return surface


def is_past(end: str | None, published: str | None) -> bool:
    """Whether a role's end year lies before the article's year."""
    return bool(end and published and end < published[:4])
