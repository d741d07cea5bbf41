"""The ``local`` executor: stages 1-7 in this process, each article stored as it comes out."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from newsdossier.article import Article
from newsdossier.errors import InputError
from newsdossier.runner.config import RunConfig
from newsdossier.runner.executor import OnFile
from newsdossier.runner.summary import IngestSummary, store_results
from newsdossier.runner.worker import build_pipeline, read_items, start_run
from newsdossier.store import Store


class LocalExecutor:
    """Stages 1-7 in this process, one batch after another: no workers to start (``extract``).

    Ignores ``workers``, ``shards`` and ``address``: nothing is spread, nothing resumed."""

    name = "local"
    description = "this process, one batch at a time"

    def run(
        self,
        inputs: Sequence[str],
        store: Store,
        config: RunConfig,
        *,
        on_file: OnFile | None = None,
    ) -> IngestSummary:
        """Read, process and store every article of ``inputs`` (a commit per group of articles).

        Articles already in the store are skipped before any processing. ``on_file`` is
        called with each input file name once it has been read (for progress bars)."""
        setup = start_run(inputs, store, config)
        pipeline = build_pipeline(config)
        summary = IngestSummary()
        fresh = _fresh_articles(setup.files, store, summary, config, on_file)
        store_results(store, pipeline.run(fresh), summary, pipeline=setup.pipeline)
        return summary


def ingest(
    inputs: Sequence[str],
    store: Store,
    config: RunConfig | None = None,
    *,
    on_file: OnFile | None = None,
) -> IngestSummary:
    """Run ``inputs`` through the `LocalExecutor` (default config: the default pipeline)."""
    return LocalExecutor().run(inputs, store, config or RunConfig(), on_file=on_file)


def _fresh_articles(
    files: Sequence[str],
    store: Store,
    summary: IngestSummary,
    config: RunConfig,
    on_file: OnFile | None,
) -> Iterator[Article]:
    seen: set[str] = set()
    for file, name in enumerate(files):
        for _, item in read_items(name, file, config):
            if isinstance(item, InputError):
                summary.rejected.append((item.path, item.problem))
                store.reject(item.path, stage="ingest", code=item.code, detail=item.problem)
            elif item.id in seen or store.has(item.id):
                summary.present += 1
            else:
                seen.add(item.id)
                yield item
        if on_file:
            on_file(name)
