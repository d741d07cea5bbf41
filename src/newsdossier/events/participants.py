"""Participants of an event: the entities its trigger's dependents name, with their part.

- ``who``: the subject (or the subject of the verb controlling it: "is scheduled to
  visit"), the agent ("by X"), the possessor of a noun ("Trump's visit");
- ``whom``: the object, the passive subject, "with X", "between X and Y", "against X",
  "on X" for attacks, "of X" after a noun;
- ``where``: a place (GPE, LOC, FAC) after "in", "at", "to", "into", or the object of
  "visit";
- other actors named in the trigger's own clause close to it, with no part given.

Phrases that attribute the sentence ("according to X") give no participants. The
prepositions and attribution words are the lexicon's `EventWords`.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from newsdossier.article import Entity, EventType, Participant
from newsdossier.events.candidates import Candidate
from newsdossier.lang.actors import Actors
from newsdossier.lang.lexicon import EventWords
from newsdossier.lang.tree import ParseTree

#: Verbs climbed through control ("agreed to visit") to find a subject.
_CONTROL_CLIMB = 4

PLACE_TYPES = frozenset({"GPE", "LOC", "FAC"})
ACTOR_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "LAW"})
_EXTRA_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
_ROLE_ORDER = {"who": 0, "whom": 1, "where": 2, None: 3}
_CONTROL = frozenset({"xcomp", "conj", "acl", "advcl", "pcomp", "prep"})
_EXTRA_REACH = 3
#: Event types whose place-name modifier is where they happen ("Japan's election").
_PLACED_KINDS = frozenset({"election"})


class Gatherer:
    """Collects the participants of event candidates of one article (``words``: the
    lexicon's event words for the article's language)."""

    def __init__(self, tree: ParseTree, actors: Actors, words: EventWords) -> None:
        self.tree = tree
        self.actors = actors
        self.words = words

    def participants(self, cand: Candidate) -> tuple[Participant, ...]:
        """Every participant of the candidate, who first, then whom, where and others."""
        found: list[tuple[Entity, str | None]] = []
        for anchor in cand.tokens():
            found += self._from_anchor(anchor, cand.type)
        found += [(e, None) for e in self._nearby(cand)]
        return _unique(found)

    def has_own_args(self, i: int, kind: EventType) -> bool:
        """True if a trigger token names participants of its own."""
        return any(True for _ in self._from_anchor(i, kind, subjects=False))

    def _from_anchor(
        self, i: int, kind: EventType, *, subjects: bool = True
    ) -> Iterator[tuple[Entity, str | None]]:
        tok = self.tree.tokens[i]
        verbal = tok.pos in ("VERB", "AUX")
        if verbal and subjects:
            for subj, role in self._subjects(i):
                yield from self._entities(subj, role, kind)
        for child in self.tree.children[i]:
            yield from self._child(child, kind, verbal=verbal)
        if not verbal and subjects and tok.dep == "pobj":
            yield from self._host_subject(i, kind)

    def _host_subject(self, i: int, kind: EventType) -> Iterator[tuple[Entity, str | None]]:
        """ "X spoke at the summit", "X said in an address": X takes part in the noun's event."""
        prep = self.tree.tokens[i].head
        verb = self.tree.tokens[prep].head
        if self.tree.tokens[prep].dep != "prep" or self.tree.tokens[verb].pos != "VERB":
            return
        if self.tree.tokens[prep].text.lower() not in self.words.host_prepositions:
            return
        role = "who" if kind == "statement" else None
        for subj, _ in self._subjects(verb):
            yield from self._entities(subj, role, kind)

    def _child(
        self, child: int, kind: EventType, *, verbal: bool
    ) -> Iterator[tuple[Entity, str | None]]:
        c = self.tree.tokens[child]
        if c.dep in ("dobj", "dative"):
            yield from self._entities(child, "whom", kind, place_ok=kind == "visit")
        elif c.dep == "agent":
            for obj in self.tree.deps(child, "pobj"):
                yield from self._entities(obj, "who", kind)
        elif c.dep in ("poss", "compound", "nmod", "amod") and not verbal:
            yield from self._modifier(child, kind)
        elif c.dep == "prep":
            yield from self._prep(child, kind, verbal=verbal)

    def _modifier(self, child: int, kind: EventType) -> Iterator[tuple[Entity, str | None]]:
        """ "Trump's visit" (who), "the New Hampshire primary" (where), "US-China talks"."""
        possessive = self.tree.tokens[child].dep == "poss"
        for entity, _ in self._entities(child, None, kind):
            if kind in _PLACED_KINDS and entity.type in PLACE_TYPES:
                yield entity, "where"
            else:
                yield entity, "who" if possessive else None

    def _prep(
        self, prep: int, kind: EventType, *, verbal: bool
    ) -> Iterator[tuple[Entity, str | None]]:
        word = self.tree.tokens[prep].text.lower()
        if self.tree.tokens[prep].lemma.lower() in self.words.attribution_lemmas:
            return
        role: str | None = None
        if word in self.words.whom_prepositions or (word == "on" and kind == "military"):
            role = "whom"
        elif word == "by" and not verbal:
            role = "who"
        elif word == "of" and not verbal:
            role = "whom"
        elif word in self.words.where_prepositions:
            role = "where"
        else:
            return
        for obj in self.tree.deps(prep, "pobj"):
            yield from self._entities(obj, role, kind, place_ok=role == "where")

    def _subjects(self, i: int) -> list[tuple[int, str]]:
        """Subject tokens of verb ``i`` with their part, climbing control verbs."""
        j = i
        for _ in range(_CONTROL_CLIMB):
            subj = [(s, "who") for s in self.tree.deps(j, "nsubj", "csubj")]
            subj += [(s, "whom" if j == i else "who") for s in self.tree.deps(j, "nsubjpass")]
            if subj:
                return subj
            tok = self.tree.tokens[j]
            if tok.dep == "acl":
                return [(tok.head, "whom" if tok.tag == "VBN" else "who")]
            if tok.dep not in _CONTROL or tok.head == j:
                return []
            j = tok.head
        return []

    def _entities(
        self, head: int, role: str | None, kind: EventType, *, place_ok: bool = False
    ) -> Iterator[tuple[Entity, str | None]]:
        for tok in self.tree.conjuncts(head):
            entity = self.actors.resolve(tok)
            if entity is None or entity.type not in ACTOR_TYPES:
                continue
            if role == "where" and entity.type not in PLACE_TYPES:
                continue
            if place_ok and role == "whom" and entity.type in PLACE_TYPES:
                yield entity, "where"
                continue
            yield entity, role

    def _nearby(self, cand: Candidate) -> list[Entity]:
        """Actors named in the trigger's clause within a few edges of it."""
        out: list[Entity] = []
        for anchor in cand.tokens():
            for j in self._reach(anchor):
                tok = self.tree.tokens[j]
                entity = self.actors.entity_at(tok.start, tok.end)
                if entity is not None and entity.type in _EXTRA_TYPES:
                    out.append(entity)
        return out

    def _reach(self, anchor: int) -> Iterable[int]:
        frontier = [(anchor, 0)]
        while frontier:
            j, depth = frontier.pop()
            if depth:
                yield j
            if depth >= _EXTRA_REACH:
                continue
            for c in self.tree.children[j]:
                tok = self.tree.tokens[c]
                if self.tree.opens_clause(c) or tok.lemma.lower() in self.words.attribution_lemmas:
                    continue
                frontier.append((c, depth + 1))


def _unique(found: list[tuple[Entity, str | None]]) -> tuple[Participant, ...]:
    best: dict[str, tuple[Entity, str | None]] = {}
    for entity, role in found:
        old = best.get(entity.id)
        if old is None or _ROLE_ORDER[role] < _ROLE_ORDER[old[1]]:
            best[entity.id] = (entity, role)
    ranked = sorted(best.values(), key=lambda er: _ROLE_ORDER[er[1]])
    return tuple(Participant(e.id, e.name, role) for e, role in ranked)
