"""What the executors share: the pipeline of a config, stage 1 for one input file, the worker
that runs stages 1-7 over a batch, and the setup every run starts with.

A worker (a pool process, a Ray actor, or this process for ``local``) builds its pipeline
from the `RunConfig` once and loads the spaCy model once; no live model is ever shipped.
It sends back plain rows (the `Article` as JSON without tokens, see `shards`), in the
order it was given the articles.
"""

from __future__ import annotations

import importlib.util
import json
from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from newsdossier import registry
from newsdossier.article import Article
from newsdossier.errors import InputError, ModelError
from newsdossier.ingest import ReadItem, article_files, read_paths
from newsdossier.limits import MAX_WORKERS_PER_CORE
from newsdossier.nlp import default_model_name, load_model
from newsdossier.pipeline import Pipeline, check_order
from newsdossier.runner.config import RunConfig
from newsdossier.runner.shards import Chunk, Row, article_row, plan_chunks, run_key
from newsdossier.store import Store

#: An article on its way to a worker, with its place in the run: (file, record, article).
Item = tuple[int, int, Article]

#: Inputs that usually hold many articles each.
_MANY_ARTICLE_SUFFIXES = (".jsonl", ".warc", ".warc.gz", ".jsonl.gz", ".ndjson")
#: Bytes read at a time when counting the records of an input.
_COUNT_BLOCK_BYTES = 1 << 20
#: What an input of unknown size (stdin, a compressed file) may hold: no cap from it.
_UNKNOWN_ARTICLES = 1 << 30


def worker_count(files: Sequence[str], workers: int | None, *, cores: int) -> int:
    """Workers (pool processes or Ray actors) worth starting for ``files`` on ``cores`` CPUs.

    As asked (default: one per core), but never more than the cores allow
    (`MAX_WORKERS_PER_CORE` each) nor than the articles the inputs can hold: issue 13's
    ``--workers 100`` on a four-record file started 101 processes. At least one."""
    cores = max(1, cores)
    size = max(1, min(workers or cores, cores * MAX_WORKERS_PER_CORE))
    articles = 0
    for name in files:
        articles += articles_in(name, most=size - articles)
        if articles >= size:
            return size
    return max(1, articles)


def articles_in(name: str, *, most: int = _UNKNOWN_ARTICLES) -> int:
    """At most how many articles the input ``name`` holds, counted up to ``most``: one for a
    single-article file, its lines for JSON Lines, its response records for an uncompressed
    WARC; stdin and compressed files could hold any number. Read in blocks and only until
    ``most`` is reached, so a large input costs neither memory nor a full read."""
    lower = name.lower()
    if name == "-" or lower.endswith(".gz"):
        return _UNKNOWN_ARTICLES
    if not lower.endswith(_MANY_ARTICLE_SUFFIXES):
        return 1
    marker = b"WARC-Type: response" if lower.endswith(".warc") else b"\n"
    carry = len(marker) - 1  # bytes of a marker that may straddle two blocks
    count, tail, last = 0, b"", b"\n"
    try:
        with open(name, "rb") as f:
            while count < most and (block := f.read(_COUNT_BLOCK_BYTES)):
                count += (tail + block).count(marker)
                tail = (tail + block)[-carry:] if carry else b""
                last = block[-1:]
    except OSError:
        return 1
    if marker == b"\n" and last != b"\n":
        count += 1  # a last line without its newline
    return max(1, count)


def build_pipeline(config: RunConfig) -> Pipeline:
    """The pipeline of ``config``: its stages and batch size, with its spaCy model loaded."""
    return Pipeline(config.stages, nlp=load_model(config.model), batch_size=config.batch_size)


class ArticleWorker:
    """Stages 1-7 for one worker: the pipeline is built (and the model loaded) once."""

    def __init__(self, config: RunConfig) -> None:
        self.pipeline = build_pipeline(config)

    def process(self, items: Sequence[Item]) -> list[Row]:
        """Run the pipeline over ``(file, record, article)`` items; rows in the same order."""
        done: dict[str, deque[Article]] = {}
        for article in self.pipeline.run(article for _, _, article in items):
            done.setdefault(article.id, deque()).append(article)
        return [article_row(done[a.id].popleft(), f, r) for f, r, a in items]


def read_items(name: str, file: int, run: RunConfig | str | None) -> Iterator[tuple[int, ReadItem]]:
    """Stage 1 for one input file: ``(record, Article | InputError)``, at least one.

    ``run`` gives the run-level reader metadata (``published``, ``outlet``, ``url``,
    ``manifest``); a bare date string or None sets ``published`` alone."""
    config = run if isinstance(run, RunConfig) else RunConfig(published=run)
    count = 0
    items = read_paths(
        [name],
        published=config.published,
        outlet=config.outlet,
        url=config.url,
        manifest=config.manifest,
    )
    for record, item in enumerate(items):
        count += 1
        yield record, item
    if count == 0:
        yield 0, InputError(name, "no articles found in file")


def model_label_of(model: str | None) -> str:
    """The label of a model as the store records it (``en_core_web_sm-3.8.0``), read from its
    ``meta.json`` without loading the model or spaCy."""
    name = model or default_model_name()
    spec = importlib.util.find_spec(name) if name.isidentifier() else None
    folder = Path(name)
    if spec is not None and spec.submodule_search_locations:
        folder = Path(next(iter(spec.submodule_search_locations)))  # an installed package
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ModelError(
            f"cannot read the meta.json of spaCy model {name!r} ({exc}); "
            "pass --model with an installed model name or a model folder"
        ) from exc
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}-{meta.get('version', '?')}"


@dataclass(frozen=True, slots=True)
class RunSetup:
    """A run once started: its input files, the pipeline as stored, and what names its shards."""

    config: RunConfig
    files: tuple[str, ...]
    pipeline: str
    """The stage names as JSON, as the store keeps them with every article."""
    key: str
    """Digest of everything besides the inputs that decides a shard (see `run_key`)."""

    def chunks(self) -> list[Chunk]:
        """The input files in chunks (one shard each), in input order."""
        return plan_chunks(self.files, self.key, max_files=self.config.chunk_files)


def start_run(inputs: Sequence[str], store: Store, config: RunConfig) -> RunSetup:
    """Check the stages, record the model and pipeline in the store, and list the input files.

    An unknown stage or a stage order that cannot work fails here, before any article is
    read or any worker started."""
    check_order([registry.get(name) for name in config.stages])
    label = model_label_of(config.model)
    pipeline = json.dumps(list(config.stages))
    store.set_meta("model", label)
    store.set_meta("pipeline", pipeline)
    return RunSetup(
        config,
        tuple(article_files(inputs)),
        pipeline,
        run_key(config.stages, label, config.published),
    )
