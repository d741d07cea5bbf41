"""The executor registry: local, pool and ray by name; an unknown name answered with them."""

from __future__ import annotations

import pickle
import subprocess
import sys

import pytest

from newsdossier.errors import NewsdossierError
from newsdossier.runner import (
    DEFAULT_EXECUTOR,
    EXECUTORS,
    LocalExecutor,
    PoolExecutor,
    RayExecutor,
    UnknownExecutorError,
    get_executor,
)


def test_runner_registry_lists_local_pool_ray() -> None:
    assert list(EXECUTORS) == ["local", "pool", "ray"]
    assert isinstance(get_executor("local"), LocalExecutor)
    assert isinstance(get_executor("pool"), PoolExecutor)
    assert isinstance(get_executor("ray"), RayExecutor)
    for name, executor in EXECUTORS.items():
        assert executor.name == name
        assert executor.description
    assert DEFAULT_EXECUTOR == "pool"


def test_runner_registry_is_read_only() -> None:
    with pytest.raises(TypeError):
        EXECUTORS["spark"] = LocalExecutor()  # type: ignore[index]


def test_runner_unknown_executor_lists_the_valid_names() -> None:
    with pytest.raises(UnknownExecutorError) as info:
        get_executor("spark")
    error = info.value
    assert isinstance(error, NewsdossierError)
    assert str(error) == "[NI-E061] unknown executor 'spark'; choose one of local, pool, ray"
    assert error.known == ["local", "pool", "ray"]
    copy = pickle.loads(pickle.dumps(error))
    assert str(copy) == str(error)
    assert copy.known == error.known


def test_runner_registry_does_not_import_ray() -> None:
    """Ray is an optional extra: the registry (and the CLI) work without it."""
    code = (
        "import sys; sys.modules['ray'] = None\n"
        "from newsdossier.runner import EXECUTORS\n"
        "import newsdossier.cli\n"
        "print(sorted(EXECUTORS))"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['local', 'pool', 'ray']"
