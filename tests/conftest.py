"""Shared fixtures: the seed articles and gold facts in ../shared, the model, a fresh store.

Tests that need ``../shared`` fail (not skip) when ``CI`` is set and it is missing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from eval.corpora import shared_dir
from hypothesis import HealthCheck, settings

from tests.helpers.paths import PROJECT

# In CI the property-based tests draw the same examples on every run (a gate must not
# depend on luck), and a slow shared runner must not fail a test for generating slowly.
settings.register_profile(
    "ci", derandomize=True, database=None, suppress_health_check=[HealthCheck.too_slow]
)
if os.environ.get("CI"):
    settings.load_profile("ci")


def _require_shared() -> Path:
    path = shared_dir()
    if not (path / "seeds").is_dir() or not (path / "gold").is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{path} (seeds and gold) is required in CI but missing")
        pytest.skip(f"{path} not available")
    return path


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``shared`` folder (seeds, gold, research corpora)."""
    return _require_shared()


@pytest.fixture(scope="session")
def seeds_dir(shared: Path) -> Path:
    """Folder of the sample articles."""
    return shared / "seeds"


@pytest.fixture(scope="session")
def seed_gold(shared: Path) -> dict[str, Any]:
    """The gold facts for the sample articles (``gold/seeds.json``)."""
    data: dict[str, Any] = json.loads((shared / "gold" / "seeds.json").read_text("utf-8"))
    return data


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The spaCy pipeline the project ships (loaded once per test session)."""
    from newsdossier.nlp import load_model

    return load_model()


@pytest.fixture
def examples_dir() -> Path:
    """The bundled, invented example articles."""
    return PROJECT / "examples"
