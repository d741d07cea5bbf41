"""Relation rules over the parse: membership, alliances and commitments.

- **membership**: "X is a member of Y", "X, a member of Y", "X joined Y", "X's membership
  in Y"; wished or urged ("seeks to join", "promoting X's inclusion in Y", "X's bid to
  join Y") it is a ``membership_aspiration``;
- **alliance**: "X and Y formed an alliance", "X formed an alliance with Y", "the X-Y
  alliance", "X and Y are allies", "X is an ally of Y"; urged or modal ("should form an
  alliance") it is an ``alliance_proposal``;
- **commitment**: "X is committed to (defending) Y", "the treaty commits X to come to the
  defense of Y", "X pledged to defend Y".

The words are the lexicon's `RelationWords` (``ctx.words``).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import combinations

from newsdossier.article import Entity
from newsdossier.relations.context import BODY_TYPES, Context
from newsdossier.relations.found import Found

#: Beneficiaries kept for one commitment ("defend Japan, the Philippines and Taiwan"):
#: a longer list is an enumeration of the region, not the parties.
MAX_BENEFICIARIES = 3

_STATE_TYPES = frozenset({"GPE", "ORG", "LOC", "NORP"})
_HOLDER_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC"})
_BENEFICIARY_TYPES = frozenset({"GPE", "LOC", "ORG", "PERSON", "FAC"})


def membership(ctx: Context, i: int) -> Iterator[Found]:
    """Membership and membership aspirations stated at token ``i``."""
    tok = ctx.tree.tokens[i]
    lemma = tok.lemma.lower()
    words = ctx.words
    if tok.pos == "NOUN" and lemma == "member":
        yield from _member_noun(ctx, i)
    elif tok.pos == "VERB" and lemma in words.join_verbs:
        if any(ctx.tree.tokens[o].tag == "VBG" for o in ctx.objects(i, ("in",))):
            return  # "joined Democrats in writing a bill": acting together, not membership
        bodies = [o for o in ctx.tree.deps(i, "dobj")] + ctx.objects(i, ("to",))
        kind = "membership_aspiration" if ctx.aspired(i) else "membership"
        for subj in ctx.subjects(i):
            yield from _pairs(ctx, kind, subj, bodies, (i,))
    elif tok.pos == "NOUN" and lemma in words.membership_nouns | words.aspiration_nouns:
        aspired = lemma in words.aspiration_nouns or ctx.aspired(i)
        kind = "membership_aspiration" if aspired else "membership"
        owners = ctx.tree.deps(i, "poss") or ctx.objects(i, ("of",))
        possessed = bool(ctx.tree.deps(i, "poss"))
        bodies = ctx.objects(
            i, words.possessed_body_prepositions if possessed else words.body_prepositions
        )
        for owner in owners:
            yield from _pairs(ctx, kind, owner, bodies, (i,))


def _member_noun(ctx: Context, i: int) -> Iterator[Found]:
    tok = ctx.tree.tokens[i]
    bodies = ctx.objects(i, ("of", "in")) + ctx.tree.deps(i, "compound")
    holders: list[int] = []
    if tok.dep == "attr":
        holders = ctx.tree.deps(tok.head, "nsubj")
    elif tok.dep in ("appos", "compound"):
        holders = [tok.head]
    kind = "membership_aspiration" if ctx.aspired(i) and tok.dep == "attr" else "membership"
    plural = "Number=Plur" in tok.morph
    for holder in holders:
        if plural and len(ctx.tree.conjuncts(holder)) < 2:
            continue
        yield from _pairs(ctx, kind, holder, bodies, (i,))


def _pairs(
    ctx: Context, kind: str, subj: int, bodies: list[int], tokens: tuple[int, ...]
) -> Iterator[Found]:
    for who in ctx.entities(subj, _HOLDER_TYPES):
        for body in bodies:
            for group in ctx.entities(body, BODY_TYPES):
                if group.id != who.id:
                    yield Found(kind, who, group, (*tokens, subj, body))  # type: ignore[arg-type]


def alliance(ctx: Context, i: int) -> Iterator[Found]:
    """Alliances stated or proposed at token ``i``."""
    tok = ctx.tree.tokens[i]
    lemma = tok.lemma.lower()
    allies = ctx.words.ally_nouns
    if tok.pos == "NOUN" and lemma in ctx.words.alliance_nouns:
        yield from _alliance_noun(ctx, i)
    elif tok.pos == "NOUN" and lemma in allies | {t.rstrip("s") for t in allies}:
        yield from _ally_noun(ctx, i)
    elif tok.pos == "VERB" and lemma == "ally":
        parties = _entities_of(ctx, ctx.subjects(i)) + _entities_of(ctx, ctx.objects(i, ("with",)))
        yield from _all_pairs("alliance", parties, (i,))


def _alliance_noun(ctx: Context, i: int) -> Iterator[Found]:
    tok = ctx.tree.tokens[i]
    named = _named_in_modifiers(ctx, i)
    if len(named) >= 2:
        yield from _all_pairs("alliance", named, (i,))
        return
    verb = tok.head if tok.dep in ("dobj", "pobj") else None
    if tok.dep == "pobj":
        verb = ctx.tree.tokens[tok.head].head
    if verb is None or ctx.tree.tokens[verb].lemma.lower() not in ctx.words.forming_verbs:
        return
    parties = _entities_of(ctx, ctx.subjects(verb))
    parties += [
        e for e in _entities_of(ctx, ctx.objects(i, ("with", "between"))) if e not in parties
    ]
    parties += [e for e in _entities_of(ctx, ctx.objects(verb, ("with",))) if e not in parties]
    kind = "alliance_proposal" if ctx.aspired(verb) else "alliance"
    yield from _all_pairs(kind, parties, (i, verb))


def _named_in_modifiers(ctx: Context, i: int) -> list[Entity]:
    """Parties named before the noun: "the US-Japan alliance", "the Russian-Iranian axis"."""
    out: list[Entity] = []
    for child in ctx.tree.deps(i, "compound", "nmod", "amod", "poss"):
        for j in ctx.tree.clause_subtree(child):
            t = ctx.tree.tokens[j]
            entity = ctx.actors.entity_at(t.start, t.end)
            if entity is not None and entity.type in _STATE_TYPES and entity not in out:
                out.append(entity)
    return out


def _ally_noun(ctx: Context, i: int) -> Iterator[Found]:
    tok = ctx.tree.tokens[i]
    if tok.dep == "attr":
        subjects = _entities_of(ctx, ctx.tree.deps(tok.head, "nsubj"))
        others = _entities_of(ctx, ctx.objects(i, ("of",)))
        if others:
            for a in subjects:
                yield from _all_pairs("alliance", [a, *[o for o in others if o != a]], (i,))
        elif len(subjects) >= 2:
            yield from _all_pairs("alliance", subjects, (i,))
    elif tok.dep == "appos":
        others = _entities_of(ctx, ctx.objects(i, ("of",)))
        for a in ctx.entities(tok.head, _STATE_TYPES | {"PERSON"}):
            yield from _all_pairs("alliance", [a, *[o for o in others if o != a]], (i,))


def _entities_of(ctx: Context, heads: list[int]) -> list[Entity]:
    out: list[Entity] = []
    for head in heads:
        out += [e for e in ctx.entities(head, _STATE_TYPES | {"PERSON"}) if e not in out]
    return out


def _all_pairs(kind: str, parties: list[Entity], tokens: tuple[int, ...]) -> Iterator[Found]:
    for a, b in combinations(parties, 2):
        if a.id != b.id:
            yield Found(kind, a, b, tokens)  # type: ignore[arg-type]


def commitment(ctx: Context, i: int) -> Iterator[Found]:
    """Commitments of one party to another, stated at verb ``i``."""
    tok = ctx.tree.tokens[i]
    lemma = tok.lemma.lower()
    if tok.pos != "VERB" or lemma not in ctx.words.commit_verbs:
        return
    complements = ctx.tree.deps(i, "xcomp") + ctx.objects(i, ("to",))
    if lemma != "commit":
        support = ctx.words.support_verbs
        complements = [c for c in complements if ctx.tree.tokens[c].lemma.lower() in support]
    if not complements:
        return
    bound = _bound_party(ctx, i)
    for complement in complements:
        for who in bound:
            for other in _beneficiaries(ctx, complement):
                if other.id != who.id:
                    yield Found("commitment", who, other, (i, complement))


def _bound_party(ctx: Context, verb: int) -> list[Entity]:
    """Who is committed: the object of an active "commits X to", else the subject."""
    objects = ctx.tree.deps(verb, "dobj")
    if objects:
        obj = objects[0]
        if ctx.tree.tokens[obj].pos == "PRON":
            earlier = _sibling_object(ctx, verb)
            if earlier:
                return earlier
        return ctx.entities(obj, _BENEFICIARY_TYPES)
    return _entities_of(ctx, ctx.subjects(verb))


def _sibling_object(ctx: Context, verb: int) -> list[Entity]:
    """For "grants X ... and commits it": the object of the coordinated verb."""
    tok = ctx.tree.tokens[verb]
    if tok.dep != "conj":
        return []
    head = tok.head
    for obj in ctx.tree.deps(head, "dative", "dobj"):
        found = ctx.entities(obj, _BENEFICIARY_TYPES)
        if found:
            return found
    return []


def _beneficiaries(ctx: Context, complement: int) -> list[Entity]:
    out: list[Entity] = []
    for j in ctx.tree.clause_subtree(complement):
        t = ctx.tree.tokens[j]
        entity = ctx.actors.entity_at(t.start, t.end)
        if entity is not None and entity.type in _BENEFICIARY_TYPES and entity not in out:
            out.append(entity)
    return out[:MAX_BENEFICIARIES]
