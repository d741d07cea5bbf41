"""Grammatical evidence about who a pronoun can be, read from the parse.

- **Described gender** (`described_genders`): a person named in apposition to, or as the
  subject of a copula with, a noun that only one gender bears ("Dana Roe, the senator's
  eldest daughter", "Roe is a mother of three", "Congresswoman Dana Roe") is shown with
  that gender by the article's own words, as surely as by an honorific. Given-name tables
  miss many names ("Ivanka", "Jaden"); this does not need them.
- **Participial adjuncts** (`adjunct_names`): the subject of a main clause controls the
  unexpressed subject of a participial adjunct attached to its verb ("After examining
  Roe's ankle, she said ..."): whoever examined is "she", so a name inside the adjunct
  cannot be her (binding principle C: the pronoun c-commands the name).
"""

from __future__ import annotations

import bisect
import copy
from collections import defaultdict
from collections.abc import Iterable, Sequence
from typing import Final

from newsdossier.article import Entity, Token
from newsdossier.lang.discourse import PERSON_TYPES, Discourse
from newsdossier.lang.recent import Recent
from newsdossier.lang.tree import ParseTree, parse_tree

#: Singular person nouns borne by one gender only, by language: kinship, and titles and
#: occupations that carry the gender in the word ("congresswoman"; not "chairman",
#: "spokesman" or "actor", which writers use for women too).
# fmt: off
GENDERED_NOUNS: Final[dict[str, dict[str, str]]] = {
    "en": {
        **dict.fromkeys(
            (
                "mother", "daughter", "wife", "sister", "niece", "aunt", "grandmother",
                "granddaughter", "stepmother", "stepdaughter", "stepsister", "half-sister",
                "widow", "girlfriend", "fiancee", "mom", "actress", "congresswoman",
                "councilwoman", "businesswoman", "spokeswoman", "chairwoman", "queen",
                "princess", "duchess", "empress", "nun", "sister-in-law",
                "daughter-in-law", "mother-in-law", "goddaughter", "heiress", "matriarch",
                "woman", "girl", "lady",
            ),
            "Fem",
        ),
        **dict.fromkeys(
            (
                "father", "son", "husband", "brother", "nephew", "uncle", "grandfather",
                "grandson", "stepfather", "stepson", "stepbrother", "half-brother",
                "widower", "boyfriend", "fiance", "dad", "congressman", "councilman",
                "businessman", "king", "prince", "duke", "emperor", "monk",
                "brother-in-law", "son-in-law", "father-in-law", "godson", "patriarch",
                "man", "boy", "gentleman",
            ),
            "Masc",
        ),
    },
}
# fmt: on

_COPULAS: Final = frozenset({"be"})


def described_genders(
    tokens: Sequence[Token], mentions: Iterable[tuple[int, int, Entity]], language: str = "en"
) -> dict[str, str]:
    """Entity id -> "Masc"/"Fem" for persons the parse describes with a gendered noun:
    the noun in apposition to the name, the name in apposition to the noun, the noun as
    a compound title before the name, or the noun as the predicate of a copula whose
    subject is the name. A person described with both genders gets neither."""
    nouns = GENDERED_NOUNS.get(language, {})
    if not nouns or not tokens:
        return {}
    starts = [t.start for t in tokens]
    children: list[list[int]] | None = None
    votes: dict[str, set[str]] = defaultdict(set)
    for start, end, entity in mentions:
        if entity.type not in PERSON_TYPES or end <= start:
            continue
        head = _head(tokens, starts, start, end)
        if children is None:
            children = parse_tree(tokens).children
        for noun in _describing(tokens, children, head):
            if "Number=Plur" in noun.morph:
                continue
            gender = nouns.get(noun.lemma.lower()) or nouns.get(noun.text.lower())
            if gender:
                votes[entity.id].add(gender)
    return {eid: next(iter(g)) for eid, g in votes.items() if len(g) == 1}


def _head(tokens: Sequence[Token], starts: list[int], start: int, end: int) -> Token:
    first = max(0, bisect.bisect_right(starts, start) - 1)
    last = max(first, bisect.bisect_left(starts, end) - 1)
    for i in range(first, last + 1):
        if not first <= tokens[i].head <= last or tokens[i].head == i:
            return tokens[i]
    return tokens[last]


def _describing(
    tokens: Sequence[Token],
    children: list[list[int]],
    head: Token,
    *,
    modified: bool = False,
) -> list[Token]:
    """The nouns the parse says a name's head is: appositions either way, a compound
    title before it, a copula's predicate; with ``modified``, also the noun the name
    modifies as a compound ("the Acme television *network*")."""
    # A title before the name may be tagged a proper noun ("Congresswoman Roe").
    out = [
        t
        for t in (tokens[c] for c in children[head.i])
        if t.dep == "compound" and t.i < head.i and t.pos in ("NOUN", "PROPN")
    ]
    nouns = [tokens[c] for c in children[head.i] if tokens[c].dep == "appos"]
    if head.dep == "appos" and head.head != head.i:
        nouns.append(tokens[head.head])
    if modified and head.dep == "compound" and head.head > head.i:
        nouns.append(tokens[head.head])
    if head.dep == "nsubj" and head.head != head.i:
        verb = tokens[head.head]
        if verb.lemma in _COPULAS:
            nouns += [tokens[c] for c in children[verb.i] if tokens[c].dep == "attr"]
    return out + [t for t in nouns if t.pos == "NOUN"]


_DESCRIBED: Recent[dict[str, frozenset[str]]] = Recent()


def described_nouns(discourse: Discourse) -> dict[str, frozenset[str]]:
    """Entity id -> the lemmas of the singular common nouns the article describes it with
    (see `_describing`: "Acme, the *network*", "the Acme television *network*", "Acme is a
    *network*"), built once per discourse."""

    def build() -> dict[str, frozenset[str]]:
        tokens = discourse.tokens
        starts = [t.start for t in tokens]
        children = parse_tree(tokens).children
        found: dict[str, set[str]] = defaultdict(set)
        for m in discourse.mentions:
            head = _head(tokens, starts, m.start, m.end)
            for noun in _describing(tokens, children, head, modified=True):
                if "Number=Plur" not in noun.morph:
                    found[m.entity.id].add(noun.lemma.lower())
        return {eid: frozenset(words) for eid, words in found.items()}

    return _DESCRIBED.get((discourse,), build)


def with_described_genders(discourse: Discourse, language: str = "en") -> Discourse:
    """A copy of ``discourse`` that also knows the `described_genders` of persons whose
    gender it had not learned (what it learned stands); those count as attested."""
    found = described_genders(
        discourse.tokens, ((m.start, m.end, m.entity) for m in discourse.mentions), language
    )
    extra = {eid: g for eid, g in found.items() if eid not in discourse.gender}
    if not extra:
        return discourse
    out = copy.copy(discourse)
    out.gender = {**discourse.gender, **extra}
    out.attested = discourse.attested | set(extra)
    return out


#: Tags of a participle, a verb form with no subject of its own: gerund or present
#: participle, past participle. (A purpose infinitive, "she came to meet Lee", is left
#: out: whether the main subject or its object controls it varies, and the parser often
#: hangs one on the wrong verb.)
_NONFINITE_TAGS: Final = frozenset({"VBG", "VBN"})
_SUBJECT_DEPS: Final = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})


def adjunct_tokens(tree: ParseTree, tok: Token) -> frozenset[int]:
    """The tokens of the participial adjuncts whose unexpressed subject ``tok`` controls:
    ``tok`` is the subject of a verb, and an adverbial clause of that verb with no subject
    of its own ("*examining the file*, she said", "*after examining the file*, she said")
    has ``tok``'s referent as its subject. A name among these
    tokens is an argument of that clause, so it cannot be ``tok``'s referent (binding
    principle C: "After examining Roe's leg, she ..." is not Roe)."""
    if tok.dep not in ("nsubj", "nsubjpass") or tok.head == tok.i:
        return frozenset()
    tokens = tree.tokens
    out: set[int] = set()
    for c in tree.children[tok.head]:
        child = tokens[c]
        if child.dep == "advcl" and _subjectless(tree, c):
            out |= tree.subtree_tokens(c)
        elif child.dep == "prep" and child.pos == "ADP":
            # "after examining ...": a true preposition over the participle; not
            # "according to ...", which the parser tags as a participle itself.
            for g in tree.deps(c, "pcomp"):
                if _subjectless(tree, g):
                    out |= tree.subtree_tokens(g)
    return frozenset(out)


def _subjectless(tree: ParseTree, i: int) -> bool:
    tok = tree.tokens[i]
    return (
        tok.pos in ("VERB", "AUX")
        and tok.tag in _NONFINITE_TAGS
        and not tree.deps(i, *_SUBJECT_DEPS)
        and not tree.deps(i, "aux", "auxpass")
    )
