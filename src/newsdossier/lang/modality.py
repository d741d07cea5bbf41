"""Modality of a clause from the parse: asserted, hypothetical, negated, future or question.

Read at a clause's head word (an event's trigger, a statement's reported verb):

- **question** — the clause ends with a question mark;
- **hypothetical** — a condition: the head is, or hangs under, an "if"/"unless" clause,
  or governs one ("If talks fail, troops will ..."); a noun event modified by "possible"
  or "potential"; a modal of possibility ("could", "might");
- **negated** — a ``neg`` dependent ("did not", "never") on the head, or a negative
  determiner on a noun event ("no visit");
- **future** — a future auxiliary ("will"), an intention verb above an infinitive ("plans
  to visit"), a noun event modified by "planned"; "would" inside a clause reported in the
  past ("said it would ...") is the future of that past, elsewhere a supposition.

A noun event takes the modality of the verb that governs it ("could launch an attack").
The words are the lexicon's `ModalityWords`; the precedence is the order above.
"""

from __future__ import annotations

from typing import Final

from newsdossier.article import Modality
from newsdossier.lang.lexicon import ModalityWords
from newsdossier.lang.tree import ParseTree

#: Edges through which a clause head shares the auxiliaries of the head above it
#: ("will meet and sign": "sign" is as future as "meet").
_SHARED: Final = frozenset({"conj", "xcomp"})
#: Edges a noun event climbs to reach the verb that governs it.
_NOMINAL: Final = frozenset({"dobj", "pobj", "nsubj", "nsubjpass", "attr", "prep", "compound"})
#: Penn tags of a past-tense reporting verb (for the backshifted "would").
_PAST: Final = frozenset({"VBD", "VBN"})
#: Ancestors a condition is looked for above a head (a clause rarely nests deeper).
MAX_CONDITION_DEPTH: Final = 4


def clause_modality(tree: ParseTree, head: int, words: ModalityWords) -> Modality:
    """The modality of the clause headed by token ``head`` (see the module docstring)."""
    tokens = tree.tokens
    if _is_question(tree, head):
        return "question"
    verb = _governing_verb(tree, head)
    if _conditional(tree, verb, words):
        return "hypothetical"
    mods = {tokens[c].lemma.lower() for c in tree.deps(head, "amod")}
    if mods & words.hypothetical_modifiers:
        return "hypothetical"
    if tree.deps(verb, "neg") or (verb != head and tree.deps(head, "neg")):
        return "negated"
    if any(tokens[d].text.lower() in words.negative_determiners for d in tree.deps(head, "det")):
        return "negated"
    if mods & words.future_modifiers:
        return "future"
    return _modal(tree, verb, words)


def _governing_verb(tree: ParseTree, head: int) -> int:
    """``head`` itself when a verb; for a noun, the verb it is an argument of."""
    tokens = tree.tokens
    i = head
    for _ in range(MAX_CONDITION_DEPTH):
        tok = tokens[i]
        if tok.pos in ("VERB", "AUX") or tok.dep not in _NOMINAL or tok.head == i:
            return i
        i = tok.head
    return i


def _is_question(tree: ParseTree, head: int) -> bool:
    tokens = tree.tokens
    last = max(tree.subtree_tokens(head))
    nxt = last + 1
    while nxt < len(tokens) and tokens[nxt].text in ('"', "”", "’", "'"):
        nxt += 1
    ends = [tokens[last].text] + ([tokens[nxt].text] if nxt < len(tokens) else [])
    return "?" in ends


def _conditional(tree: ParseTree, verb: int, words: ModalityWords) -> bool:
    """The clause is a condition, hangs under one, or has one of its own."""
    tokens = tree.tokens
    i = verb
    for _ in range(MAX_CONDITION_DEPTH):
        if any(tokens[m].text.lower() in words.conditional_marks for m in tree.deps(i, "mark")):
            return True
        for clause in tree.deps(i, "advcl"):
            marks = tree.deps(clause, "mark")
            if any(tokens[m].text.lower() in words.conditional_marks for m in marks):
                return True
        if tokens[i].dep not in (*_SHARED, "advcl") or tokens[i].head == i:
            return False
        i = tokens[i].head
    return False


def _modal(tree: ParseTree, verb: int, words: ModalityWords) -> Modality:
    """Future or hypothetical from the auxiliaries of ``verb`` (or the head it shares them
    with), else asserted."""
    tokens = tree.tokens
    i = verb
    for _ in range(MAX_CONDITION_DEPTH):
        auxes = [tokens[a].text.lower() for a in tree.deps(i, "aux")]
        for aux in auxes:
            if aux in words.future_modals:
                return "future"
            if aux in words.reported_future_modals and _reported_in_past(tree, i):
                return "future"
            if aux in words.hypothetical_modals:
                return "hypothetical"
        tok = tokens[i]
        if tok.dep == "xcomp" and tokens[tok.head].lemma.lower() in words.intention_verbs:
            return "future"
        if tok.dep not in _SHARED or tok.head == i:
            break
        i = tok.head
    return "asserted"


def _reported_in_past(tree: ParseTree, verb: int) -> bool:
    """``verb`` heads a clause complementing a past-tense verb ("said it would")."""
    tok = tree.tokens[verb]
    return tok.dep == "ccomp" and tree.tokens[tok.head].tag in _PAST
