"""The dependency tree over an article's `Token` records: what stages use instead of a Doc.

The spaCy ``Doc`` never leaves the nlp stage; `ParseTree` rebuilds the few tree
operations rules need (children by label, ancestors) from the plain records. Stages
extend it with their own views (subtrees and spans for statements, clauses for events).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsdossier.article import Token


class ParseTree:
    """Children and ancestors of a parsed token sequence."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.children: list[list[int]] = [[] for _ in tokens]
        for tok in tokens:
            if tok.head != tok.i and 0 <= tok.head < len(tokens):
                self.children[tok.head].append(tok.i)

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
