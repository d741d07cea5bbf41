"""Third-person pronouns to the entities they refer to.

- **he / she / him / her / his / hers** (gender from the lexicon's table, else the model's
  ``Gender=``): the candidates of `features.candidates` (a person the article shows with
  the other gender among them, excluded), scored by the shipped model (`scorer`); the best
  is linked when its probability reaches the scorer's threshold (a subject pronoun never
  takes a person named inside a participial adjunct it controls, `constraints`), and remembered
  (`Context.links`) for the later pronouns' features. A best candidate that more earlier
  pronouns of the other gender went to gives way to a likely enough one the article shows
  with the pronoun's gender (`_best`). A reflexive ("himself") refers to the subject of
  its own verb.
- **they / them / their** (``Number=Plur``) and **it / its** (``Gender=Neut``): the nearest
  earlier noun phrase heading a subject (a subject pronoun), else an object, in the same or
  the previous sentence; linked when that phrase names an organisation or group (for "it":
  an organisation or place), left alone when it is another noun of the pronoun's number
  ("the talks ... they"), so a group never takes a pronoun that a nearer noun fits better.
  An "it" with a clause of its own verb ("it is likely that ...") is an expletive.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final, Literal

from newsdossier.article import Entity, Token
from newsdossier.coref.context import Context
from newsdossier.coref.features import Candidate, candidates
from newsdossier.coref.scorer import load_scorer
from newsdossier.lang.constraints import adjunct_tokens
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.morph import features, pronoun_gender
from newsdossier.lang.places import country_named, country_of_demonym, located
from newsdossier.lang.recent import Recent

#: Kinds of third-person pronoun this module resolves.
PronounClass = Literal["personal", "plural", "neuter"]

#: Entity types "they" may refer to: organisations and groups of people.
PLURAL_TYPES: Final = frozenset({"ORG", "NORP"})
#: Entity types "it"/"its" may refer to: organisations and places.
NEUTER_TYPES: Final = frozenset({"ORG", "GPE", "LOC", "FAC"})
#: Types a person's name is sometimes given by the small model ("Abalos" as ORG, "Crown
#: Princess Victoria" as PRODUCT, "Pope Pius II" as LAW): such an entity may take
#: "he"/"she" when its name has no organisation, law or place word (`person_like`).
MISTYPED_PERSON_TYPES: Final = frozenset(
    {"ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LAW", "NORP"}
)
#: The model's label for nationalities, religions and parties, which it gives some
#: surnames ("Kruse", "Keyes"): such an entity is a person only when every mention of it
#: is a bare singular proper noun (`_bare_singular`), as a surname is and a group is not.
GROUP_TYPE: Final = "NORP"
ORGANISATION_TYPE: Final = "ORG"
#: Place types: a name of one of them that the article only writes after a locating
#: preposition takes no "he"/"she" (`person_like`).
PLACE_TYPES: Final = frozenset({"GPE", "LOC", "FAC"})
#: Sentences back "they"/"it" look for a noun phrase (the statements stage's reach for
#: "it"/"they", `statements.speakers.WINDOWS`, is 2; one earlier sentence is enough
#: here because a nearer noun phrase always wins).
GROUP_REACH: Final = 1

#: The scorer's probability from which a resolved "he"/"she" teaches the article the
#: person's gender (hand-set: on GAP development, learning from every link excluded the
#: right person in 3% of passages, as an early wrong link spread).
GENDER_EVIDENCE: Final = 0.5

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_OBJECTS = frozenset({"dobj", "pobj", "iobj", "dative"})
_CLAUSAL = frozenset({"ccomp", "xcomp", "csubj"})


def pronoun_class(tok: Token, ctx: Context) -> PronounClass | None:
    """Which kind of third-person pronoun ``tok`` is, or None for any other token."""
    if pronoun_gender(tok, ctx.lexicon) is not None:
        return "personal"
    if tok.pos != "PRON":
        return None
    feats = features(tok.morph)
    if feats.get("Person") != "3" or feats.get("PronType") != "Prs":
        return None
    if feats.get("Number") == "Plur":
        return "plural"
    if feats.get("Gender") == "Neut" or tok.text.lower() in ctx.lexicon.reference.group_pronouns:
        return "neuter"
    return None


def personal(ctx: Context, tok: Token) -> Entity | None:
    """The person a gendered pronoun refers to, or None when no candidate is likely enough."""
    gender = pronoun_gender(tok, ctx.lexicon)
    if gender is None:
        return None
    confident = True
    if features(tok.morph).get("Reflex") == "Yes":
        found = _reflexive(ctx, tok, gender)
    else:
        scorer = load_scorer()
        scored = [(scorer.probability(c.features), c) for c in personal_candidates(ctx, tok)]
        best = _best(ctx, tok, scored, gender, scorer.threshold)
        found = best[1].entity if best is not None and best[0] >= scorer.threshold else None
        confident = best is not None and best[0] >= GENDER_EVIDENCE
    if found is not None:
        ctx.links[tok.i] = found.id
    if not confident:
        return found
    if found is not None:
        # The article's own evidence: a name once called "she" is a woman from here on.
        ctx.gender.setdefault(found.id, gender)
        if ctx.gender[found.id] == gender:
            ctx.attested.add(found.id)
    return found


def _best(
    ctx: Context, tok: Token, scored: list[tuple[float, Candidate]], gender: str, threshold: float
) -> tuple[float, Candidate] | None:
    """The most probable candidate, unless the article leans it to the other gender (more
    pronouns of that gender than of the pronoun's already linked to it, however unsure)
    while a candidate it shows with the pronoun's gender (an honorific, a given name, a
    pronoun) is likely enough to be linked on its own (``threshold``): then the most
    probable of those ("Clinton ... he ... Governor Laura Whitfield ... Clinton nodded.
    She said": Laura Whitfield)."""
    best = max(scored, key=lambda pc: pc[0], default=None)
    if best is None or not _leans_other(ctx, tok, best[1].entity, gender):
        return best
    fitting = [
        (p, c) for p, c in scored if ctx.gender.get(c.entity.id) == gender and p >= threshold
    ]
    return max(fitting, key=lambda pc: pc[0], default=best)


def _leans_other(ctx: Context, tok: Token, entity: Entity, gender: str) -> bool:
    """Whether more pronouns of the other gender than of ``gender`` were linked to
    ``entity`` before ``tok``."""
    votes = [
        pronoun_gender(ctx.tokens[i], ctx.lexicon) == gender
        for i, e in ctx.links.items()
        if e == entity.id and i < tok.i
    ]
    return votes.count(False) > votes.count(True)


def personal_candidates(ctx: Context, tok: Token) -> list[Candidate]:
    """The persons a gendered pronoun may refer to, with their features (`features`)."""
    gender = pronoun_gender(tok, ctx.lexicon)
    if gender is None:
        return []
    if ctx.person_like_ids is None:
        ctx.person_like_ids = frozenset(e.id for e in ctx.article.entities if person_like(ctx, e))
    allowed = set(ctx.person_like_ids)
    adjunct = adjunct_tokens(ctx.tree, tok)
    if adjunct:
        allowed -= {n.entity.id for n in ctx.named if n.head in adjunct}
    return candidates(ctx, tok, gender, allowed)


def person_like(ctx: Context, entity: Entity) -> bool:
    """A person, or a name the model typed otherwise that has no organisation, law or title
    word, and does not end in a place, structure or event noun (`Lexicon.thing_heads`)."""
    if entity.type == "PERSON":
        return True
    if entity.type not in MISTYPED_PERSON_TYPES:
        return False
    if entity.type in PLACE_TYPES and _only_located(ctx, entity):
        return False
    if entity.type == GROUP_TYPE and not _bare_singular(ctx, entity):
        return False
    words = [w.lower() for w in entity.name.replace("-", " ").split()]
    # A title before the last word makes a titled person ("Crown Princess Victoria", "Pope
    # Pius II"), unless the name was typed an organisation ("General Motors"); one at the
    # end is the title itself ("Prime Minister").
    titles: set[str] = set()
    if entity.type != ORGANISATION_TYPE:
        titles = {w for w in words[:-1] if ctx.lexicon.is_title_word(w)} - set(words[-1:])
    if not (set(words) - titles).isdisjoint(_not_person_words(ctx.lexicon)):
        return False
    head = next((w for w in reversed(words) if w not in ctx.lexicon.name_suffixes), "")
    if head in ctx.lexicon.thing_heads:
        return False  # "Chesapeake Bay", "Cheyne Walk", "World War II"
    return not (country_named(entity.name) or country_of_demonym(entity.name))


def _bare_singular(ctx: Context, entity: Entity) -> bool:
    """Every body name mention of the entity is one singular proper noun with no
    determiner ("Kruse said", not "the Taliban", "Democrats" or "Christian voters")."""
    heads = [n for n in ctx.named if n.entity.id == entity.id]
    return bool(heads) and all(
        n.end - n.start == len(ctx.tokens[n.head].text)
        and ctx.tokens[n.head].tag == "NNP"
        and ctx.tokens[n.head].dep != "compound"
        and not ctx.tree.deps(n.head, "det")
        for n in heads
    )


def _only_located(ctx: Context, entity: Entity) -> bool:
    """Every body name mention of the entity is the object of a locating preposition
    ("in Essex", "at Storkyrkan"): a place, however a pronoun's features score it."""
    heads = [ctx.tokens[n.head] for n in ctx.named if n.entity.id == entity.id]
    return bool(heads) and all(located(h, ctx.tokens, ctx.lexicon) for h in heads)


_NOT_PERSON_WORDS: Recent[frozenset[str]] = Recent()


def _not_person_words(lex: Lexicon) -> frozenset[str]:
    """Words that make a name an organisation's, a law's or a title (built once per
    lexicon, not once per entity and pronoun)."""
    return _NOT_PERSON_WORDS.get(
        (lex,),
        lambda: frozenset(lex.org_heads | lex.corporate_suffixes | lex.law_heads | lex.title_heads),
    )


def _reflexive(ctx: Context, tok: Token, gender: str) -> Entity | None:
    for i in ctx.tree.deps(tok.head, *_SUBJECTS):
        subject = ctx.tokens[i]
        found = ctx.entity_covering(subject.start, subject.end)
        if found is not None and ctx.gender.get(found.id, gender) == gender:
            return found if person_like(ctx, found) else None
    return None


def group(
    ctx: Context, tok: Token, kind: PronounClass, resolved: Mapping[int, Entity]
) -> Entity | None:
    """The organisation, group or place "they"/"it" refers to (``resolved``: entities found
    earlier for head tokens, descriptions and pronouns), or None."""
    if kind == "neuter" and _expletive(ctx, tok):
        return None
    types = PLURAL_TYPES if kind == "plural" else NEUTER_TYPES
    heads = _phrase_heads(ctx, tok)
    subjects = [i for i in heads if ctx.tokens[i].dep in _SUBJECTS]
    for i in subjects[:1] or heads[:1]:
        head = ctx.tokens[i]
        entity = resolved.get(i) or ctx.entity_covering(head.start, head.end)
        return entity if entity is not None and entity.type in types else None
    return None


def _phrase_heads(ctx: Context, tok: Token) -> list[int]:
    """Heads of earlier subject and object phrases a group pronoun may take, nearest first:
    names of any type, and nouns or pronouns of the pronoun's number."""
    plural = features(tok.morph).get("Number") == "Plur"
    out = []
    for j in range(tok.i - 1, -1, -1):
        other = ctx.tokens[j]
        if tok.sent - other.sent > GROUP_REACH:
            break
        if other.dep not in _SUBJECTS | _OBJECTS or other.head == tok.head:
            continue
        named = ctx.entity_covering(other.start, other.end) is not None
        if named or (other.pos in ("NOUN", "PRON") and _number_fits(other, plural)):
            out.append(j)
    return out


def _number_fits(other: Token, plural: bool) -> bool:
    feats = features(other.morph)
    if feats.get("Person") in ("1", "2"):
        return False
    return (feats.get("Number") == "Plur") == plural


def _expletive(ctx: Context, tok: Token) -> bool:
    """An "it" that stands for a clause ("it is clear that ...", "it rained")."""
    if tok.dep == "expl":
        return True
    if tok.dep not in _SUBJECTS:
        return False
    return any(ctx.tokens[c].dep in _CLAUSAL for c in ctx.tree.children[tok.head])
