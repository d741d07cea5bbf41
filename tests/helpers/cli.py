"""Running the real command line in-process and reading what it printed."""

from __future__ import annotations

import sys
from dataclasses import dataclass

import pytest

from newsdossier.cli import main


@dataclass
class Result:
    """Exit code and output of one command."""

    code: int
    out: str
    err: str


def run_cli(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, *args: str
) -> Result:
    """Run ``newsdossier ARGS`` through the console-script entry point."""
    monkeypatch.setattr(sys, "argv", ["newsdossier", *args])
    monkeypatch.setenv("COLUMNS", "200")
    code = 0
    try:
        main()
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return Result(code, captured.out, captured.err)
