"""Executors: run stages 1-7 over inputs and put the results in a store, in input order.

Every executor implements `Executor.run(inputs, store, config, on_file=None)` and is
chosen by name from the registry (`get_executor`): ``local`` runs in this process (what
``extract`` uses), ``pool`` in a process pool (the default of ``ingest``), ``ray`` on Ray
Data (an optional extra, imported only when it runs). One `RunConfig` holds everything
that decides a run; the same inputs and config give the same store with every executor.
"""

from newsdossier.runner.config import RunConfig
from newsdossier.runner.executor import Executor, OnFile
from newsdossier.runner.local import LocalExecutor, ingest
from newsdossier.runner.pool import PoolExecutor
from newsdossier.runner.ray import RayExecutor, RayUnavailableError
from newsdossier.runner.registry import (
    DEFAULT_EXECUTOR,
    EXECUTORS,
    UnknownExecutorError,
    get_executor,
)
from newsdossier.runner.shards import load_shards
from newsdossier.runner.summary import IngestSummary
from newsdossier.runner.worker import build_pipeline

__all__ = [
    "DEFAULT_EXECUTOR",
    "EXECUTORS",
    "Executor",
    "IngestSummary",
    "LocalExecutor",
    "OnFile",
    "PoolExecutor",
    "RayExecutor",
    "RayUnavailableError",
    "RunConfig",
    "UnknownExecutorError",
    "build_pipeline",
    "get_executor",
    "ingest",
    "load_shards",
]
