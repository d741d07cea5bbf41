"""Named, versioned pipeline stages: what each needs on the Article and what it adds.

A stage is either per-article (``Article -> Article``) or batched
(``Iterable[Article] -> Iterator[Article]``, for the spaCy pass, which is faster over
batches). Stages are registered explicitly by `newsdossier.stages`; plugins can add
their own with `register`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from newsdossier.article import Article
from newsdossier.errors import NewsdossierError

ArticleFn = Callable[[Article], Article]
BatchFn = Callable[[Iterable[Article], Any], Iterator[Article]]


@dataclass(frozen=True, slots=True)
class StageSpec:
    """A registered stage: its versioned name, function, and the fields it reads and writes."""

    name: str
    requires: frozenset[str]
    assigns: frozenset[str]
    func: ArticleFn | None = None
    batch: BatchFn | None = None
    needs_model: bool = False
    #: Analyses the text with a language's model and lexicon: it does not run on an article
    #: in a language without a lexicon (the article lists it in ``skipped`` instead).
    language_bound: bool = False
    doc: str = field(default="")


class UnknownStageError(NewsdossierError):
    """A pipeline names a stage that is not registered."""

    code = "NI-E050"


_REGISTRY: dict[str, StageSpec] = {}


def register(spec: StageSpec) -> StageSpec:
    """Add a stage to the registry (a later registration under the same name replaces it)."""
    _REGISTRY[spec.name] = spec
    return spec


def get(name: str) -> StageSpec:
    """The stage registered under ``name``; the error lists the valid names."""
    try:
        return _REGISTRY[name]
    except KeyError:
        known = ", ".join(sorted(_REGISTRY)) or "none"
        raise UnknownStageError(f"unknown stage {name!r}; registered stages: {known}") from None


def names() -> list[str]:
    """Every registered stage name, sorted."""
    return sorted(_REGISTRY)
