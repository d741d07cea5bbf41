"""Issue 13: no traceback from any command; every failure is one line naming what failed."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdossier.store import Store
from tests.helpers.cli import Result, run_cli
from tests.helpers.corpus import build_corpus

Run = tuple[pytest.CaptureFixture[str], pytest.MonkeyPatch]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Run:
    return capsys, monkeypatch


def _run(cli: Run, *args: str) -> Result:
    return run_cli(cli[0], cli[1], *args)


def _one_line_error(result: Result, *names: str) -> None:
    assert result.code != 0
    assert "Traceback" not in result.err
    lines = [line for line in result.err.splitlines() if line.startswith("Error")]
    assert len(lines) == 1, result.err
    for name in names:
        assert name in lines[0]


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_corpus(tmp_path / "c.db")


def test_cli_ingest_bad_model_fails_before_creating_the_store(cli: Run, tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text("The council approved the budget on Tuesday, the mayor said.\n")
    target = tmp_path / "new.db"
    result = _run(cli, "ingest", str(story), "--db", str(target), "--model", "garbage")
    _one_line_error(result, "garbage")
    assert not target.exists()


def test_cli_missing_parent_folder_has_its_own_message(cli: Run, tmp_path: Path) -> None:
    story = tmp_path / "s.txt"
    story.write_text("The council approved the budget on Tuesday, the mayor said.\n")
    result = _run(cli, "ingest", str(story), "--db", str(tmp_path / "nope" / "x.db"))
    _one_line_error(result, "does not exist")
    assert "not a newsdossier store" not in result.err


def test_cli_export_output_problems_are_one_line(cli: Run, db: Path, tmp_path: Path) -> None:
    existing = tmp_path / "out.jsonl"
    existing.write_text("keep me\n")
    cases = [
        (["-o", str(tmp_path / "missing" / "x.jsonl")], "does not exist"),
        (["-o", str(tmp_path)], "is a folder"),
        (["--format", "csv", "-o", str(existing)], "is a file"),
        (["-o", str(existing)], "--force"),
    ]
    for args, problem in cases:
        _one_line_error(_run(cli, "export", "--db", str(db), *args), problem)
    assert existing.read_text() == "keep me\n"
    assert _run(cli, "export", "--db", str(db), "-o", str(existing), "--force").code == 0
    assert existing.read_text().count("\n") == 3


def test_cli_parquet_default_output_is_named(cli: Run, db: Path, tmp_path: Path) -> None:
    cli[1].chdir(tmp_path)
    result = _run(cli, "export", "--db", str(db), "--format", "parquet")
    assert result.code == 0
    assert "newsdossier.parquet" in result.err


def test_cli_huge_names_and_integers_are_one_line(cli: Run, db: Path) -> None:
    long = "Ruiz " * 12_000
    _one_line_error(_run(cli, "dossier", long, "--db", str(db)), "characters")
    _one_line_error(_run(cli, "quotes", "--speaker", long, "--db", str(db)), "characters")
    huge = str(2**70)
    for args in (["entities", "--limit", huge], ["entities", "--min-docs", huge]):
        result = _run(cli, *args, "--db", str(db))
        assert result.code == 2
        assert "Traceback" not in result.err


def test_cli_search_limit_range_and_repeated_words(cli: Run, db: Path) -> None:
    for limit in ("0", "-1"):
        result = _run(cli, "search", "Ruiz", "--limit", limit, "--db", str(db))
        assert result.code == 2
        assert "--limit" in result.err
    repeated = _run(cli, "search", " ".join(["Ruiz"] * 150), "--db", str(db))
    single = _run(cli, "search", "Ruiz", "--db", str(db))
    assert repeated.code == single.code == 0
    assert repeated.out.count("article") == single.out.count("article") > 0
    _one_line_error(_run(cli, "search", "Ruiz " * 3000, "--db", str(db)), "limit")


def _freeze(path: Path, frozen: bool) -> None:
    """Make ``path`` read-only: chmod for a normal user; root ignores modes, so for root
    the immutable attribute (skipped where the file system has none)."""
    if os.geteuid() != 0:
        path.chmod((0o555 if path.is_dir() else 0o444) if frozen else 0o755)
        return
    done = subprocess.run(
        ["chattr", "+i" if frozen else "-i", str(path)], capture_output=True, check=False
    )
    if done.returncode != 0 and frozen:
        pytest.skip(f"cannot make {path} read-only as root here ({done.stderr!r})")


@pytest.fixture
def readonly_folder(db: Path, tmp_path: Path) -> Iterator[Path]:
    """A copy of the store, checkpointed to one file, in a folder nobody may write."""
    folder = tmp_path / "ro"
    folder.mkdir()
    with Store(db) as store:
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    shutil.copy(db, folder / "c.db")
    _freeze(folder / "c.db", True)
    _freeze(folder, True)
    yield folder
    _freeze(folder, False)
    _freeze(folder / "c.db", False)


def test_cli_readonly_store_is_read_and_not_written(
    cli: Run, readonly_folder: Path, tmp_path: Path
) -> None:
    db = str(readonly_folder / "c.db")
    before = (readonly_folder / "c.db").read_bytes()
    info = _run(cli, "info", "--db", db)
    assert info.code == 0, info.err
    assert "documents" in info.out
    found = _run(cli, "search", "Ruiz", "--db", db)
    assert found.code == 0, found.err
    assert "article" in found.out
    story = tmp_path / "s.txt"
    story.write_text("The council approved the budget on Tuesday, the mayor said.\n")
    ingest = _run(cli, "ingest", str(story), "--db", db, "--engine", "local")
    _one_line_error(ingest, "read-only")
    assert (readonly_folder / "c.db").read_bytes() == before
    assert sorted(p.name for p in readonly_folder.iterdir()) == ["c.db"]
