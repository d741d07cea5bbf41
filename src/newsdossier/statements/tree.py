"""A light view over the article's parsed tokens: children, subtrees, spans.

The spaCy ``Doc`` never leaves the nlp stage; this rebuilds the few tree operations the
statement rules need from the plain `Token` records on the article.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from newsdossier.article import Token
from newsdossier.nlp.tree import ParseTree

PUNCT_EDGE = frozenset(",;:.-—–()[]")


class Tree(ParseTree):
    """Children, subtrees and spans of a parsed token sequence."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        super().__init__(tokens)
        self._subtree: dict[int, frozenset[int]] = {}

    def subtree(self, i: int) -> frozenset[int]:
        """Indices of token ``i`` and all its descendants."""
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
