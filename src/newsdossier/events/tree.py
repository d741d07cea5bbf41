"""Dependency-tree helpers over the article's `Token` records, with clause boundaries.

A *clause* here is the part of a sentence reachable from a token without crossing an
edge that starts a new finite or adverbial clause (``ccomp``, ``advcl``, ``relcl``,
``parataxis``, ``csubj``, ``conj`` between verbs). Event dates and participants are read
inside a trigger's clause so that "He said Monday that troops attacked" does not date
the attack Monday.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdossier.article import Token
from newsdossier.nlp.tree import ParseTree

#: Edges that open a new clause: facts are not read across them.
CLAUSE_EDGES = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "csubjpass"})
_VERBAL = frozenset({"VERB", "AUX"})


class Tree(ParseTree):
    """Children, ancestors and clause heads of a parsed token sequence."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        super().__init__(tokens)
        self._clause: list[int] = [self._clause_of(t.i) for t in tokens]

    def opens_clause(self, i: int) -> bool:
        """True if token ``i`` starts a clause of its own below its head."""
        tok = self.tokens[i]
        if tok.head == i or tok.dep in CLAUSE_EDGES:
            return True
        return tok.dep == "conj" and tok.pos in _VERBAL and self.tokens[tok.head].pos in _VERBAL

    def _clause_of(self, i: int) -> int:
        j = i
        for _ in range(len(self.tokens)):
            if self.opens_clause(j):
                return j
            j = self.tokens[j].head
        return j

    def clause(self, i: int) -> int:
        """The token that heads the clause token ``i`` belongs to."""
        return self._clause[i]

    def path_length(self, a: int, b: int) -> int | None:
        """Edges between tokens ``a`` and ``b`` within one clause, or None across clauses."""
        if self._clause[a] != self._clause[b]:
            return None
        up_a = [a, *self.ancestors(a)]
        up_b = [b, *self.ancestors(b)]
        depth_b = {tok: n for n, tok in enumerate(up_b)}
        for n, tok in enumerate(up_a):
            if tok in depth_b:
                return n + depth_b[tok]
        return None

    def subtree(self, i: int, *, same_clause: bool = True) -> list[int]:
        """Token ``i`` and its descendants (stopping at clause openers when ``same_clause``)."""
        out = [i]
        stack = list(self.children[i])
        while stack:
            j = stack.pop()
            if same_clause and self.opens_clause(j):
                continue
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

    def conjuncts(self, i: int) -> list[int]:
        """Token ``i`` and the tokens coordinated with it ("A, B and C")."""
        out = [i]
        stack = self.deps(i, "conj", "appos")
        while stack:
            j = stack.pop()
            if self.tokens[j].dep == "appos" and self.tokens[j].pos not in ("PROPN", "NOUN"):
                continue
            out.append(j)
            stack.extend(self.deps(j, "conj"))
        return out
