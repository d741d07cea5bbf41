"""Rewriting an article with corpus-wide entity ids, and resolving a batch of articles."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator

from newsdossier.article import Article, Entity, Participant, Speaker
from newsdossier.resolve.index import EntityIndex
from newsdossier.resolve.resolver import Resolution, commit, resolve_article


def apply_resolution(article: Article, resolution: Resolution) -> Article:
    """The article with global entity ids and canonical names everywhere they appear.

    Entities of the article that resolved to the same global entity become one; an
    entity's aliases stay the surfaces this article used (the corpus-wide list is on the
    `KnownEntity`). Roles, statement speakers, event participants and relations follow.
    """
    mapping = resolution.mapping
    names = {
        gid: (known.name if (known := resolution.entity(gid)) else None)
        for gid in set(mapping.values())
    }
    entities = _merge_entities(article.entities, mapping, names)
    name_of = {e.id: e.name for e in entities}
    return dataclasses.replace(
        article,
        entities=entities,
        roles=tuple(
            dataclasses.replace(r, entity_id=gid, person=name_of.get(gid, r.person))
            for r in article.roles
            for gid in [mapping.get(r.entity_id, r.entity_id)]
        ),
        statements=tuple(
            dataclasses.replace(s, speaker=_speaker(s.speaker, mapping, name_of))
            for s in article.statements
        ),
        events=tuple(
            dataclasses.replace(
                e, participants=tuple(_participant(p, mapping, name_of) for p in e.participants)
            )
            for e in article.events
        ),
        relations=tuple(
            dataclasses.replace(
                r,
                subject=_participant(r.subject, mapping, name_of),
                object=_participant(r.object, mapping, name_of),
            )
            for r in article.relations
        ),
    )


def _merge_entities(
    entities: tuple[Entity, ...], mapping: dict[str, str], names: dict[str, str | None]
) -> tuple[Entity, ...]:
    grouped: dict[str, list[Entity]] = {}
    for entity in entities:
        grouped.setdefault(mapping.get(entity.id, entity.id), []).append(entity)
    out = []
    for gid, group in grouped.items():
        name = names.get(gid) or group[0].name
        surfaces = [s for e in group for s in (e.name, *e.aliases)]
        out.append(
            Entity(
                id=gid,
                name=name,
                type=group[0].type,
                aliases=tuple(s for s in dict.fromkeys(surfaces) if s != name),
                mentions=tuple(
                    sorted((m for e in group for m in e.mentions), key=lambda m: (m.field, m.start))
                ),
                model_types=tuple(dict.fromkeys(t for e in group for t in e.model_types)),
            )
        )
    return tuple(out)


def _speaker(
    speaker: Speaker | None, mapping: dict[str, str], names: dict[str, str]
) -> Speaker | None:
    if speaker is None:
        return None
    gid = mapping.get(speaker.entity_id, speaker.entity_id)
    return Speaker(gid, names.get(gid, speaker.name))


def _participant(p: Participant, mapping: dict[str, str], names: dict[str, str]) -> Participant:
    gid = mapping.get(p.entity_id, p.entity_id)
    return dataclasses.replace(p, entity_id=gid, name=names.get(gid, p.name))


def resolve_articles(articles: Iterable[Article], index: EntityIndex) -> Iterator[Article]:
    """Resolve, store and rewrite each article in turn (as ``ingest`` does in a store)."""
    for article in articles:
        resolution = resolve_article(article, index)
        commit(index, resolution)
        yield apply_resolution(article, resolution)
