"""Pipeline: an ordered list of registered stages run over articles, with an error policy.

Before any article is processed, the order is checked: every field a stage requires must
be assigned by the reader or an earlier stage. A stage that raises on one article
rejects that article (a `Rejection` on the record, policy ``skip``) or stops the run
(policy ``raise``); the other articles go on.
"""

from __future__ import annotations

import dataclasses
import time
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Literal

from newsdossier import registry
from newsdossier import stages as _builtin_stages
from newsdossier.article import Article, Rejection, StageRun
from newsdossier.errors import ModelError, NewsdossierError
from newsdossier.lang.lexicon import has_lexicon

ErrorPolicy = Literal["raise", "skip"]

#: Importing the module registers the built-in stages; named here so the import is used.
BUILTIN_PIPELINE = _builtin_stages.DEFAULT_PIPELINE

#: Articles a batch stage (spaCy) takes at once, and what executors send a worker at once:
#: spaCy's ``nlp.pipe`` gains little beyond a few dozen short documents, and a failed batch
#: is retried one article at a time, so a small batch keeps that retry cheap.
DEFAULT_BATCH_SIZE = 16

#: Fields a reader fills before the first stage runs.
READER_FIELDS = frozenset({"id", "source", "raw_text", "content_type", "published", "url"})


class PipelineOrderError(NewsdossierError):
    """A stage requires a field that no earlier stage assigns."""

    code = "NI-E051"


class Pipeline:
    """Runs registered stages in order over a stream of articles."""

    def __init__(
        self,
        stage_names: Sequence[str],
        *,
        nlp: Any = None,
        on_error: ErrorPolicy = "skip",
        provided: frozenset[str] = READER_FIELDS,
        batch_size: int = DEFAULT_BATCH_SIZE,
    ) -> None:
        if batch_size < 1:
            raise ValueError(f"batch_size must be at least 1, not {batch_size}")
        self.stages = [registry.get(name) for name in stage_names]
        self.nlp = nlp
        self.on_error = on_error
        self.batch_size = batch_size
        check_order(self.stages, provided)
        needing = [s.name for s in self.stages if s.needs_model]
        if needing and nlp is None:
            raise ModelError(
                f"stage {needing[0]} needs a spaCy model; pass nlp=newsdossier.nlp.load_model()"
            )

    @property
    def names(self) -> list[str]:
        """The stage names, in order."""
        return [s.name for s in self.stages]

    def run(self, articles: Iterable[Article]) -> Iterator[Article]:
        """Every article through every stage; rejected articles come out with ``rejection`` set."""
        stream: Iterable[Article] = articles
        for spec in self.stages:
            stream = self._apply(spec, stream)
        return iter(stream)

    def _apply(self, spec: registry.StageSpec, stream: Iterable[Article]) -> Iterator[Article]:
        if spec.batch is not None:
            return self._apply_batch(spec, stream)
        return (self._apply_one(spec, article) for article in stream)

    def _apply_one(self, spec: registry.StageSpec, article: Article) -> Article:
        if article.rejection is not None or spec.func is None:
            return article
        if reason := skip_reason(spec, article.language):
            return dataclasses.replace(article, skipped=(*article.skipped, reason))
        began = time.perf_counter()
        try:
            result = spec.func(article)
        except Exception as exc:
            if self.on_error == "raise":
                raise
            return _reject(article, spec.name, exc, time.perf_counter() - began)
        if not isinstance(result, Article):
            raise TypeError(f"stage {spec.name} returned {type(result).__name__}, not an Article")
        run = StageRun(spec.name, time.perf_counter() - began)
        return dataclasses.replace(result, provenance=(*result.provenance, run))

    def _apply_batch(
        self, spec: registry.StageSpec, stream: Iterable[Article]
    ) -> Iterator[Article]:
        assert spec.batch is not None
        pending: list[Article] = []
        for article in stream:
            reason = skip_reason(spec, article.language)
            if article.rejection is not None or reason:
                yield from self._run_batch(spec, pending) if pending else ()
                pending = []
                yield (
                    dataclasses.replace(article, skipped=(*article.skipped, reason))
                    if reason and article.rejection is None
                    else article
                )
                continue
            pending.append(article)
            if len(pending) >= self.batch_size:
                yield from self._run_batch(spec, pending)
                pending = []
        if pending:
            yield from self._run_batch(spec, pending)

    def _run_batch(self, spec: registry.StageSpec, batch: list[Article]) -> Iterator[Article]:
        assert spec.batch is not None
        began = time.perf_counter()
        try:
            done = list(spec.batch(batch, self.nlp))
        except Exception:
            if self.on_error == "raise":
                raise
            yield from (self._one_by_one(spec, article) for article in batch)
            return
        share = (time.perf_counter() - began) / max(len(done), 1)
        for article in done:
            run = StageRun(spec.name, share)
            yield dataclasses.replace(article, provenance=(*article.provenance, run))

    def _one_by_one(self, spec: registry.StageSpec, article: Article) -> Article:
        """Retry a failed batch article by article so only the bad one is rejected."""
        assert spec.batch is not None
        began = time.perf_counter()
        try:
            (result,) = list(spec.batch([article], self.nlp))
        except Exception as exc:
            return _reject(article, spec.name, exc, time.perf_counter() - began)
        run = StageRun(spec.name, time.perf_counter() - began)
        return dataclasses.replace(result, provenance=(*result.provenance, run))


def _reject(article: Article, stage: str, exc: Exception, seconds: float) -> Article:
    code = getattr(exc, "code", type(exc).__name__)
    detail = str(getattr(exc, "message", exc)) or type(exc).__name__
    return dataclasses.replace(
        article,
        rejection=Rejection(stage, str(code), detail),
        provenance=(*article.provenance, StageRun(stage, seconds, "rejected")),
    )


def skip_reason(spec: registry.StageSpec, language: str | None) -> str | None:
    """Why ``spec`` does not run on an article in ``language``, or None when it runs: a
    language-bound stage needs the language's lexicon (unknown languages run as English)."""
    if not spec.language_bound or language is None or has_lexicon(language):
        return None
    return f"{spec.name}: no support for language {language!r}"


def check_order(
    stages: Sequence[registry.StageSpec], provided: frozenset[str] = READER_FIELDS
) -> None:
    """Raise `PipelineOrderError` if a stage needs a field nothing before it assigns."""
    available = set(provided)
    for spec in stages:
        missing = spec.requires - available
        if missing:
            raise PipelineOrderError(
                f"stage {spec.name} requires {', '.join(sorted(missing))}, "
                "which no earlier stage assigns; reorder the pipeline"
            )
        available |= spec.assigns
