"""Every benchmark script starts and explains itself (`--help`): they run as plain scripts
(`python bench/x.py`), so an import that only works from the project root shows here."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.helpers.paths import PROJECT

SCRIPTS = sorted(p for p in (PROJECT / "bench").glob("*.py") if "argparse" in p.read_text("utf-8"))


def test_bench_scripts_found() -> None:
    assert len(SCRIPTS) >= 5


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_bench_script_help(script: object, tmp_path: object) -> None:
    done = subprocess.run(
        [sys.executable, str(script), "--help"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=tmp_path,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert "usage:" in done.stdout
