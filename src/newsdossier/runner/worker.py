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
from newsdossier.nlp import default_model_name, load_model
from newsdossier.pipeline import Pipeline, check_order
from newsdossier.runner.config import RunConfig
from newsdossier.runner.shards import Chunk, Row, article_row, plan_chunks, run_key
from newsdossier.store import Store

#: An article on its way to a worker, with its place in the run: (file, record, article).
Item = tuple[int, int, Article]


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
