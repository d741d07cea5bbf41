"""The ``ray`` executor: the same stages 1-7 on Ray Data, Parquet shards, then the store.

Input files are read as a Ray Dataset (``read_binary_files``); each file becomes its
articles (plain text, HTML, JSON Lines, WARC including CC-NEWS) in a ``flat_map``;
``map_batches`` runs stages 1-7, in batches of ``config.batch_size``, over an actor pool
whose actors build the pipeline from the `RunConfig` and load the spaCy model once (no
live model is ever shipped). Rows come back to the driver, which writes one Parquet
shard per input chunk as soon as the chunk is complete; then every shard is loaded into
the store in input order, where stage 8 (cross-article resolution, duplicates) runs.
Chunks whose shard already exists are not recomputed, so an interrupted run resumes
where it stopped.

Without an address a local Ray is started on this machine's cores, without dashboard
and with a small object store; with one (``ray://host:10001`` or ``host:6379``) the
existing cluster runs the work. Ray is an optional extra: ``pip install newsdossier[ray]``.
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa

from newsdossier.article import Article
from newsdossier.errors import InputError, NewsdossierError
from newsdossier.ingest import read_bytes
from newsdossier.ingest.manifest import Entry, load_manifest, with_metadata
from newsdossier.runner.config import RunConfig
from newsdossier.runner.executor import OnFile
from newsdossier.runner.shards import (
    Chunk,
    Row,
    article_row,
    error_row,
    load_rows,
    read_shard,
    shard_path,
    write_shard,
)
from newsdossier.runner.summary import IngestSummary
from newsdossier.runner.worker import (
    ArticleWorker,
    Item,
    RunSetup,
    read_items,
    start_run,
    worker_count,
)
from newsdossier.store import Store

#: Object store of a local Ray started by us: small, the rows are small.
LOCAL_OBJECT_STORE_BYTES = 256 * 1024 * 1024
#: CPU reserved by each read task, so reading fits beside actors holding whole cores.
READ_CPUS = 0.25


class RayUnavailableError(NewsdossierError):
    """The ray executor was asked for but Ray Data is not installed."""

    code = "NI-E060"


def import_ray() -> Any:
    """The ``ray`` module with Ray Data, or an error saying what to install."""
    # Lazy: Ray is an optional extra (``newsdossier[ray]``) and a heavy import; the registry
    # lists this executor without it, and only a run on Ray needs it.
    try:
        import ray
        import ray.data
    except ImportError:
        raise RayUnavailableError(
            "the ray executor (--engine ray) needs Ray Data: "
            "pip install 'newsdossier[ray]' (or 'ray[data]')"
        ) from None
    return ray


class RayExecutor:
    """Stages 1-7 on Ray Data: a private local Ray, or the cluster at ``config.address``.

    Every chunk's rows are written as a Parquet shard under ``config.shards`` (default:
    ``DB.shards`` beside the store; a temporary folder for an in-memory store), then the
    shards are loaded into the store in input order. Shards written by an earlier run
    with the same inputs, stages and model are reused, not recomputed."""

    name = "ray"
    description = "Ray Data on a local Ray or a cluster; needs pip install 'newsdossier[ray]'"

    def run(
        self,
        inputs: Sequence[str],
        store: Store,
        config: RunConfig,
        *,
        on_file: OnFile | None = None,
    ) -> IngestSummary:
        """Process every article of ``inputs`` on Ray into shards, then store them."""
        if "-" in inputs:
            raise InputError(
                "-", "the ray executor reads files, not stdin; use --engine pool or local"
            )
        ray = import_ray()
        setup = start_run(inputs, store, config)
        shards = config.shards or default_shards(store)
        if shards is not None:
            return _run_on_ray(ray, setup, store, shards, on_file)
        with tempfile.TemporaryDirectory(prefix="newsdossier-shards-") as tmp:
            return _run_on_ray(ray, setup, store, Path(tmp), on_file)


def default_shards(store: Store) -> Path | None:
    """Where Ray shards go unless given: beside the store file (``news.db.shards``); None for
    an in-memory store."""
    if str(store.path) == ":memory:":
        return None
    return store.path.with_name(store.path.name + ".shards")


def _run_on_ray(
    ray: Any, setup: RunSetup, store: Store, shards: Path, on_file: OnFile | None
) -> IngestSummary:
    chunks = setup.chunks()
    todo = [c for c in chunks if not shard_path(shards, c).exists()]
    for chunk in chunks:
        if chunk not in todo and on_file:
            for _, name in chunk.files:
                on_file(name)
    if todo:
        config = setup.config
        files = [name for chunk in todo for _, name in chunk.files]
        with ray_session(ray, address=config.address, workers=config.workers, files=files) as size:
            for chunk, rows in _process_chunks(ray, todo, config, size):
                write_shard(shards, chunk, rows)
                for _, name in chunk.files:
                    if on_file:
                        on_file(name)
    summary = IngestSummary()
    for chunk in chunks:
        rows = read_shard(shard_path(shards, chunk))
        load_rows(store, rows, summary, pipeline=setup.pipeline)
    return summary


class RayArticleWorker:
    """The callable class Ray Data turns into actors: one pipeline and model per actor."""

    def __init__(self, config: RunConfig) -> None:
        self.worker = ArticleWorker(config)

    def __call__(self, batch: Any) -> Any:
        """Stages 1-7 over the raw articles of a batch; other rows pass through."""
        rows: list[Row] = batch.to_pylist()
        items: list[Item] = [
            (r["file"], r["record"], Article.from_dict(json.loads(r["article"])))
            for r in rows
            if r["kind"] == "raw"
        ]
        done = iter(self.worker.process(items))
        out = [{**next(done), "last": r["last"]} if r["kind"] == "raw" else r for r in rows]
        return _arrow(out)


def _arrow(rows: list[Row]) -> Any:
    return pa.Table.from_pylist(rows, schema=_row_schema())


def _row_schema() -> Any:
    s, i = pa.string(), pa.int64()
    return pa.schema(
        [
            ("file", i),
            ("record", i),
            ("kind", s),
            ("id", s),
            ("source", s),
            ("code", s),
            ("problem", s),
            ("article", s),
            ("last", pa.bool_()),
        ]
    )


def read_file_rows(
    row: dict[str, Any],
    *,
    files: dict[str, list[tuple[int, str]]],
    config: RunConfig,
    entries: dict[Path, Entry],
) -> list[Row]:
    """Stage 1 for one file of the Dataset: its articles as raw rows, each file's last flagged.

    A file given twice (or under two names) is read once and yields rows for each. Reader
    metadata comes from the file's manifest entry (``entries``), then the run's defaults."""
    out: list[Row] = []
    defaults = Entry(url=config.url, outlet=config.outlet)
    for file, name in files[os.path.realpath(row["path"])]:
        entry = entries.get(Path(name).resolve(), Entry())
        items = [
            item if isinstance(item, InputError) else with_metadata(item, entry, defaults)
            for item in read_bytes(
                row["bytes"], name, published=entry.published or config.published
            )
        ]
        if not items:
            items = [InputError(name, "no articles found in file")]
        for record, item in enumerate(items):
            if isinstance(item, InputError):
                out.append(error_row(item, file, record))
            else:
                out.append({**article_row(item, file, record), "kind": "raw"})
            out[-1]["last"] = record == len(items) - 1
    return out


@dataclass(slots=True)
class _Tracker:
    """Collects rows until every file of a chunk has all its records."""

    chunks: dict[int, Chunk]
    chunk_of: dict[int, int]
    rows: dict[int, list[Row]] = field(default_factory=dict)
    expected: dict[int, int] = field(default_factory=dict)
    seen: dict[int, int] = field(default_factory=dict)

    def add(self, row: Row) -> tuple[Chunk, list[Row]] | None:
        """Take one row; the chunk and its rows once the chunk is complete."""
        file = int(row["file"])
        chunk = self.chunk_of[file]
        if row.pop("last"):
            self.expected[file] = int(row["record"]) + 1
        self.rows.setdefault(chunk, []).append(row)
        self.seen[file] = self.seen.get(file, 0) + 1
        if self._file_done(file) and all(self._file_done(f) for f, _ in self.chunks[chunk].files):
            return self.chunks[chunk], self.rows.pop(chunk)
        return None

    def _file_done(self, file: int) -> bool:
        return file in self.expected and self.seen.get(file, 0) == self.expected[file]


def actor_count(files: Sequence[str], workers: int | None, *, cpus: int) -> int:
    """Actors worth starting for ``files`` on a Ray of ``cpus`` CPUs: the pool's cap
    (`worker_count`) on all CPUs but one, which is left to the read tasks."""
    return worker_count(files, workers, cores=cpus - 1)


@contextmanager
def ray_session(
    ray: Any, *, address: str | None, workers: int | None, files: Sequence[str]
) -> Iterator[int]:
    """A connected Ray (an existing cluster, or a small local one); yields the actor count,
    capped as the pool's processes are (`actor_count`)."""
    started = False
    if not ray.is_initialized():
        if address:
            ray.init(address=address, logging_level="warning", log_to_driver=False)
        else:
            cores = worker_count(files, workers, cores=os.cpu_count() or 1)
            ray.init(
                num_cpus=cores + 1,
                object_store_memory=LOCAL_OBJECT_STORE_BYTES,
                include_dashboard=False,
                logging_level="warning",
                log_to_driver=False,
                configure_logging=False,
            )
        started = True
    ray.data.DataContext.get_current().enable_progress_bars = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    cpus = int(ray.cluster_resources().get("CPU", 1))
    try:
        yield actor_count(files, workers, cpus=cpus)
    finally:
        if started:
            ray.shutdown()


def _process_chunks(
    ray: Any, todo: list[Chunk], config: RunConfig, size: int
) -> Iterator[tuple[Chunk, list[Row]]]:
    chunk_of = {file: c.index for c in todo for file, _ in c.files}
    tracker = _Tracker({c.index: c for c in todo}, chunk_of)
    readable: dict[str, list[tuple[int, str]]] = {}
    for chunk in todo:
        for file, name in chunk.files:
            if os.path.isfile(name):
                readable.setdefault(os.path.realpath(name), []).append((file, str(Path(name))))
                continue
            for record, item in read_items(name, file, config):
                assert isinstance(item, InputError)
                done = tracker.add({**error_row(item, file, record), "last": True})
                if done:
                    yield done
    if not readable:
        return
    ds = ray.data.read_binary_files(sorted(readable), include_paths=True, num_cpus=READ_CPUS)
    ds = ds.flat_map(
        read_file_rows,
        fn_kwargs={
            "files": readable,
            "config": config,
            "entries": load_manifest(config.manifest) if config.manifest else {},
        },
        num_cpus=READ_CPUS,
    )
    ds = ds.map_batches(
        RayArticleWorker,
        fn_constructor_kwargs={"config": config},
        batch_size=config.batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=size),
        num_cpus=1,
    )
    for row in ds.iter_rows():
        done = tracker.add(dict(row))
        if done:
            yield done
