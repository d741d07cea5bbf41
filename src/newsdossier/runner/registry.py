"""The executors by name: ``local`` (this process), ``pool`` (a process pool), ``ray``.

`get_executor` is how a caller (the CLI's ``ingest --engine``) picks one; an unknown name
is answered with the valid ones. The registry is a read-only mapping built here, once,
from the three executor modules: adding an executor means adding it to `EXECUTORS`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import MappingProxyType
from typing import Any

from newsdossier.errors import NewsdossierError
from newsdossier.runner.executor import Executor
from newsdossier.runner.local import LocalExecutor
from newsdossier.runner.pool import PoolExecutor
from newsdossier.runner.ray import RayExecutor

#: Every executor, by the name it is chosen with.
EXECUTORS: Mapping[str, Executor] = MappingProxyType(
    {e.name: e for e in (LocalExecutor(), PoolExecutor(), RayExecutor())}
)

#: What ``ingest`` runs on unless told otherwise: every core of this machine.
DEFAULT_EXECUTOR = "pool"


class UnknownExecutorError(NewsdossierError):
    """An executor name that is not registered; ``known`` lists the valid ones."""

    code = "NI-E061"

    def __init__(self, name: str, known: Sequence[str]) -> None:
        super().__init__(
            f"unknown executor {name!r}; choose one of {', '.join(known)}",
            name=name,
            known=list(known),
        )
        self.name = name
        self.known = list(known)

    def __reduce__(self) -> tuple[Any, ...]:
        return (UnknownExecutorError, (self.name, self.known))


def get_executor(name: str) -> Executor:
    """The executor registered under ``name``; the error lists the valid names."""
    try:
        return EXECUTORS[name]
    except KeyError:
        raise UnknownExecutorError(name, list(EXECUTORS)) from None
