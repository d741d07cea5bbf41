"""Treaties and their parties: from the treaty's name, and from what "the treaty" does.

- A treaty named after its parties ("U.S.-Japan Security Treaty") relates each party
  that is an entity of the article to the treaty; a year written before the name ("the
  1960 ... Treaty") is when the relation starts.
- A treaty that "grants X" a right or "commits X" to act names X as a party; "the
  treaty", "the pact" resolve to the last treaty the article named.

The words are the lexicon's `RelationWords` (``ctx.words``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsdossier.article import Entity, Mention
from newsdossier.lang.lexicon import RelationWords
from newsdossier.lang.places import country_named, country_of_demonym
from newsdossier.relations.context import Context
from newsdossier.relations.found import Found

#: Words at the start of a treaty-name segment tried as a country name ("South Korea").
_NAME_WORDS = 3
#: Characters before a treaty mention searched for its year ("the 1960 ... Treaty").
_YEAR_REACH = 30
_YEAR_BEFORE = re.compile(r"\b(\d{4})\s+(?:[\w.'’-]+\s+){0,1}$")


def is_treaty(entity: Entity, words: RelationWords) -> bool:
    """True for an entity that names a treaty or pact (its last word is a treaty noun)."""
    last = entity.name.split()[-1].lower() if entity.name.split() else ""
    return entity.type == "LAW" and last in words.treaty_nouns


def named_parties(ctx: Context) -> Iterator[Found]:
    """Each country in a treaty's name, related to that treaty."""
    for treaty in ctx.article.entities:
        if not is_treaty(treaty, ctx.words):
            continue
        body_mentions = [m for m in treaty.mentions if m.field == "body"]
        if not body_mentions:
            continue
        codes = _name_countries(treaty.name)
        first = body_mentions[0]
        tokens = _mention_tokens(ctx, first)
        start = _year_before(ctx, body_mentions)
        for party in ctx.article.entities:
            if party.type in ("GPE", "LOC") and _country_code(party) in codes:
                yield Found("treaty_party", party, treaty, tokens, start=start)


def _name_countries(name: str) -> set[str]:
    """Alpha-2 codes of the countries a hyphenated treaty name starts with."""
    segments = [s.strip() for s in re.split(r"[-–/]", name) if s.strip()]
    codes: set[str] = set()
    for n, segment in enumerate(segments):
        words = segment.split()
        options = [segment] if n == 0 and len(segments) > 1 else []
        options += [" ".join(words[:k]) for k in range(1, _NAME_WORDS + 1) if len(words) >= k]
        for option in options:
            country = country_named(option, allow_codes=True) or country_of_demonym(option)
            if country is not None:
                codes.add(country.code)
                break
    return codes if len(codes) >= 2 else set()


def _country_code(entity: Entity) -> str | None:
    for name in (entity.name, *entity.aliases):
        country = country_named(name, allow_codes=True)
        if country is not None:
            return country.code
    return None


def _mention_tokens(ctx: Context, mention: Mention) -> tuple[int, ...]:
    return tuple(t.i for t in ctx.article.tokens if mention.start <= t.start < mention.end)


def _year_before(ctx: Context, mentions: list[Mention]) -> str | None:
    """A year written just before a mention of the treaty ("the 1960 ... Treaty")."""
    body = ctx.article.body
    for mention in mentions:
        match = _YEAR_BEFORE.search(body[max(0, mention.start - _YEAR_REACH) : mention.start])
        if match:
            return match[1]
    return None


def binding_clauses(ctx: Context, i: int) -> Iterator[Found]:
    """ "The treaty grants X ...", "it commits X to ...": X is a party to the treaty."""
    tok = ctx.tree.tokens[i]
    if tok.pos != "VERB" or tok.lemma.lower() not in ctx.words.binding_verbs:
        return
    treaty = _treaty_subject(ctx, i)
    if treaty is None:
        return
    for obj in ctx.tree.deps(i, "dative", "dobj"):
        if ctx.tree.tokens[obj].pos == "PRON":
            continue
        for party in ctx.entities(obj, frozenset({"GPE", "ORG", "LOC"})):
            yield Found("treaty_party", party, treaty, (i, obj))


def _treaty_subject(ctx: Context, verb: int) -> Entity | None:
    for subj in ctx.subjects(verb):
        tok = ctx.tree.tokens[subj]
        named = ctx.actors.entity_at(tok.start, tok.end)
        if named is not None:
            return named if is_treaty(named, ctx.words) else None
        if tok.lemma.lower() in ctx.words.treaty_nouns:
            return _last_treaty(ctx, tok.start)
    return None


def _last_treaty(ctx: Context, before: int) -> Entity | None:
    best: tuple[int, Entity] | None = None
    for entity in ctx.article.entities:
        if not is_treaty(entity, ctx.words):
            continue
        for m in entity.mentions:
            if m.field == "body" and m.start < before and (best is None or m.start > best[0]):
                best = (m.start, entity)
    return best[1] if best else None


def signatories(ctx: Context, i: int) -> Iterator[Found]:
    """ "X and Y signed the Z Treaty", "X ratified the pact": X is a party from that date."""
    tok = ctx.tree.tokens[i]
    if tok.pos != "VERB" or tok.lemma.lower() not in ctx.words.accession_verbs:
        return
    treaties = [
        e
        for obj in ctx.tree.deps(i, "dobj") + ctx.objects(i, ("to",))
        for e in ctx.entities(obj, frozenset({"LAW"}))
        if is_treaty(e, ctx.words)
    ]
    if not treaties:
        return
    for subj in ctx.tree.deps(i, "nsubj"):
        for party in ctx.entities(subj, frozenset({"GPE", "ORG", "LOC", "NORP"})):
            for treaty in treaties:
                yield Found("treaty_party", party, treaty, (i, subj))
