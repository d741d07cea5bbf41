"""One `RunConfig` for every executor: its stages and its batch size are what runs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdossier.article import Article
from newsdossier.ingest import read_paths
from newsdossier.pipeline import DEFAULT_BATCH_SIZE
from newsdossier.registry import UnknownStageError
from newsdossier.runner import IngestSummary, LocalExecutor, PoolExecutor, RunConfig
from newsdossier.runner.pool import worker_tasks
from newsdossier.runner.worker import ArticleWorker, build_pipeline, start_run
from newsdossier.stages import DEFAULT_PIPELINE
from newsdossier.store import Store
from tests.helpers.paths import PROJECT

EXAMPLES = PROJECT / "examples"

#: A shorter pipeline that still works: clean text, then spaCy (no entities, no statements).
SHORT = ("clean.v1", "nlp.spacy.v1")

_QUERIES = {
    "documents": "SELECT id, source, published, title, body, pipeline FROM documents ORDER BY id",
    "mentions": "SELECT count(*) FROM mentions",
    "entities": "SELECT count(*) FROM doc_entities",
    "statements": "SELECT count(*) FROM statements",
    "timexes": "SELECT count(*) FROM timexes",
}


def _snapshot(db: Path) -> dict[str, list[tuple[object, ...]]]:
    with Store(db, readonly=True) as store:
        return {k: [tuple(r) for r in store.conn.execute(q)] for k, q in _QUERIES.items()}


def _example_articles() -> int:
    return sum(isinstance(item, Article) for item in read_paths([str(EXAMPLES)]))


def test_runner_config_defaults_are_the_pipelines() -> None:
    config = RunConfig()
    assert config.stages == DEFAULT_PIPELINE
    assert config.batch_size == DEFAULT_BATCH_SIZE
    assert RunConfig(stages=list(SHORT)).stages == SHORT  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="batch_size"):
        RunConfig(batch_size=0)


def test_runner_unknown_stage_fails_before_any_work(tmp_path: Path) -> None:
    config = RunConfig(stages=("clean.v1", "quotes.v9"))
    with Store(tmp_path / "s.db") as store:
        with pytest.raises(UnknownStageError, match=r"quotes\.v9"):
            PoolExecutor().run([str(EXAMPLES)], store, config)
        assert "pipeline" not in store.info()


def test_runner_custom_stages_honoured_by_local_and_pool(tmp_path: Path) -> None:
    stores = {}
    for executor, config in [
        (LocalExecutor(), RunConfig(stages=SHORT, batch_size=3)),
        (PoolExecutor(), RunConfig(stages=SHORT, batch_size=2, workers=2)),
    ]:
        stores[executor.name] = db = tmp_path / f"{executor.name}.db"
        with Store(db) as store:
            summary = executor.run([str(EXAMPLES)], store, config)
            assert store.info()["pipeline"] == json.dumps(list(SHORT))
        assert summary.new == _example_articles(), summary.rejected
    local, pool = (_snapshot(stores[name]) for name in ("local", "pool"))
    assert local == pool
    assert {row[-1] for row in local["documents"]} == {json.dumps(list(SHORT))}
    assert all(row[4] for row in local["documents"])  # clean ran: every body is there
    assert local["mentions"][0][0] > 0  # spaCy ran
    assert local["entities"] == local["statements"] == local["timexes"] == [(0,)]


def test_runner_workers_build_the_configs_pipeline() -> None:
    config = RunConfig(stages=SHORT, batch_size=5)
    for pipeline in (build_pipeline(config), ArticleWorker(config).pipeline):
        assert pipeline.names == list(SHORT)
        assert pipeline.batch_size == 5


@pytest.mark.parametrize("batch_size", [1, 2, DEFAULT_BATCH_SIZE])
def test_runner_pool_sends_batches_of_batch_size(batch_size: int, tmp_path: Path) -> None:
    config = RunConfig(batch_size=batch_size)
    summary = IngestSummary()
    with Store(tmp_path / "s.db") as store:
        setup = start_run([str(EXAMPLES)], store, config)
        sizes = [len(t.items) for t in worker_tasks(setup.chunks(), store, config, summary)]
    total = _example_articles()
    assert sum(sizes) == total
    assert max(sizes) == min(batch_size, total)
