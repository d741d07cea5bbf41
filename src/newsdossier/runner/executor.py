"""The interface every executor implements: inputs and a `RunConfig` in, a filled store out."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from newsdossier.runner.config import RunConfig
from newsdossier.runner.summary import IngestSummary
from newsdossier.store import Store

#: Called with each input file's name once it has been read (for progress bars).
OnFile = Callable[[str], None]


class Executor(Protocol):
    """Runs stages 1-7 over inputs and stores the results, in input order.

    Whatever the executor and its number of workers, the same inputs and config give
    the same store: stages 1-7 are a function of one article, and stage 8 (resolution
    across articles) runs in the calling process as each article is stored.
    """

    @property
    def name(self) -> str:
        """The name the registry (and ``ingest --engine``) knows the executor by."""
        ...

    @property
    def description(self) -> str:
        """Where the work runs, in a few words (for ``--help``)."""
        ...

    def run(
        self,
        inputs: Sequence[str],
        store: Store,
        config: RunConfig,
        *,
        on_file: OnFile | None = None,
    ) -> IngestSummary:
        """Read, process and store every article of ``inputs`` (files, folders, ``-``).

        Articles already in the store are counted as present, not processed again.
        ``on_file`` is called with each input file's name once it has been read."""
        ...
