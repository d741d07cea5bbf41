"""The local engine: stages 1-7 in a process pool, the store and stage 8 in this process.

Each worker builds the pipeline from its stage names and loads the spaCy model once.
Workers send back plain rows (the `Article` as JSON, without tokens; see `shards`);
this process stores them in input order, so the store is the same whatever the
number of workers. The Ray engine (`newsdossier.runner.ray`) uses the same worker
and rows, so the two engines give the same store.
"""

from __future__ import annotations

import json
import multiprocessing as mp
import os
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult
from pathlib import Path
from typing import Any

from newsdossier.article import Article
from newsdossier.errors import InputError
from newsdossier.ingest import read_paths
from newsdossier.runner.local import IngestSummary, expand_inputs
from newsdossier.runner.shards import (
    CHUNK_FILES,
    Chunk,
    Row,
    article_row,
    error_row,
    load_rows,
    plan_chunks,
    read_shard,
    run_key,
    shard_path,
    write_shard,
)
from newsdossier.stages import DEFAULT_PIPELINE
from newsdossier.store import Store

#: Articles sent to a worker at once (the spaCy stage batches them).
BATCH_ARTICLES = 16

Item = tuple[int, int, Article]


@dataclass(frozen=True, slots=True)
class RunConfig:
    """What decides the output of stages 1-7: stage names, model, default publication date."""

    stages: tuple[str, ...] = DEFAULT_PIPELINE
    model: str | None = None
    published: str | None = None


class ArticleWorker:
    """Stages 1-7 for one worker: the pipeline is built (and the model loaded) once."""

    def __init__(self, stages: Sequence[str], model: str | None) -> None:
        from newsdossier.nlp import load_model
        from newsdossier.pipeline import Pipeline

        self.pipeline = Pipeline(stages, nlp=load_model(model))

    def process(self, items: Sequence[Item]) -> list[Row]:
        """Run the pipeline over ``(file, record, article)`` items; rows in the same order."""
        done: dict[str, deque[Article]] = {}
        for article in self.pipeline.run(article for _, _, article in items):
            done.setdefault(article.id, deque()).append(article)
        return [article_row(done[a.id].popleft(), f, r) for f, r, a in items]


def read_items(name: str, file: int, published: str | None) -> Iterator[tuple[int, Any]]:
    """Stage 1 for one input file: ``(record, Article | InputError)``, at least one."""
    count = 0
    for record, item in enumerate(read_paths([name], published=published)):
        count += 1
        yield record, item
    if count == 0:
        yield 0, InputError(name, "no articles found in file")


def model_label_of(model: str | None) -> str:
    """The label of a model as the store records it, read from its meta without loading it."""
    import spacy.util

    from newsdossier.nlp import default_model_name

    name = model or default_model_name()
    path = spacy.util.get_package_path(name) if spacy.util.is_package(name) else Path(name)
    meta = spacy.util.get_model_meta(path)
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"


_CONFIG: tuple[Sequence[str], str | None] | None = None
_WORKER: ArticleWorker | None = None


def _init_worker(stages: Sequence[str], model: str | None) -> None:
    global _CONFIG
    _CONFIG = (stages, model)


def _process(items: list[Item]) -> list[Row]:
    global _WORKER
    if _WORKER is None:  # built on the first batch: a run with nothing new loads no model
        assert _CONFIG is not None, "worker not initialised"
        _WORKER = ArticleWorker(*_CONFIG)
    return _WORKER.process(items)


#: Inputs that usually hold many articles each.
_MANY_ARTICLE_SUFFIXES = (".jsonl", ".warc", ".warc.gz", ".jsonl.gz", ".ndjson")


def pool_size(files: Sequence[str], workers: int | None) -> int:
    """Workers worth starting: as asked (default: cores), but no more than single-article files."""
    size = max(1, workers or os.cpu_count() or 1)
    if any(name == "-" or name.lower().endswith(_MANY_ARTICLE_SUFFIXES) for name in files):
        return size
    return max(1, min(size, len(files)))


@dataclass(slots=True)
class _Task:
    chunk: Chunk
    items: list[Item] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    last: bool = False
    resumed: bool = False


def ingest_pool(
    paths: Sequence[str],
    store: Store,
    *,
    published: str | None = None,
    model: str | None = None,
    workers: int | None = None,
    shards: Path | None = None,
    on_file: Callable[[str], None] | None = None,
    chunk_files: int = CHUNK_FILES,
) -> IngestSummary:
    """Read, process (in ``workers`` processes) and store every article under ``paths``.

    With ``shards``, each input chunk's rows are also written there as Parquet, and
    chunks whose shard exists are loaded from it instead of being processed again.
    Without, articles already in the store are skipped before processing."""
    config = RunConfig(model=model, published=published)
    label = model_label_of(model)
    pipeline = json.dumps(list(config.stages))
    store.set_meta("model", label)
    store.set_meta("pipeline", pipeline)
    files = expand_inputs(paths)
    chunks = plan_chunks(
        files,
        run_key(config.stages, label, published),
        max_files=chunk_files,
    )
    summary = IngestSummary()
    ctx = mp.get_context("spawn")
    size = pool_size(files, workers)
    with ctx.Pool(size, initializer=_init_worker, initargs=(config.stages, model)) as pool:
        tasks = _tasks(chunks, store, config, shards, summary, on_file)
        for chunk, rows in _chunk_results(pool, tasks, 2 * size):
            if rows is None:
                assert shards is not None
                rows = read_shard(shard_path(shards, chunk))
            elif shards is not None:
                write_shard(shards, chunk, rows)
            load_rows(store, rows, summary, pipeline=pipeline)
    return summary


def _tasks(
    chunks: Sequence[Chunk],
    store: Store,
    config: RunConfig,
    shards: Path | None,
    summary: IngestSummary,
    on_file: Callable[[str], None] | None,
) -> Iterator[_Task]:
    seen: set[str] = set()
    for chunk in chunks:
        if shards is not None and shard_path(shards, chunk).exists():
            for _, name in chunk.files:
                if on_file:
                    on_file(name)
            yield _Task(chunk, last=True, resumed=True)
            continue
        task = _Task(chunk)
        for file, name in chunk.files:
            for record, item in read_items(name, file, config.published):
                if isinstance(item, InputError):
                    task.rows.append(error_row(item, file, record))
                elif shards is None and (item.id in seen or store.has(item.id)):
                    summary.present += 1
                else:
                    seen.add(item.id)
                    task.items.append((file, record, item))
                    if len(task.items) >= BATCH_ARTICLES:
                        yield task
                        task = _Task(chunk)
            if on_file:
                on_file(name)
        task.last = True
        yield task


def _chunk_results(
    pool: Any, tasks: Iterator[_Task], limit: int
) -> Iterator[tuple[Chunk, list[Row] | None]]:
    """Rows of each chunk, in chunk order; None for a chunk to be read from its shard."""
    pending: deque[tuple[_Task, AsyncResult[list[Row]] | None]] = deque()
    rows: list[Row] = []

    def drain() -> Iterator[tuple[Chunk, list[Row] | None]]:
        nonlocal rows
        task, result = pending.popleft()
        rows.extend(task.rows)
        if result is not None:
            rows.extend(result.get())
        if task.last:
            yield task.chunk, None if task.resumed else rows
            rows = []

    for task in tasks:
        result = pool.apply_async(_process, (task.items,)) if task.items else None
        pending.append((task, result))
        while len(pending) > limit:
            yield from drain()
    while pending:
        yield from drain()
