"""Definite descriptions and titles ("the senator", "the Japanese lawmaker", "the ministry")
to the entities they refer to.

A description is a singular common noun with a definite determiner ("the", "this") that is
not part of a name. Its noun decides how it resolves:

- a **person noun** (a title head, or a noun naming someone by role): the person the
  article's roles (`Article.roles`, built from titles as of the article's date) give that
  title, narrowed by a place modifier ("the *Japanese* lawmaker") and by "former"; else the
  last person introduced with that title ("Senator Lee", "Lee, the senator"). With no such
  person the description stays unresolved: salience alone is not enough for a title;
- a **group noun**: the last organisation or place named before it whose name holds the
  noun ("the ministry" after "the Ministry of Defense"); for a generic organisation noun
  ("the company"), the most salient organisation of the last few sentences.

The nouns are the lexicon's (`Lexicon.title_heads`, and the person, group and generic
organisation nouns the statements stage reads speakers' descriptions with).

`name_modifiers` gives the capitalised words the parser hangs on a person's name from
before it that the name mention left out: a title ("Colonel Finch", "Mayor Chiang") or a
given name the model did not take ("Toshiaki Nogiwa"). They belong to the person's noun
phrase, so a reader (or a coreference scorer such as GAP's, which marks "Colonel Finch")
finds the person there too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from newsdossier.article import Entity, Role, Token
from newsdossier.coref.context import Context
from newsdossier.lang.places import country_named, country_of_demonym

#: Types a group noun may refer to.
GROUP_TYPES: Final = frozenset({"ORG", "GPE", "LOC", "FAC", "NORP"})
#: Sentences back that a generic organisation noun ("the company") looks for its
#: organisation: the statements stage's reach for descriptions (`speakers.WINDOWS`).
GENERIC_REACH: Final = 3
_MODIFIERS = ("amod", "compound", "nmod", "poss")
#: Dependency labels of a word before a name that is part of the name's noun phrase.
_NAME_PREFIX_DEPS = frozenset({"compound", "nmod"})
#: Tags such a word has: a proper noun ("Colonel", "Toshiaki") or a noun ("Father").
_NAME_PREFIX_TAGS = frozenset({"PROPN", "NOUN"})


@dataclass(frozen=True, slots=True)
class Nominal:
    """A description resolved to an entity: its span and head token."""

    start: int
    end: int
    head: int
    entity: Entity


def descriptions(ctx: Context) -> Iterator[Nominal]:
    """Every definite description of the body that resolves to an entity, in reading order."""
    words = ctx.lexicon.statements
    for tok in ctx.tokens:
        if tok.pos != "NOUN" or "Number=Plur" in tok.morph or not _definite(ctx, tok):
            continue
        if ctx.entity_covering(tok.start, tok.end) is not None or _named_inside(ctx, tok):
            continue
        lemma = tok.lemma.lower()
        entity: Entity | None = None
        if lemma in words.person_nouns or ctx.lexicon.is_title_word(lemma):
            entity = _titled(ctx, tok, lemma)
        elif lemma in words.group_nouns:
            entity = _group(ctx, tok, lemma)
        if entity is not None:
            first = min([tok.i, *(i for i in ctx.tree.subtree_tokens(tok.i) if i < tok.i)])
            yield Nominal(ctx.tokens[first].start, tok.end, tok.i, entity)


def _definite(ctx: Context, tok: Token) -> bool:
    dets = ctx.lexicon.statements.singular_definite_determiners
    return any(ctx.tokens[d].text.lower() in dets for d in ctx.tree.deps(tok.i, "det"))


def _named_inside(ctx: Context, tok: Token) -> bool:
    """A noun with a name of its own beside it ("the president, Lai", "the senator Lee")."""
    for c in ctx.tree.deps(tok.i, "appos", "compound", "flat"):
        child = ctx.tokens[c]
        if child.pos == "PROPN" and c > tok.i:
            return True
    return False


def _titled(ctx: Context, tok: Token, lemma: str) -> Entity | None:
    named_before = {n.entity.id for n in ctx.named_before(tok.start)}
    holders = [
        r
        for r in ctx.article.roles
        if lemma in r.title.lower().replace("-", " ").split() and r.entity_id in named_before
    ]
    modifiers = ctx.tree.deps(tok.i, *_MODIFIERS)
    written = {ctx.tokens[m].text.lower() for m in modifiers}
    if written & ctx.lexicon.reference.former_title_modifiers:
        holders = [r for r in holders if r.former] or holders
    places = {p for p in (_place(ctx, ctx.tokens[m]) for m in modifiers) if p}
    if places:
        holders = [r for r in holders if _role_in(r, places)]
    people = {r.entity_id for r in holders}
    if people:
        for n in reversed(ctx.named_before(tok.start)):
            if n.entity.id in people:
                return n.entity
    if places:
        return None
    return ctx.discourse.titled(lemma, tok.start)


def _place(ctx: Context, tok: Token) -> str | None:
    entity = ctx.entity_covering(tok.start, tok.end)
    if entity is not None and entity.type in GROUP_TYPES:
        return entity.name.lower()
    country = country_named(tok.text, allow_codes=True) or country_of_demonym(tok.text)
    return country.name.lower() if country else None


def _role_in(role: Role, places: set[str]) -> bool:
    where = f"{role.organization or ''} {role.title}".lower()
    country = country_named(role.organization or "", allow_codes=True)
    found = {country.name.lower()} if country else set()
    return any(p in where or p in found for p in places)


def _group(ctx: Context, tok: Token, lemma: str) -> Entity | None:
    for n in reversed(ctx.named_before(tok.start)):
        names = (n.entity.name, *n.entity.aliases)
        if n.entity.type in GROUP_TYPES and any(lemma in x.lower().split() for x in names):
            return n.entity
    if lemma not in ctx.lexicon.statements.generic_org_nouns:
        return None
    found, _ = ctx.discourse.salient(
        tok.start, tok.sent, frozenset({"ORG"}), None, window=GENERIC_REACH
    )
    return found


def name_modifiers(ctx: Context) -> Iterator[Nominal]:
    """The capitalised words before each body name mention of a person that the parser
    attaches to the name ("Colonel" of "Colonel Finch", "Mrs." of "Mrs. Tapili"), one span
    per mention: read leftwards while a word of the same sentence is a capitalised proper
    noun or noun, modifies a word of the name (or of the span so far) as a compound, and
    is no name mention itself ("Taipei Mayor Chiang" gives "Mayor": "Taipei" is a place's).
    """
    for named in ctx.named:
        if named.entity.type != "PERSON":
            continue
        first = ctx.token_at(named.start)
        if ctx.tokens[first].start != named.start:
            continue
        inside = set(range(first, ctx.token_at(max(named.start, named.end - 1)) + 1))
        begin = first
        while begin > 0 and _name_prefix(ctx, ctx.tokens[begin - 1], inside, named.sent):
            begin -= 1
            inside.add(begin)
        if begin < first:
            start = ctx.tokens[begin].start
            yield Nominal(start, ctx.tokens[first - 1].end, named.head, named.entity)


def _name_prefix(ctx: Context, tok: Token, inside: set[int], sent: int) -> bool:
    """Whether ``tok`` is a capitalised modifier of the name whose tokens are ``inside``."""
    return (
        tok.sent == sent
        and tok.pos in _NAME_PREFIX_TAGS
        and tok.dep in _NAME_PREFIX_DEPS
        and tok.head in inside
        and tok.text[:1].isupper()
        and ctx.entity_covering(tok.start, tok.end) is None
    )
