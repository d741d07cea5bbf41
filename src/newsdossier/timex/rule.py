"""A timex rule as one object: its name, its surface pattern and the resolver of its matches.

The rules themselves are data, listed in `newsdossier.timex.patterns.RULES`; a rule cannot
exist without a resolver, so a pattern whose matches nothing can resolve is impossible.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from newsdossier.timex.context import Context, Resolved

Resolver = Callable[["Candidate", Context], "Resolved | None"]


@dataclass(frozen=True, slots=True)
class TimexRule:
    """One kind of temporal expression: ``pattern`` finds it, ``resolve`` normalizes a match
    (None: the match is not a temporal expression after all)."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver

    def __post_init__(self) -> None:
        if not self.name:
            raise ValueError("a timex rule needs a name")
        if not callable(self.resolve):
            raise TypeError(f"timex rule {self.name!r} has no resolver")


@dataclass(frozen=True, slots=True)
class Candidate:
    """A pattern match: which rule, where, and the match object with its named groups."""

    rule: TimexRule
    start: int
    end: int
    match: re.Match[str]

    @property
    def name(self) -> str:
        """The name of the rule that matched."""
        return self.rule.name

    def resolve(self, ctx: Context) -> Resolved | None:
        """The normalized value of this match, by its rule's resolver."""
        return self.rule.resolve(self, ctx)
