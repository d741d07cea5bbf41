"""The dependency tree over an article's `Token` records: what stages use instead of a Doc.

The spaCy ``Doc`` never leaves the nlp stage; `ParseTree` rebuilds the tree operations the
rules need from the plain records: children by label, ancestors, subtrees, spans, and
*clauses*.

A clause here is the part of a sentence reachable from a token without crossing an edge
that starts a new finite or adverbial clause (``ccomp``, ``advcl``, ``relcl``,
``parataxis``, ``csubj``, ``conj`` between verbs). Event dates and participants are read
inside a trigger's clause so that "He said Monday that troops attacked" does not date the
attack Monday.

Two kinds of subtree exist, under different names:

- `ParseTree.subtree_tokens` — token ``i`` and *all* its descendants, as a set (what a
  source phrase or a reported clause covers);
- `ParseTree.clause_subtree` — token ``i`` and the descendants *of its own clause*, in
  reading order (a phrase without the clauses hanging from it).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence

from newsdossier.article import Token
from newsdossier.lang.recent import Recent

#: Edges that open a new clause: facts are not read across them.
CLAUSE_EDGES = frozenset({"ccomp", "advcl", "relcl", "parataxis", "csubj", "csubjpass"})
#: Punctuation trimmed from the edges of a span (quote marks are kept).
PUNCT_EDGE = frozenset(",;:.-—–()[]")
_VERBAL = frozenset({"VERB", "AUX"})


class ParseTree:
    """Children, ancestors, subtrees, spans and clause heads of a parsed token sequence."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.children: list[list[int]] = [[] for _ in tokens]
        for tok in tokens:
            if tok.head != tok.i and 0 <= tok.head < len(tokens):
                self.children[tok.head].append(tok.i)
        self._subtree: dict[int, frozenset[int]] = {}
        self._clause: list[int] | None = None

    def deps(self, i: int, *labels: str) -> list[int]:
        """Children of token ``i`` whose dependency label is one of ``labels``."""
        return [c for c in self.children[i] if self.tokens[c].dep in labels]

    def ancestors(self, i: int) -> Iterator[int]:
        """The heads above token ``i``, nearest first."""
        seen = {i}
        j = self.tokens[i].head
        while j not in seen:
            yield j
            seen.add(j)
            j = self.tokens[j].head

    def subtree_tokens(self, i: int) -> frozenset[int]:
        """Indices of token ``i`` and all its descendants, across clause boundaries."""
        cached = self._subtree.get(i)
        if cached is not None:
            return cached
        out = {i}
        stack = list(self.children[i])
        while stack:
            j = stack.pop()
            if j not in out:
                out.add(j)
                stack.extend(self.children[j])
        result = frozenset(out)
        self._subtree[i] = result
        return result

    def clause_subtree(self, i: int) -> list[int]:
        """Token ``i`` and its descendants in its own clause (not below a clause opener),
        in reading order."""
        out = [i]
        stack = list(self.children[i])
        while stack:
            j = stack.pop()
            if self.opens_clause(j):
                continue
            out.append(j)
            stack.extend(self.children[j])
        return sorted(out)

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

    def _clauses(self) -> list[int]:
        if self._clause is None:
            self._clause = [self._clause_of(t.i) for t in self.tokens]
        return self._clause

    def clause(self, i: int) -> int:
        """The token that heads the clause token ``i`` belongs to."""
        return self._clauses()[i]

    def path_length(self, a: int, b: int) -> int | None:
        """Edges between tokens ``a`` and ``b`` within one clause, or None across clauses."""
        clauses = self._clauses()
        if clauses[a] != clauses[b]:
            return None
        up_a = [a, *self.ancestors(a)]
        up_b = [b, *self.ancestors(b)]
        depth_b = {tok: n for n, tok in enumerate(up_b)}
        for n, tok in enumerate(up_a):
            if tok in depth_b:
                return n + depth_b[tok]
        return None

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

    def block(self, indices: Iterable[int], around: int) -> tuple[int, int] | None:
        """The contiguous run of ``indices`` containing ``around`` (first, last), trimmed.

        Punctuation at the edges (commas, colons, dashes) is dropped, quote marks kept.
        """
        wanted = set(indices)
        if around not in wanted:
            return None
        first = last = around
        while first - 1 in wanted:
            first -= 1
        while last + 1 in wanted:
            last += 1
        while first < last and self.tokens[first].text in PUNCT_EDGE:
            first += 1
        while last > first and self.tokens[last].text in PUNCT_EDGE:
            last -= 1
        return first, last

    def chars(self, first: int, last: int) -> tuple[int, int]:
        """Character span of tokens ``first..last``."""
        return self.tokens[first].start, self.tokens[last].end


_TREES: Recent[ParseTree] = Recent()


def parse_tree(tokens: Sequence[Token]) -> ParseTree:
    """The `ParseTree` of ``tokens``, built once for the stages that read the same token
    records one after another (coreference, statements, events and relations each built
    it: about a sixth of the stages' own time). A tree only ever fills its lazy caches, so
    sharing it changes nothing a stage sees."""
    return _TREES.get((tokens,), lambda: ParseTree(tokens))
