"""Body tokens indexed by character offset: spans, heads and lookups over a parse."""

from __future__ import annotations

from dataclasses import dataclass

from newsdossier.article import Token


@dataclass(frozen=True, slots=True)
class BodyIndex:
    """Body tokens with a lookup from character offset to token."""

    tokens: tuple[Token, ...]
    by_start: dict[int, int]

    @classmethod
    def build(cls, tokens: tuple[Token, ...]) -> BodyIndex:
        """Index the body tokens by their start offset."""
        return cls(tokens, {t.start: t.i for t in tokens})

    def span_tokens(self, start: int, end: int) -> list[Token]:
        """Tokens starting inside ``[start, end)``."""
        first = self.by_start.get(start)
        if first is None:
            return [t for t in self.tokens if start <= t.start < end]
        out = []
        for token in self.tokens[first:]:
            if token.start >= end:
                break
            out.append(token)
        return out

    def head(self, start: int, end: int) -> Token | None:
        """The syntactic head of a span (its token whose head lies outside it)."""
        inside = self.span_tokens(start, end)
        ids = {t.i for t in inside}
        for token in inside:
            if token.head not in ids or token.head == token.i:
                return token
        return inside[-1] if inside else None
