"""Titles in the parse around a name: appositions ("Sanae Takaichi, a senior Diet
member"), relative clauses ("who most recently served as minister of state ... from 2022
to 2024", "who became prime minister") and copulas ("X has been a member of ...")."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from newsdossier.article import Token
from newsdossier.lang.index import BodyIndex
from newsdossier.lang.lexicon import Lexicon
from newsdossier.roles.common import years

_DROP_DEPS = frozenset({"det", "punct", "relcl", "acl", "cc", "conj", "appos", "advcl"})


@dataclass(frozen=True, slots=True)
class ClauseRole:
    """A title found in the parse, with its evidence span and years."""

    title: str
    start_char: int
    end_char: int
    start: str | None
    end: str | None
    former: bool
    head: Token


def clause_roles(
    body: BodyIndex, text: str, name_head: Token, lex: Lexicon
) -> Iterator[ClauseRole]:
    """Titles the parse attaches to the name whose head token is ``name_head``."""
    tokens = body.tokens
    nouns = [t for t in _children(tokens, name_head) if t.dep == "appos" and _is_title(t, lex)]
    for noun in nouns:
        yield _role(body, text, None, noun, lex, past=_marked_former(tokens, noun, lex))
    for holder in [name_head, *nouns]:
        for verb in _children(tokens, holder):
            if verb.dep == "relcl" and verb.lemma in lex.role_verbs:
                yield from _verb_roles(body, text, verb, lex)
    if name_head.dep in ("nsubj", "nsubjpass"):
        verb = tokens[name_head.head]
        if verb.lemma in lex.role_verbs:
            yield from _verb_roles(body, text, verb, lex)


def _children(tokens: tuple[Token, ...], head: Token) -> list[Token]:
    lo, hi = max(0, head.i - 40), min(len(tokens), head.i + 60)
    return [t for t in tokens[lo:hi] if t.head == head.i and t.i != head.i]


def _is_title(token: Token, lex: Lexicon) -> bool:
    return token.pos in ("NOUN", "PROPN") and lex.is_title_word(token.lemma or token.text)


def _verb_roles(body: BodyIndex, text: str, verb: Token, lex: Lexicon) -> Iterator[ClauseRole]:
    tokens = body.tokens
    kids = _children(tokens, verb)
    targets = [t for t in kids if t.dep in ("attr", "oprd") and _is_title(t, lex)]
    for prep in kids:
        if prep.dep == "prep" and prep.text.lower() == "as":
            targets += [t for t in _children(tokens, prep) if t.dep == "pobj" and _is_title(t, lex)]
    for noun in targets:
        yield _role(body, text, verb, noun, lex, past=_verb_is_past(tokens, verb, kids, lex))


def _verb_is_past(tokens: tuple[Token, ...], verb: Token, kids: list[Token], lex: Lexicon) -> bool:
    if verb.lemma == "become":
        return False
    has_aux = any(k.dep == "aux" and k.lemma == "have" and k.tag in ("VBZ", "VBP") for k in kids)
    adverbs = any(k.dep == "advmod" and k.text.lower() in lex.past_adverbs for k in kids)
    grand = [t for k in kids if k.dep == "advmod" for t in _children(tokens, k)]
    adverbs = adverbs or any(t.text.lower() in lex.past_adverbs for t in grand)
    return (verb.tag == "VBD" and not has_aux) or adverbs


def _marked_former(tokens: tuple[Token, ...], noun: Token, lex: Lexicon) -> bool:
    return any(
        t.text.lower().rstrip("-") in lex.former_markers
        for t in _children(tokens, noun)
        if t.i < noun.i
    )


def _role(
    body: BodyIndex, text: str, verb: Token | None, noun: Token, lex: Lexicon, *, past: bool
) -> ClauseRole:
    """The role a title noun names; years come from its verb's clause, if it has one."""
    span = _title_tokens(body.tokens, noun, lex)
    title = text[span[0].start : span[-1].end]
    clause = _subtree(body.tokens, verb) if verb else span
    clause_text = text[clause[0].start : clause[-1].end]
    start, end = years(clause_text, became=verb is not None and verb.lemma == "become")
    return ClauseRole(
        title=title,
        start_char=min(span[0].start, clause[0].start),
        end_char=max(span[-1].end, clause[-1].end),
        start=start,
        end=end,
        former=past or _marked_former(body.tokens, noun, lex),
        head=noun,
    )


def _title_tokens(tokens: tuple[Token, ...], noun: Token, lex: Lexicon) -> list[Token]:
    """The title noun with its modifiers and "of/for" complements, no determiner or clause."""
    keep = [noun]
    for child in _children(tokens, noun):
        if child.dep in _DROP_DEPS or child.text.lower().rstrip("-") in lex.former_markers:
            continue
        if child.dep == "prep" and (
            child.i < noun.i or child.text.lower() not in lex.title_prepositions
        ):
            continue
        sub = _subtree(tokens, child)
        if any(t.pos == "NUM" and len(t.text) == 4 for t in sub):
            continue
        if any(t.text in "(（" for t in sub):
            continue
        if (
            child.dep == "prep"
            and child.text.lower() != "of"
            and any(t.pos == "PROPN" for t in sub)
        ):
            continue
        keep += sub
    ids = {t.i for t in keep}
    lo = hi = noun.i
    while lo - 1 in ids:
        lo -= 1
    while hi + 1 in ids:
        hi += 1
    while hi > noun.i and (
        tokens[hi].pos in ("PUNCT", "ADP", "DET", "CCONJ", "SCONJ")
        or tokens[hi].tag in ("IN", "TO", "DT", "CC")
        or tokens[hi].text.lower() in lex.honorifics
    ):
        hi -= 1
    return list(tokens[lo : hi + 1])


def _subtree(tokens: tuple[Token, ...], root: Token) -> list[Token]:
    members = {root.i}
    lo, hi = max(0, root.i - 40), min(len(tokens), root.i + 60)
    changed = True
    while changed:
        changed = False
        for token in tokens[lo:hi]:
            if token.i not in members and token.head in members and token.head != token.i:
                members.add(token.i)
                changed = True
    return [tokens[i] for i in sorted(members)]
