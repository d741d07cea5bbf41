"""Stage 4 entry point: mentions grouped into entities with one type and all their aliases."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter, defaultdict
from collections.abc import Iterable

from newsdossier.article import Article, Entity, Field, Mention
from newsdossier.entities.definitions import bracket_definitions, law_names
from newsdossier.entities.evidence import pronoun_antecedents, vote
from newsdossier.entities.places import state_or_country
from newsdossier.entities.spans import Candidate, repair_mentions
from newsdossier.lang.index import BodyIndex
from newsdossier.lang.laws import law_key
from newsdossier.lang.lexicon import Lexicon, lexicon_for
from newsdossier.lang.places import (
    STATE_SUFFIX,
    canonical_name,
    country_named,
    country_of_demonym,
    us_state_named,
)
from newsdossier.lang.text import fold, is_acronym, is_cjk, strip_article, words

FIELDS: tuple[Field, ...] = ("body", "title", "kicker", "caption")
_PLACE_LABELS = frozenset({"GPE", "LOC", "ORG", "NORP", "FAC", ""})
_TYPE_PRIORITY = ("PERSON", "ORG", "GPE", "LAW", "NORP", "LOC", "FAC", "EVENT", "PRODUCT")


def group_entities(article: Article) -> Article:
    """Group the article's mentions into `Entity` records (``entities``).

    Requires ``body``, ``tokens``, ``sentences`` and ``mentions``. Each entity gets an
    article-local id (``e0``, ``e1``...), a canonical name, one type decided by all the
    evidence in the article, every other surface as an alias, and every mention,
    including short forms and acronyms the model missed. Word lists come from the
    lexicon of ``article.language`` (English when unknown).
    """
    lex = lexicon_for(article.language or "en")
    texts = {name: article.field_text(name) for name in FIELDS}
    body = BodyIndex.build(article.tokens)
    cands = repair_mentions(article.mentions, texts, lex)
    cands = _add_law_names(cands, texts, lex)
    links = _add_definitions(cands, texts, lex)
    _assign_keys(cands, texts)
    groups = _Groups(len(cands))
    for a, b in links:
        groups.union(a, b)
    _union_same_keys(cands, groups)
    _attach_short_forms(cands, groups, body, texts, lex)
    _add_alias_occurrences(cands, groups, texts, body, lex)
    entities = _build_entities(cands, groups, body, texts, lex)
    return dataclasses.replace(article, entities=tuple(entities))


class _Groups:
    """Union-find over candidate indices."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def add(self) -> int:
        """A new singleton set; its index."""
        self.parent.append(len(self.parent))
        return len(self.parent) - 1

    def find(self, i: int) -> int:
        """The representative of ``i``'s set."""
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        """Join the sets of ``a`` and ``b`` (the lower index represents them)."""
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)

    def members(self) -> dict[int, list[int]]:
        """Every set, by representative."""
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return out


def _overlaps(a: Candidate, start: int, end: int, field: Field) -> bool:
    return a.field == field and a.start < end and start < a.end


def _add_law_names(
    cands: list[Candidate], texts: dict[Field, str], lex: Lexicon
) -> list[Candidate]:
    """Treaty and law names replace the model's spans over them, keeping its labels."""
    for field, text in texts.items():
        for start, end in law_names(text, lex):
            covered = [c for c in cands if _overlaps(c, start, end, field)]
            labels = [label for c in covered for label in c.model_labels]
            cands = [c for c in cands if c not in covered]
            cands.append(Candidate(start, end, text[start:end], "LAW", field, "law", labels))
    return cands


def _add_definitions(
    cands: list[Candidate], texts: dict[Field, str], lex: Lexicon
) -> list[tuple[int, int]]:
    """Candidates for bracketed acronyms and CJK names, linked to the name before them."""
    links = []
    for field, text in texts.items():
        for d in bracket_definitions(text, lex):
            long_i = _find_or_add(cands, field, text, d.long_start, d.long_end, exact=False)
            short_i = _find_or_add(cands, field, text, d.short_start, d.short_end, exact=True)
            links.append((long_i, short_i))
    return links


def _find_or_add(
    cands: list[Candidate], field: Field, text: str, start: int, end: int, *, exact: bool
) -> int:
    for i, cand in enumerate(cands):
        same_end = cand.field == field and cand.end == end
        if same_end and (cand.start == start or (not exact and cand.start >= start)):
            return i
    for i, cand in enumerate(cands):
        if _overlaps(cand, start, end, field):
            cands[i] = Candidate(
                start, end, text[start:end], cand.label, field, "definition", cand.model_labels
            )
            return i
    cands.append(Candidate(start, end, text[start:end], "", field, "definition"))
    return len(cands) - 1


def _assign_keys(cands: list[Candidate], texts: dict[Field, str]) -> None:
    """A grouping key per candidate: law, country, US state, demonym or folded name."""
    for cand in cands:
        cand.key = _key(cand)
    ambiguous = {c.key for c in cands if c.key.startswith("ambiguous:")}
    for key in ambiguous:
        choice = state_or_country(key.removeprefix("ambiguous:"), cands, texts)
        for cand in cands:
            if cand.key == key:
                cand.key = choice


def _key(cand: Candidate) -> str:
    labels = set(cand.model_labels) | {cand.label}
    if cand.origin == "law":
        return law_key(cand.text)
    if labels <= _PLACE_LABELS and "NORP" not in labels:
        country = country_named(cand.text, allow_codes="GPE" in labels)
        state = us_state_named(cand.text) if labels & {"GPE", "LOC", ""} else None
        if country and state:
            return "ambiguous:" + fold(cand.text)
        if country:
            return f"country:{country.code}"
        if state and "GPE" in labels:
            return f"subdiv:{state[0]}"
    one_word_org = "ORG" in labels and len(words(cand.text)) == 1
    if "NORP" in labels or (one_word_org and country_of_demonym(cand.text)):
        demonym = country_of_demonym(cand.text)
        return f"norp:{demonym.code}" if demonym else "norp:" + fold(cand.text)
    return "name:" + fold(cand.text)


def _union_same_keys(cands: list[Candidate], groups: _Groups) -> None:
    first: dict[str, int] = {}
    for i, cand in enumerate(cands):
        if cand.key in first:
            groups.union(first[cand.key], i)
        else:
            first[cand.key] = i


def _attach_short_forms(
    cands: list[Candidate],
    groups: _Groups,
    body: BodyIndex,
    texts: dict[Field, str],
    lex: Lexicon,
) -> None:
    """A one-word name joins the unique person whose full name begins or ends with it."""
    members = groups.members()
    people: dict[str, list[int]] = defaultdict(list)
    for root, idx in members.items():
        group = [cands[i] for i in idx]
        decided = _decide(group, body, texts, lex, 0)
        for cand in group:
            for part in _short_forms(cand, decided, lex):
                if root not in people[part]:
                    people[part].append(root)
    for root, idx in members.items():
        group = [cands[i] for i in idx]
        surfaces = {c.text for c in group if not is_cjk(c.text)}
        if len(surfaces) != 1 or not all(c.key.startswith("name:") for c in group):
            continue
        (surface,) = surfaces
        if len(words(surface)) != 1 or is_acronym(surface):
            continue
        labels = {label for c in group for label in c.model_labels}
        if labels and not labels & {"PERSON", "ORG"}:
            continue
        owners = [r for r in people.get(surface, []) if r != root]
        if owners:
            groups.union(root, _nearest_owner(owners, group, members, cands))


def _short_forms(cand: Candidate, decided: str, lex: Lexicon) -> set[str]:
    """The one-word forms a name can be shortened to.

    A person by surname or (East Asian order) family name first; a company by its
    first word when the rest is a corporate noun ("Conner" for "Conner Peripherals Inc.").
    """
    parts = [p for p in cand.text.split() if p.lower().rstrip(".") not in lex.name_suffixes]
    if len(parts) < 2 or is_cjk(cand.text) or not cand.key.startswith("name:"):
        return set()
    if decided == "PERSON":
        return {parts[0], parts[-1]}
    if decided == "ORG" and parts[-1].lower() in lex.org_heads and not country_of_demonym(parts[0]):
        first = parts[0]
        return {first} if first[:1].isupper() and not country_named(first) else set()
    return set()


def _nearest_owner(
    owners: list[int], group: list[Candidate], members: dict[int, list[int]], cands: list[Candidate]
) -> int:
    """Of several people sharing a name part, the one mentioned last before the short form."""
    if len(owners) == 1:
        return owners[0]
    first = (
        min(c.start for c in group if c.field == "body")
        if any(c.field == "body" for c in group)
        else 0
    )

    def last_before(root: int) -> int:
        starts = [
            cands[i].start
            for i in members[root]
            if cands[i].field == "body" and cands[i].start < first
        ]
        return max(starts, default=-1)

    return max(owners, key=last_before)


_WORD_CHAR = r"[\w’'-]"


def _add_alias_occurrences(
    cands: list[Candidate],
    groups: _Groups,
    texts: dict[Field, str],
    body: BodyIndex,
    lex: Lexicon,
) -> None:
    """Later occurrences of a group's surfaces the model did not tag become mentions."""
    taken: dict[Field, list[tuple[int, int]]] = defaultdict(list)
    for cand in cands:
        taken[cand.field].append((cand.start, cand.end))
    surfaces = _search_surfaces(cands, groups, body, texts, lex)
    for surface in sorted(surfaces, key=len, reverse=True):
        root = surfaces[surface]
        pattern = re.compile(rf"(?<!{_WORD_CHAR}){re.escape(surface)}(?!\w)")
        for field, text in texts.items():
            for match in pattern.finditer(text):
                start, end = match.span()
                if any(s < end and start < e for s, e in taken[field]):
                    continue
                if not _proper_here(surface, field, start, body):
                    continue
                key = "name:" + fold(surface)
                cands.append(Candidate(start, end, surface, "", field, "alias", key=key))
                groups.union(root, groups.add())
                taken[field].append((start, end))


def _search_surfaces(
    cands: list[Candidate],
    groups: _Groups,
    body: BodyIndex,
    texts: dict[Field, str],
    lex: Lexicon,
) -> dict[str, int]:
    """Each surface to look for, with the group it belongs to.

    Besides every written form, a person's surname is looked for (and the first word
    too when a CJK alias or a hyphenated given name shows family-name-first order);
    a name part two people share is left out.
    """
    surfaces: dict[str, int] = {}
    parts: dict[str, set[int]] = defaultdict(set)
    for root, idx in sorted(groups.members().items()):
        group = [cands[i] for i in idx]
        for cand in group:
            surfaces.setdefault(cand.text, root)
        if _decide(group, body, texts, lex, 0) != "PERSON":
            continue
        names = [
            [p for p in c.text.split() if p.lower().rstrip(".") not in lex.name_suffixes]
            for c in group
            if not is_cjk(c.text)
        ]
        longest = max(names, key=len, default=[])
        if len(longest) < 2:
            continue
        parts[longest[-1]].add(root)
        if any(is_cjk(c.text) for c in group) or "-" in longest[-1]:
            parts[longest[0]].add(root)
    for part, roots in parts.items():
        if len(roots) == 1 and len(part) > 1 and part[0].isupper():
            surfaces.setdefault(part, next(iter(roots)))
    return surfaces


def _proper_here(surface: str, field: Field, start: int, body: BodyIndex) -> bool:
    """A one-word surface counts only where the parser reads a proper noun."""
    if field != "body" or " " in surface or is_cjk(surface) or is_acronym(surface):
        return True
    index = body.by_start.get(start)
    return index is not None and body.tokens[index].pos == "PROPN"


def _decide(
    group: list[Candidate], body: BodyIndex, texts: dict[Field, str], lex: Lexicon, pronouns: int
) -> str:
    votes = vote(group, body, texts, lex, pronoun_links=pronouns)
    if not votes:
        return "PERSON" if any(is_cjk(c.text) for c in group) else "ORG"
    best = max(votes.values())
    tied = [t for t, v in votes.items() if v == best]
    labels = Counter(label for c in group for label in c.model_labels if label)
    first = next((c.model_labels[0] for c in group if c.model_labels and c.model_labels[0]), "")
    return min(tied, key=lambda t: (-labels.get(t, 0), t != first, _priority(t)))


def _priority(label: str) -> int:
    return _TYPE_PRIORITY.index(label) if label in _TYPE_PRIORITY else len(_TYPE_PRIORITY)


def _build_entities(
    cands: list[Candidate],
    groups: _Groups,
    body: BodyIndex,
    texts: dict[Field, str],
    lex: Lexicon,
) -> list[Entity]:
    pronoun_votes = Counter(groups.find(i) for i in pronoun_antecedents(cands, body, lex))
    built = []
    for root, idx in groups.members().items():
        group = sorted((cands[i] for i in idx), key=_order)
        etype = _decide(group, body, texts, lex, pronoun_votes.get(root, 0))
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
    if key.startswith("country:"):
        return country_named_from_key(key)
    if key.startswith("subdiv:"):
        state = next((c.text for c in group if us_state_named(c.text)), group[0].text)
        return strip_article(state) + (STATE_SUFFIX if country_named(state) else "")
    forms = [strip_article(c.text) for c in group]
    plain = [f for f in forms if not is_cjk(f) and not is_acronym(f)] or forms
    counts = Counter(plain)
    return max(counts, key=lambda f: (len(words(f)), counts[f], len(f), -plain.index(f)))


def country_named_from_key(key: str) -> str:
    """The standard name of the country in a ``country:XX`` key."""
    return canonical_name(key.removeprefix("country:"))


def _aliases(group: Iterable[Candidate], name: str) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    folded_name = fold(name)
    for cand in group:
        surface = cand.text
        is_country = cand.key.startswith("country:")
        if not is_country:
            surface = strip_article(surface)
        elif surface.startswith("The "):
            surface = "the " + surface[4:]
        if surface == name or (not is_country and fold(surface) == folded_name):
            continue
        seen.setdefault(surface, None)
    return tuple(seen)
