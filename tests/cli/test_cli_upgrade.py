"""`newsdossier upgrade`: a store an older version wrote becomes readable; bad paths fail
in one line and nothing is written."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from tests.helpers.cli import run_cli
from tests.helpers.paths import PROJECT

OLD_STORE = PROJECT / "tests" / "fixtures" / "stores" / "store-v6.db.gz"


def test_cli_upgrade_makes_an_old_store_readable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "old.db"
    db.write_bytes(gzip.decompress(OLD_STORE.read_bytes()))
    refused = run_cli(capsys, monkeypatch, "entities", "--db", str(db))
    assert refused.code != 0
    assert "schema version 6 is older" in refused.err
    assert f"newsdossier upgrade --db {db}" in " ".join(refused.err.split())
    done = run_cli(capsys, monkeypatch, "upgrade", "--db", str(db))
    assert done.code == 0, done.err
    assert "up to date" in done.out
    listed = run_cli(capsys, monkeypatch, "entities", "--db", str(db))
    assert listed.code == 0, listed.err
    again = run_cli(capsys, monkeypatch, "upgrade", "--db", str(db))
    assert again.code == 0


def test_cli_upgrade_of_a_missing_or_foreign_file_fails_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    missing = run_cli(capsys, monkeypatch, "upgrade", "--db", str(tmp_path / "absent.db"))
    assert missing.code != 0
    assert "no store here" in missing.err
    assert not (tmp_path / "absent.db").exists()
    notes = tmp_path / "notes.db"
    notes.write_text("not a database, just notes\n", encoding="utf-8")
    foreign = run_cli(capsys, monkeypatch, "upgrade", "--db", str(notes))
    assert foreign.code != 0
    assert "not a newsdossier store" in foreign.err
    assert len(foreign.err.strip().splitlines()) == 1
    assert notes.read_text(encoding="utf-8") == "not a database, just notes\n"
