"""The ``pool`` executor: stages 1-7 in a process pool, the store and stage 8 in this process.

Each worker process builds the pipeline from the `RunConfig` and loads the spaCy model
once, on its first batch (see `worker`). This process reads the inputs, sends workers
batches of ``config.batch_size`` articles, and stores the rows they send back in input
order, so the store is the same whatever the number of workers.
"""

from __future__ import annotations

import multiprocessing as mp
import os
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from multiprocessing.pool import AsyncResult
from typing import Any

from newsdossier.errors import InputError
from newsdossier.runner.config import RunConfig
from newsdossier.runner.executor import OnFile
from newsdossier.runner.shards import (
    Chunk,
    Row,
    error_row,
    load_rows,
    read_shard,
    shard_path,
    write_shard,
)
from newsdossier.runner.summary import IngestSummary
from newsdossier.runner.worker import ArticleWorker, Item, read_items, start_run, worker_count
from newsdossier.store import Store


class PoolExecutor:
    """Stages 1-7 in ``config.workers`` processes (default: one per core) on this machine.

    With ``config.shards``, each chunk's rows are also written there as Parquet, and a
    chunk whose shard exists is loaded from it instead of being processed again; without,
    articles already in the store are skipped before processing. Ignores ``address``."""

    name = "pool"
    description = "a process pool on this machine"

    def run(
        self,
        inputs: Sequence[str],
        store: Store,
        config: RunConfig,
        *,
        on_file: OnFile | None = None,
    ) -> IngestSummary:
        """Read, process (in worker processes) and store every article of ``inputs``."""
        setup = start_run(inputs, store, config)
        summary = IngestSummary()
        size = pool_size(setup.files, config.workers)
        ctx = mp.get_context("spawn")
        with ctx.Pool(size, initializer=_init_worker, initargs=(config,)) as pool:
            tasks = worker_tasks(setup.chunks(), store, config, summary, on_file)
            for chunk, rows in _chunk_results(pool, tasks, 2 * size):
                if rows is None:
                    assert config.shards is not None
                    rows = read_shard(shard_path(config.shards, chunk))
                elif config.shards is not None:
                    write_shard(config.shards, chunk, rows)
                load_rows(store, rows, summary, pipeline=setup.pipeline)
        return summary


def pool_size(files: Sequence[str], workers: int | None) -> int:
    """Processes worth starting on this machine: `worker_count` on its cores."""
    return worker_count(files, workers, cores=os.cpu_count() or 1)


@dataclass(slots=True)
class WorkerTask:
    """One batch for a worker: at most ``config.batch_size`` articles of one chunk, plus
    the rows of that chunk's unreadable inputs; ``last`` closes the chunk."""

    chunk: Chunk
    items: list[Item] = field(default_factory=list)
    rows: list[Row] = field(default_factory=list)
    last: bool = False
    resumed: bool = False


def worker_tasks(
    chunks: Sequence[Chunk],
    store: Store,
    config: RunConfig,
    summary: IngestSummary,
    on_file: OnFile | None = None,
) -> Iterator[WorkerTask]:
    """Stage 1 over ``chunks``, in order: the batches to send the workers.

    Each task holds at most ``config.batch_size`` articles. A chunk whose shard exists
    (under ``config.shards``) is one task marked ``resumed``, read from nothing; without
    shards, articles already in the store (or earlier in the run) are counted as present
    in ``summary`` and not sent."""
    seen: set[str] = set()
    shards = config.shards
    for chunk in chunks:
        if shards is not None and shard_path(shards, chunk).exists():
            for _, name in chunk.files:
                if on_file:
                    on_file(name)
            yield WorkerTask(chunk, last=True, resumed=True)
            continue
        task = WorkerTask(chunk)
        for file, name in chunk.files:
            for record, item in read_items(name, file, config):
                if isinstance(item, InputError):
                    task.rows.append(error_row(item, file, record))
                elif shards is None and (item.id in seen or store.has(item.id)):
                    summary.present += 1
                else:
                    seen.add(item.id)
                    task.items.append((file, record, item))
                    if len(task.items) >= config.batch_size:
                        yield task
                        task = WorkerTask(chunk)
            if on_file:
                on_file(name)
        task.last = True
        yield task


def _chunk_results(
    pool: Any, tasks: Iterator[WorkerTask], limit: int
) -> Iterator[tuple[Chunk, list[Row] | None]]:
    """Rows of each chunk, in chunk order; None for a chunk to be read from its shard."""
    pending: deque[tuple[WorkerTask, AsyncResult[list[Row]] | None]] = deque()
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


# In each worker process: the config it was started with, and its worker once built.

_CONFIG: RunConfig | None = None
_WORKER: ArticleWorker | None = None


def _init_worker(config: RunConfig) -> None:
    global _CONFIG
    _CONFIG = config


def _process(items: list[Item]) -> list[Row]:
    global _WORKER
    if _WORKER is None:  # built on the first batch: a run with nothing new loads no model
        assert _CONFIG is not None, "worker not initialised"
        _WORKER = ArticleWorker(_CONFIG)
    return _WORKER.process(items)
