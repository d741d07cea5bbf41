"""Nested attribution: a statement whose cue sits inside another statement's content.

In "Izumi said that Takaichi in November last year said that ...", Takaichi's statement
is reported by Izumi's: its ``reported_by`` is the index of the innermost statement
whose content contains its cue (or, for a cue-less statement, its content).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsdossier.article import Statement


def link_nested(statements: Sequence[Statement]) -> tuple[Statement, ...]:
    """The statements with ``reported_by`` set on those reported inside another."""
    out: list[Statement] = []
    for n, inner in enumerate(statements):
        anchor = inner.cue.start if inner.cue is not None else inner.start
        best: int | None = None
        for m, outer in enumerate(statements):
            if m == n or not (outer.start <= anchor < outer.end):
                continue
            if not (outer.start <= inner.start and inner.end <= outer.end):
                continue
            if (outer.end - outer.start) <= (inner.end - inner.start):
                continue
            if best is None or outer.end - outer.start < _length(statements[best]):
                best = m
        out.append(dataclasses.replace(inner, reported_by=best) if best is not None else inner)
    return tuple(out)


def _length(statement: Statement) -> int:
    return statement.end - statement.start
