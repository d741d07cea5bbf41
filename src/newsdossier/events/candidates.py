"""Trigger candidates: event words in the parse, joined with the verbs that carry them.

A candidate is one event: its type, the word that names it, and the tokens whose
dependents give its participants ("held talks": the noun names a meeting, the verb gives
who held it). Negated triggers and triggers of conditional clauses ("if ... is attacked")
are left out. The words are the lexicon's `EventWords`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdossier.article import EventType, Token
from newsdossier.events.triggers import (
    is_light_verb,
    is_weak_noun,
    needs_prep,
    needs_verb,
    noun_type,
    verb_type,
)
from newsdossier.lang.lexicon import EventWords
from newsdossier.lang.tree import ParseTree

#: Heads above a trigger searched for a same-type trigger it belongs to ("held talks" ->
#: "meeting"): hosts further up are other events.
_HOST_REACH = 3

_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd"})
_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod", "poss", "nummod", "acl", "prep"})
#: Entity labels of names in which a trigger word is not an event ("Meet the Press").
_NAME_TYPES = frozenset({"WORK_OF_ART", "ORG", "LAW", "PRODUCT", "FAC", "PERSON", "GPE"})
_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})


@dataclass(slots=True)
class Candidate:
    """One event in the making: type, naming token, and tokens that carry participants."""

    type: EventType
    trigger: int
    anchors: list[int] = field(default_factory=list)

    def tokens(self) -> list[int]:
        """The trigger and every anchor token."""
        return [self.trigger, *[a for a in self.anchors if a != self.trigger]]


def find_candidates(tree: ParseTree, words: EventWords) -> list[Candidate]:
    """Every event candidate of the body, folded with light verbs and same-type heads."""
    found: dict[int, Candidate] = {}
    for tok in tree.tokens:
        kind = _trigger_type(tree, tok, words)
        if kind is not None and not _excluded(tree, tok.i, words):
            found[tok.i] = Candidate(kind, tok.i, [tok.i])
    _join_light_verbs(tree, found, words)
    return sorted(found.values(), key=lambda c: c.trigger)


def _trigger_type(tree: ParseTree, tok: Token, words: EventWords) -> EventType | None:
    if tok.pos == "VERB":
        if not _verb_sense(tree, tok, words):
            return None
        return (
            verb_type(tok.lemma, words) or _phrasal(tree, tok, words) or _signing(tree, tok, words)
        )
    if tok.pos != "NOUN":
        return None
    kind = noun_type(tok.lemma, tok.text, words)
    if kind is None or tok.ent_type in _NAME_TYPES:
        return None
    if needs_verb(tok.lemma, tok.text, words) and not _verb_object(tree, tok.i):
        return None
    if is_weak_noun(tok.lemma, words) and not _modified(tree, tok.i, words):
        return None
    return kind


def _verb_sense(tree: ParseTree, tok: Token, words: EventWords) -> bool:
    """False for a verb used in its non-event sense ("elected to convert", "occupied a post")."""
    lemma = tok.lemma.lower()
    if tok.ent_type in _NAME_TYPES:
        return False  # part of a name: "Meet the Press"
    if lemma in words.choose_sense_verbs and tree.deps(tok.i, "xcomp"):
        return False
    if lemma in words.terms_sense_verbs:
        on_terms = any(
            tree.tokens[p].text.lower() in ("on", "to") for p in tree.deps(tok.i, "prep")
        )
        return on_terms or bool(tree.deps(tok.i, "xcomp"))
    if lemma in words.place_object_verbs:
        objects = tree.deps(tok.i, "dobj")
        return not objects or any(tree.tokens[o].ent_type in _PLACES for o in objects)
    return True


def _phrasal(tree: ParseTree, tok: Token, words: EventWords) -> EventType | None:
    """ "took office", "returned to power", "was sworn in", "stepped down"."""
    lemma = tok.lemma.lower()
    written = {tree.tokens[c].text.lower() for c in tree.deps(tok.i, "prt", "advmod", "prep")}
    objects = {tree.tokens[o].lemma.lower() for o in tree.deps(tok.i, "dobj", "pobj")}
    objects |= {
        tree.tokens[o].lemma.lower() for p in tree.deps(tok.i, "prep") for o in tree.deps(p, "pobj")
    }
    for (verb, particle, obj), kind in words.trigger_phrases.items():
        if verb == lemma and (not particle or particle in written) and (not obj or obj in objects):
            return kind
    return None


def _signing(tree: ParseTree, tok: Token, words: EventWords) -> EventType | None:
    """ "signed the North Atlantic Treaty", "the accord was signed": an agreement."""
    if tok.lemma.lower() not in words.signing_verbs:
        return None
    for obj in tree.deps(tok.i, "dobj", "nsubjpass"):
        o = tree.tokens[obj]
        if o.ent_type == "LAW" or noun_type(o.lemma, o.text, words) == "agreement":
            return "agreement"
    return None


def _verb_object(tree: ParseTree, i: int) -> bool:
    tok = tree.tokens[i]
    return tok.dep in _OBJECT_DEPS and tree.tokens[tok.head].pos in ("VERB", "AUX")


def _modified(tree: ParseTree, i: int, words: EventWords) -> bool:
    if _verb_object(tree, i) and is_light_verb(tree.tokens[tree.tokens[i].head].lemma, words):
        return True
    if needs_prep(tree.tokens[i].lemma, words):
        return bool(tree.deps(i, "prep"))
    return any(
        tree.tokens[c].dep in _MODIFIER_DEPS
        and tree.tokens[c].text.lower() not in words.not_modifiers
        for c in tree.children[i]
    )


def _excluded(tree: ParseTree, i: int, words: EventWords) -> bool:
    """A modifier ("self-declared"), not an event. Negated ("did not meet", "no trip") and
    conditional events are kept: the stage marks their ``modality``."""
    tok = tree.tokens[i]
    return tok.dep in ("amod", "compound") and tok.pos == "VERB"


def _join_light_verbs(tree: ParseTree, found: dict[int, Candidate], words: EventWords) -> None:
    """Nouns carried by verbs: "held talks", "paid a visit", "signed a treaty"."""
    for i in sorted(found):
        cand = found.get(i)
        if cand is None or tree.tokens[i].pos != "NOUN" or not _verb_object(tree, i):
            continue
        verb = tree.tokens[i].head
        verb_cand = found.get(verb)
        if is_light_verb(tree.tokens[verb].lemma, words):
            cand.anchors.append(verb)
            if verb_cand is not None and verb_cand.trigger == verb:
                del found[verb]
        elif verb_cand is not None and verb_cand.type == cand.type:
            verb_cand.anchors.append(i)
            del found[i]


def fold_same_type(tree: ParseTree, cands: list[Candidate], has_args: set[int]) -> list[Candidate]:
    """A noun adjunct of a same-type trigger without participants of its own is that event
    ("arrived ... for a three-day visit"); definite nouns with nothing of their own
    ("during the meeting") are mentions of an event told elsewhere."""
    by_token = {t: c for c in cands for t in c.tokens()}
    kept: list[Candidate] = []
    for cand in cands:
        tok = tree.tokens[cand.trigger]
        if tok.pos == "NOUN" and cand.trigger not in has_args:
            host = _same_type_host(tree, cand, by_token)
            if host is not None:
                host.anchors.append(cand.trigger)
                continue
        kept.append(cand)
    return kept


def _same_type_host(
    tree: ParseTree, cand: Candidate, by_token: dict[int, Candidate]
) -> Candidate | None:
    for n, head in enumerate(tree.ancestors(cand.trigger)):
        if n >= _HOST_REACH or tree.clause(head) != tree.clause(cand.trigger):
            break
        host = by_token.get(head)
        if host is not None and host is not cand:
            return host if host.type == cand.type else None
    return None


def is_definite(tree: ParseTree, i: int, words: EventWords) -> bool:
    """True for a noun introduced by a definite determiner ("the", "this", "those")."""
    return any(
        tree.tokens[d].text.lower() in words.definite_determiners for d in tree.deps(i, "det")
    )
