"""The pipeline: stage order checked before any article runs, the error policies, batches.

The articles are the bundled example texts read by the real reader; the stages under
test are the built-in ones plus small stages registered here for the duration of a test
(a stage that fails on one article, a batch stage that records its batch sizes).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdossier import registry
from newsdossier.article import Article, Rejection
from newsdossier.errors import ModelError
from newsdossier.ingest import read_paths
from newsdossier.pipeline import Pipeline, PipelineOrderError
from newsdossier.registry import StageSpec, UnknownStageError
from newsdossier.stages import DEFAULT_PIPELINE

#: A word only one of the example articles contains.
MARKER = "Manila"


class MarkedArticleError(ValueError):
    """What the failing test stages raise; carries a code like the library's errors."""

    code = "TEST-E001"


@pytest.fixture
def articles(examples_dir: Path) -> list[Article]:
    """The plain-text example articles, as the reader gives them (no stage run yet)."""
    found = [a for a in read_paths([str(examples_dir)]) if isinstance(a, Article)]
    texts = [a for a in found if a.source.endswith(".txt")]
    assert len(texts) >= 3
    assert sum(MARKER in a.raw_text for a in texts) == 1
    return texts


def _use(monkeypatch: pytest.MonkeyPatch, spec: StageSpec) -> str:
    monkeypatch.setitem(registry._REGISTRY, spec.name, spec)
    return spec.name


def _fail_on_marker(article: Article) -> Article:
    if MARKER in article.body:
        raise MarkedArticleError(f"the body mentions {MARKER}")
    return article


def _fail_batch_with_marker(batch: Iterable[Article], nlp: Any) -> Iterator[Article]:
    items = list(batch)
    if any(MARKER in a.body for a in items):
        raise MarkedArticleError(f"a body in the batch mentions {MARKER}")
    return iter(items)


def test_pipeline_default_order_is_valid(nlp: Any) -> None:
    assert Pipeline(DEFAULT_PIPELINE, nlp=nlp).names == list(DEFAULT_PIPELINE)


def test_pipeline_model_stage_without_a_model_is_refused() -> None:
    with pytest.raises(ModelError, match=r"nlp\.spacy\.v1 needs a spaCy model"):
        Pipeline(DEFAULT_PIPELINE)


def test_pipeline_order_error_names_stage_and_missing_fields() -> None:
    with pytest.raises(PipelineOrderError) as info:
        Pipeline(["clean.v1", "entities.v1", "nlp.spacy.v1"])
    message = str(info.value)
    assert "entities.v1" in message
    assert "mentions" in message
    assert "tokens" in message


def test_pipeline_unknown_stage_lists_the_registered_ones() -> None:
    with pytest.raises(UnknownStageError) as info:
        Pipeline(["clean.v1", "clean.v9"])
    assert "clean.v9" in str(info.value)
    assert all(name in str(info.value) for name in DEFAULT_PIPELINE)


def test_pipeline_skip_rejects_only_the_failing_article(
    monkeypatch: pytest.MonkeyPatch, articles: list[Article]
) -> None:
    name = _use(
        monkeypatch,
        StageSpec("test.fail_on_marker.v1", frozenset({"body"}), frozenset(), _fail_on_marker),
    )
    out = list(Pipeline(["clean.v1", name], on_error="skip").run(articles))
    assert [a.id for a in out] == [a.id for a in articles]
    rejected = [a for a in out if a.rejection is not None]
    assert len(rejected) == 1
    assert MARKER in rejected[0].body
    assert rejected[0].rejection == Rejection(name, "TEST-E001", f"the body mentions {MARKER}")
    assert [(r.stage, r.outcome) for r in rejected[0].provenance] == [
        ("clean.v1", "ok"),
        (name, "rejected"),
    ]
    for article in out:
        if article.rejection is None:
            assert [r.stage for r in article.provenance] == ["clean.v1", name]
            assert article.body


def test_pipeline_raise_policy_stops_the_run(
    monkeypatch: pytest.MonkeyPatch, articles: list[Article]
) -> None:
    name = _use(
        monkeypatch,
        StageSpec("test.fail_on_marker.v1", frozenset({"body"}), frozenset(), _fail_on_marker),
    )
    with pytest.raises(MarkedArticleError):
        list(Pipeline(["clean.v1", name], on_error="raise").run(articles))


def test_pipeline_rejected_article_skips_later_stages(
    monkeypatch: pytest.MonkeyPatch, articles: list[Article], nlp: Any
) -> None:
    name = _use(
        monkeypatch,
        StageSpec("test.fail_on_marker.v1", frozenset({"body"}), frozenset(), _fail_on_marker),
    )
    out = list(Pipeline(["clean.v1", name, "nlp.spacy.v1"], nlp=nlp, on_error="skip").run(articles))
    for article in out:
        if article.rejection is None:
            assert article.sentences
            assert article.tokens
        else:
            assert not article.tokens
            assert [r.stage for r in article.provenance] == ["clean.v1", name]


def test_pipeline_failed_batch_is_retried_one_article_at_a_time(
    monkeypatch: pytest.MonkeyPatch, articles: list[Article]
) -> None:
    name = _use(
        monkeypatch,
        StageSpec(
            "test.fail_batch.v1",
            frozenset({"body"}),
            frozenset(),
            batch=_fail_batch_with_marker,
        ),
    )
    out = list(Pipeline(["clean.v1", name], batch_size=len(articles)).run(articles))
    assert [a.id for a in out] == [a.id for a in articles]
    rejected = [a for a in out if a.rejection is not None]
    assert len(rejected) == 1
    assert MARKER in rejected[0].body
    assert rejected[0].rejection is not None
    assert rejected[0].rejection.stage == name
    assert all(a.provenance[-1].stage == name for a in out)


def test_pipeline_batch_stage_gets_batches_of_batch_size(
    monkeypatch: pytest.MonkeyPatch, articles: list[Article]
) -> None:
    sizes: list[int] = []

    def record_sizes(batch: Iterable[Article], nlp: Any) -> Iterator[Article]:
        items = list(batch)
        sizes.append(len(items))
        return iter(items)

    name = _use(
        monkeypatch, StageSpec("test.sizes.v1", frozenset(), frozenset(), batch=record_sizes)
    )
    many = [dataclasses.replace(a, id=f"{a.id}-{n}") for n in range(3) for a in articles]
    out = list(Pipeline([name], batch_size=2).run(many))
    assert len(out) == len(many)
    assert sizes == [2] * (len(many) // 2) + [1] * (len(many) % 2)
    with pytest.raises(ValueError, match="batch_size"):
        Pipeline([name], batch_size=0)


def test_pipeline_stage_must_return_an_article(
    monkeypatch: pytest.MonkeyPatch, articles: list[Article]
) -> None:
    def broken(article: Article) -> Article:
        return article.body  # type: ignore[return-value]

    name = _use(monkeypatch, StageSpec("test.broken.v1", frozenset(), frozenset(), broken))
    with pytest.raises(TypeError, match=r"test\.broken\.v1 returned str"):
        list(Pipeline([name]).run(articles))


def test_pipeline_language_bound_stage_skips_languages_without_a_lexicon(
    monkeypatch: pytest.MonkeyPatch, articles: list[Article]
) -> None:
    name = _use(
        monkeypatch,
        StageSpec("test.bound.v1", frozenset(), frozenset(), _fail_on_marker, language_bound=True),
    )
    japanese = dataclasses.replace(articles[0], body=MARKER, language="ja")
    english = dataclasses.replace(articles[1], body=MARKER, language="en")
    unknown = dataclasses.replace(articles[2], body="plain", language=None)
    out = list(Pipeline([name]).run([japanese, english, unknown]))
    assert out[0].rejection is None
    assert out[0].skipped == (f"{name}: no support for language 'ja'",)
    assert out[1].rejection is not None  # English has a lexicon: the stage ran
    assert out[2].skipped == ()
    assert [r.stage for r in out[2].provenance] == [name]
