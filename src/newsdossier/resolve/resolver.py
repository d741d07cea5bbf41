"""Cross-article resolution: each article entity mapped to a corpus-wide entity.

`resolve_article` only reads the index; `commit` writes what it decided; and
`apply_resolution` rewrites the article's ids. Rules, in order:

- places, treaties and demonyms match on their identity key (ISO code, sorted
  treaty parties), so "U.S."/"the United States" and "U.S.-Japan"/"Japan-US" meet;
- a person with a full name matches the known person with that full name, or with the
  same name in CJK script; different full names never merge;
- a bare surname joins the one known person whose name begins or ends with it; when
  several do, co-mentioned entities and role titles must single one out, else it stays
  a separate bare-name entity;
- other names match by type and folded name; an acronym alone matches the one known
  entity defined with it, and entities whose acronyms agree but names differ stay apart.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, replace

from newsdossier.article import Article, Entity
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.lang.text import fold, is_acronym, is_cjk
from newsdossier.resolve.index import EntityIndex, KnownEntity
from newsdossier.resolve.keys import (
    KEY_LANGUAGE,
    EntityKeys,
    entity_keys,
    middle_initials,
    person_key,
    title_heads,
)

_MAX_CO_MENTIONS = 200


@dataclass(frozen=True, slots=True)
class Resolution:
    """What resolving one article decided.

    Attributes:
        article_id: the article resolved.
        mapping: article-local entity id -> global entity id.
        new: entities the article introduces.
        updated: known entities as they are after this article's evidence was added.
        merged: number of article entities that joined an entity seen before.
    """

    article_id: str
    mapping: dict[str, str]
    new: tuple[KnownEntity, ...] = ()
    updated: tuple[KnownEntity, ...] = ()
    merged: int = 0

    def entity(self, global_id: str) -> KnownEntity | None:
        """The new or updated record with this global id."""
        for known in (*self.new, *self.updated):
            if known.id == global_id:
                return known
        return None


@dataclass
class _Pending:
    """Entities created or updated while resolving one article, not yet committed."""

    index: EntityIndex
    new: dict[str, KnownEntity] = field(default_factory=dict)
    updated: dict[str, KnownEntity] = field(default_factory=dict)

    def candidates(self, keys: Iterable[str]) -> list[KnownEntity]:
        """Known entities under ``keys``, as this article has changed them so far."""
        keys = list(keys)
        found = {k.id: self.updated.get(k.id, k) for k in self.index.candidates(keys)}
        wanted = set(keys)
        for known in self.new.values():
            if wanted & set(known.keys):
                found[known.id] = known
        return list(found.values())

    def store(self, known: KnownEntity, *, is_new: bool) -> None:
        """Keep a created or updated entity until the resolution is returned."""
        (self.new if is_new or known.id in self.new else self.updated)[known.id] = known


def resolve_article(article: Article, index: EntityIndex) -> Resolution:
    """Map every entity of ``article`` to a corpus-wide entity (new or known).

    Reads ``index`` only; pass the result to `commit` to store it and to
    `apply_resolution` to rewrite the article.
    """
    pending = _Pending(index)
    titles = _titles_by_entity(article)
    keyed = [(e, entity_keys(e)) for e in article.entities]
    mapping: dict[str, str] = {}
    merged = 0
    # Full names first, so bare surnames can use co-mentions of resolved entities.
    for entity, keys in sorted(keyed, key=lambda item: item[1].bare):
        co = tuple(sorted(set(mapping.values())))
        match = _match(entity, keys, pending, titles.get(entity.id, ()), co)
        if match is not None:
            seen_here = match.id in pending.new or match.id in mapping.values()
            merged += match.id not in pending.new
            known = _merge(match, entity, keys, titles.get(entity.id, ()), again=seen_here)
            pending.store(known, is_new=False)
        else:
            known = _create(entity, keys, titles.get(entity.id, ()), article.id, pending)
            pending.store(known, is_new=True)
        mapping[entity.id] = known.id
    _record_co_mentions(pending, set(mapping.values()))
    return Resolution(
        article_id=article.id,
        mapping=mapping,
        new=tuple(pending.new.values()),
        updated=tuple(pending.updated.values()),
        merged=merged,
    )


def commit(index: EntityIndex, resolution: Resolution) -> None:
    """Write a resolution's new and updated entities to the index."""
    for known in resolution.new:
        index.add(known)
    for known in resolution.updated:
        index.update(known)


def _titles_by_entity(article: Article) -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for role in article.roles:
        out.setdefault(role.entity_id, []).append(role.title.lower())
    return {k: tuple(dict.fromkeys(v)) for k, v in out.items()}


def _match(
    entity: Entity,
    keys: EntityKeys,
    pending: _Pending,
    titles: tuple[str, ...],
    co: tuple[str, ...],
) -> KnownEntity | None:
    found = [k for k in pending.candidates(keys.lookup) if k.type == entity.type]
    if not found:
        return None
    if entity.type == "PERSON":
        return _match_person(entity, keys, found, titles, co)
    if not keys.primary.startswith("name:"):
        # Identity keys (ISO code, treaty parties) decide alone: "Georgia" the state
        # and the country share a name but not a key.
        same = [k for k in found if keys.primary in k.keys]
    else:
        same = [k for k in found if keys.primary in k.keys or keys.full_names & _folded_names(k)]
    if same:
        return same[0]
    if keys.acronyms and _only_acronyms(entity):
        defined = [k for k in found if keys.acronyms & _acronyms(k)]
        return defined[0] if len(defined) == 1 else None
    return None


def _match_person(
    entity: Entity,
    keys: EntityKeys,
    found: list[KnownEntity],
    titles: tuple[str, ...],
    co: tuple[str, ...],
) -> KnownEntity | None:
    found = [k for k in found if not _names_conflict(entity, k)]
    exact = [k for k in found if keys.primary in k.keys and not _initials_conflict(entity, k)]
    cjk = {key for key in keys.lookup if key.startswith("cjk:")}
    script = [k for k in found if cjk & set(k.keys)]
    for group in (exact, script):
        if group:
            return group[0]
    if not keys.bare:
        return None
    people = [k for k in found if not _is_bare(k)]
    people = [k for k in people if not _titles_conflict(titles, k, co)]
    if len(people) == 1:
        return people[0]
    if len(people) > 1:
        return _single_out(people, titles, co)
    return None


def _initials_conflict(entity: Entity, known: KnownEntity) -> bool:
    """ "George W. Bush" and "George H. W. Bush": same key, different middle initials."""
    mine = {middle_initials(s) for s in (entity.name, *entity.aliases)} - {""}
    theirs = {middle_initials(s) for s in (known.name, *known.aliases)} - {""}
    return bool(mine and theirs and not mine & theirs)


def _names_conflict(entity: Entity, known: KnownEntity) -> bool:
    """Names that cannot be one person: different generational suffixes ("George III" and
    "George W. Bush"), or one surname with different first initials ("R. Scott", "Tim
    Scott"). Names in other orders or romanizations ("William Lai") are not compared."""
    mine, theirs = (entity.name, *entity.aliases), (known.name, *known.aliases)
    if _suffixes(mine) != _suffixes(theirs):
        return True
    given, other = _given_initials(mine), _given_initials(theirs)
    return any(not given[name] & other[name] for name in given.keys() & other.keys())


def _suffixes(names: tuple[str, ...]) -> frozenset[str]:
    suffixes = lexicon_for(KEY_LANGUAGE).name_suffixes
    return frozenset(w for name in names for w in fold(name).split() if w in suffixes)


def _given_initials(names: tuple[str, ...]) -> dict[str, set[str]]:
    """Surname -> first letters of the given names it is written with among ``names``."""
    lex = lexicon_for(KEY_LANGUAGE)
    skip = lex.name_suffixes | {h.rstrip(".") for h in lex.honorifics}
    out: dict[str, set[str]] = {}
    for name in names:
        words = [w for w in fold(name).split() if w.rstrip(".") not in skip]
        if len(words) >= 2 and not is_cjk(name):
            out.setdefault(words[-1], set()).add(words[0][0])
    return out


def _single_out(
    people: list[KnownEntity], titles: tuple[str, ...], co: tuple[str, ...]
) -> KnownEntity | None:
    """Among people sharing a surname, the one clearly closest by co-mentions or titles."""
    heads = title_heads(titles)

    def score(k: KnownEntity) -> tuple[int, int]:
        return (len(set(co) & set(k.co_mentions)), len(heads & title_heads(k.titles)))

    ranked = sorted(people, key=score, reverse=True)
    if score(ranked[0]) > score(ranked[1]) and score(ranked[0]) > (0, 0):
        return ranked[0]
    return None


def _titles_conflict(titles: tuple[str, ...], known: KnownEntity, co: tuple[str, ...]) -> bool:
    """Both have titles, none shared, and nothing co-mentioned in common."""
    mine, theirs = title_heads(titles), title_heads(known.titles)
    return bool(mine and theirs and not mine & theirs and not set(co) & set(known.co_mentions))


def _is_bare(known: KnownEntity) -> bool:
    return not any(k.startswith("person:") and " " in k for k in known.keys)


def _folded_names(known: KnownEntity) -> set[str]:
    return {fold(s) for s in (known.name, *known.aliases)}


def _acronyms(known: KnownEntity) -> set[str]:
    return {k.removeprefix("acr:") for k in known.keys if k.startswith("acr:")}


def _only_acronyms(entity: Entity) -> bool:
    return all(is_acronym(s) or is_cjk(s) for s in (entity.name, *entity.aliases))


def stable_id(entity_type: str, primary: str, salt: str = "") -> str:
    """``ent_`` + 12 hex digits of a hash of type and identity key (plus a salt if taken)."""
    digest = hashlib.sha1(f"{entity_type}|{primary}|{salt}".encode()).hexdigest()
    return "ent_" + digest[:12]


def _create(
    entity: Entity, keys: EntityKeys, titles: tuple[str, ...], article_id: str, pending: _Pending
) -> KnownEntity:
    new_id = stable_id(entity.type, keys.primary)
    if any(k.id == new_id for k in pending.candidates([keys.primary])):
        new_id = stable_id(entity.type, keys.primary, article_id)
    return KnownEntity(
        id=new_id,
        name=entity.name,
        type=entity.type,
        aliases=tuple(a for a in entity.aliases if a != entity.name),
        keys=keys.index,
        titles=titles,
        doc_count=1,
        mention_count=len(entity.mentions),
    )


def _merge(
    known: KnownEntity,
    entity: Entity,
    keys: EntityKeys,
    titles: tuple[str, ...],
    *,
    again: bool = False,
) -> KnownEntity:
    name = known.name
    if _fuller(entity, known):
        name = entity.name
    surfaces = [known.name, *known.aliases, entity.name, *entity.aliases]
    return replace(
        known,
        name=name,
        aliases=tuple(s for s in dict.fromkeys(surfaces) if s != name),
        keys=tuple(dict.fromkeys([*known.keys, *keys.index])),
        titles=tuple(dict.fromkeys([*known.titles, *titles])),
        doc_count=known.doc_count + (0 if again else 1),
        mention_count=known.mention_count + len(entity.mentions),
    )


def _fuller(entity: Entity, known: KnownEntity) -> bool:
    """A full name replaces a bare surname or a lone acronym as the canonical name."""
    if entity.type == "PERSON":
        return len(person_key(entity.name).split()) > len(person_key(known.name).split())
    return is_acronym(known.name) and not is_acronym(entity.name)


def _record_co_mentions(pending: _Pending, ids: set[str]) -> None:
    for store in (pending.new, pending.updated):
        for entity_id, known in list(store.items()):
            others = [i for i in sorted(ids) if i != entity_id]
            merged = list(dict.fromkeys([*others, *known.co_mentions]))[:_MAX_CO_MENTIONS]
            store[entity_id] = replace(known, co_mentions=tuple(merged))
