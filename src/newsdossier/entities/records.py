"""Groups of candidates written out as `Entity` records: type, canonical name, aliases."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from newsdossier.article import Entity, Field, Mention
from newsdossier.entities.candidate import FIELDS, Candidate
from newsdossier.entities.evidence import GroupTypes, organisation_votes, pronoun_antecedents
from newsdossier.entities.groups import Groups
from newsdossier.lang.index import BodyIndex
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.places import STATE_SUFFIX, canonical_name, country_named, us_state_named
from newsdossier.lang.text import fold, is_acronym, is_cjk, strip_article, words


def build_entities(
    cands: list[Candidate],
    groups: Groups,
    body: BodyIndex,
    texts: dict[Field, str],
    lex: Lexicon,
    types: GroupTypes | None = None,
) -> list[Entity]:
    """One `Entity` per group, typed by all of its evidence (`decide_type`, through
    ``types`` when given).

    Entities are numbered ``e0``, ``e1``... in order of first mention: the body first,
    then title, kicker and caption (`FIELDS`).
    """
    types = types or GroupTypes(body, texts, lex)
    pronoun_votes = Counter(groups.find(i) for i in pronoun_antecedents(cands, body, lex))
    org_votes = Counter(groups.find(i) for i in organisation_votes(cands, body, lex))
    built = []
    for root, idx in groups.members().items():
        group = sorted((cands[i] for i in idx), key=_order)
        etype = types.decide(
            group,
            pronoun_links=pronoun_votes.get(root, 0),
            org_links=org_votes.get(root, 0),
        )
        built.append((_order(group[0]), group, etype))
    built.sort(key=lambda item: item[0])
    return [_entity(f"e{n}", group, etype) for n, (_, group, etype) in enumerate(built)]


def _order(cand: Candidate) -> tuple[int, int]:
    return (FIELDS.index(cand.field), cand.start)


def _entity(local_id: str, group: list[Candidate], etype: str) -> Entity:
    name = _canonical_name(group)
    aliases = _aliases(group, name)
    mentions = tuple(Mention(c.start, c.end, c.text, etype, c.field) for c in group)
    model = Counter(label for c in group for label in c.model_labels if label)
    return Entity(
        id=local_id,
        name=name,
        type=etype,
        aliases=aliases,
        mentions=mentions,
        model_types=tuple(label for label, _ in model.most_common()),
    )


def _canonical_name(group: list[Candidate]) -> str:
    """Countries by their standard name, else the longest, most frequent written form."""
    key = group[0].key
    if key.kind == "country":
        return canonical_name(key.value)
    if key.kind == "subdiv":
        state = next((c.text for c in group if us_state_named(c.text)), group[0].text)
        return strip_article(state) + (STATE_SUFFIX if country_named(state) else "")
    forms = [strip_article(c.text) for c in group]
    plain = [f for f in forms if not is_cjk(f) and not is_acronym(f)] or forms
    counts = Counter(plain)
    return max(counts, key=lambda f: (len(words(f)), counts[f], len(f), -plain.index(f)))


def _aliases(group: Iterable[Candidate], name: str) -> tuple[str, ...]:
    """Every other written form; a country keeps its "the", other names lose it."""
    seen: dict[str, None] = {}
    folded_name = fold(name)
    for cand in group:
        surface = cand.text
        is_country = cand.key.kind == "country"
        if not is_country:
            surface = strip_article(surface)
        elif surface.startswith("The "):
            surface = "the " + surface[4:]
        if surface == name or (not is_country and fold(surface) == folded_name):
            continue
        seen.setdefault(surface, None)
    return tuple(seen)
