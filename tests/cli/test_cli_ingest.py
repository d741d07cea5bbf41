"""`ingest`, `extract`, `info`, `search`, `export` end to end, bad input included."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from newsdossier.cli import app
from newsdossier.record import RECORD_VERSION
from tests.helpers.cli import run_cli
from tests.helpers.store_rows import layer_rows

GOOD = """WELLINGTON, March 3 (Harbour Wire) — The port authority and the dock workers' union
agreed on Monday to resume talks over shift lengths, a spokesperson for the union said.

"We want a written guarantee before any vote," union secretary Mere Tane said.

The port authority said it expected a deal before the end of the month.
"""


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("date 2024-03-04\n" + GOOD, encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 4)
    (folder / "latin1.txt").write_bytes(
        "date 2024-03-05\nThe minister of Curaçao said the talks went well.\n".encode("latin-1")
    )
    (folder / "huge.txt").write_bytes(b"The council met again on Tuesday. " * 300_000)
    (folder / "cut.html").write_text(
        "<html><head><title>Harbour deal</title></head><body><article><p>"
        + "The union said the harbour deal was close after talks on Monday. " * 5
        + "</p><p>Negotiators will meet ag",
        encoding="utf-8",
    )
    (folder / "feed.jsonl").write_text(
        json.dumps(
            {
                "text": "The mayor said on Friday that the bridge would reopen.",
                "published": "2024-03-08",
                "outlet": "City Wire",
            }
        )
        + "\n"
        + "{not json\n",
        encoding="utf-8",
    )
    return folder


def test_cli_ingest_bad_inputs_named_good_ones_stored(
    inputs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "news.db"
    result = run_cli(
        capsys, monkeypatch, "ingest", str(inputs), str(tmp_path / "missing.txt"), "--db", str(db)
    )
    assert result.code == 0, result.err
    rejected = [line for line in result.err.splitlines() if line.startswith("rejected")]
    reasons = "\n".join(rejected)
    for name, problem in [
        ("empty.txt", "empty file"),
        ("binary.txt", "binary file"),
        ("huge.txt", "MB"),
        ("feed.jsonl:2", "not valid JSON"),
        ("missing.txt", "no such file"),
    ]:
        assert any(name in line and problem in line for line in rejected), (name, reasons)
    assert "invalid UTF-8" in result.err
    assert "latin1.txt" in result.err
    conn = sqlite3.connect(db)
    sources = {Path(r[0]).name for r in conn.execute("SELECT source FROM documents")}
    assert {"good.txt", "latin1.txt", "feed.jsonl:1"} <= sources
    assert conn.execute("SELECT count(*) FROM rejections").fetchone()[0] >= 5
    conn.close()


def test_cli_ingest_unknown_engine_lists_engines(
    inputs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "news.db"
    args = ("ingest", str(inputs / "good.txt"), "--engine", "spark", "--db", str(db))
    result = run_cli(capsys, monkeypatch, *args)
    assert result.code == 2
    assert "unknown executor 'spark'; choose one of local, pool, ray" in result.err
    assert not db.exists()


def test_cli_ingest_local_and_pool_engines_store_the_same(
    inputs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    files = (str(inputs / "good.txt"), str(inputs / "feed.jsonl"))
    stored = {}
    for engine in ("local", "pool"):
        db = tmp_path / f"{engine}.db"
        result = run_cli(capsys, monkeypatch, "ingest", *files, "--engine", engine, "--db", str(db))
        assert result.code == 0, result.err
        assert "2 new, 0 already present, 1 rejected" in result.err
        conn = sqlite3.connect(db)
        stored[engine] = [
            conn.execute(
                "SELECT id, source, published, body FROM documents ORDER BY id"
            ).fetchall(),
            layer_rows(conn, "statements"),
        ]
        conn.close()
    assert stored["local"] == stored["pool"]
    assert stored["local"][1]  # Mere Tane's quote, found by both


def test_cli_reingest_changes_nothing(
    inputs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "news.db"
    run_cli(capsys, monkeypatch, "ingest", str(inputs / "good.txt"), "--db", str(db))
    dump_before = "\n".join(sqlite3.connect(db).iterdump())
    again = run_cli(capsys, monkeypatch, "ingest", str(inputs / "good.txt"), "--db", str(db))
    assert "0 new, 1 already present" in again.err
    dump_after = "\n".join(sqlite3.connect(db).iterdump())
    assert dump_before == dump_after


def test_cli_not_a_store_is_one_line_and_untouched(
    inputs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "notes.db"
    db.write_text("my notes\n" * 100)
    result = run_cli(capsys, monkeypatch, "ingest", str(inputs / "good.txt"), "--db", str(db))
    assert result.code == 1
    assert result.err.strip().count("\n") == 0
    assert "notes.db" in result.err
    assert "not a newsdossier store" in result.err
    assert db.read_text() == "my notes\n" * 100


def test_cli_extract_prints_v1_records(
    inputs: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = run_cli(
        capsys, monkeypatch, "extract", str(inputs / "good.txt"), str(inputs / "feed.jsonl")
    )
    records = [json.loads(line) for line in result.out.splitlines()]
    assert len(records) == 2
    for record in records:
        assert record["version"] == RECORD_VERSION
        for key in ("entities", "statements", "timexes", "roles", "events"):
            assert isinstance(record[key], list)
    good = next(r for r in records if r["source"].endswith("good.txt"))
    assert good["published"] == "2024-03-04"
    assert good["body"].startswith("The port authority")


def test_cli_extract_published_option_validated(
    inputs: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    result = run_cli(
        capsys, monkeypatch, "extract", str(inputs / "good.txt"), "--published", "yesterday"
    )
    assert result.code == 2
    assert "YYYY-MM-DD" in result.err


def test_cli_info_search_export(
    inputs: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = str(tmp_path / "news.db")
    ingested = run_cli(capsys, monkeypatch, "ingest", str(inputs / "good.txt"), "--db", db)
    assert "New articles" in ingested.out
    assert "Who said what" in ingested.out
    assert "Mere Tane" in ingested.out
    info = run_cli(capsys, monkeypatch, "info", "--db", db)
    assert "schema version" in info.out
    assert "documents" in info.out
    hits = run_cli(capsys, monkeypatch, "search", "written guarantee", "--db", db)
    assert "guarantee" in hits.out
    out = tmp_path / "out.jsonl"
    run_cli(capsys, monkeypatch, "export", "--format", "jsonl", "-o", str(out), "--db", db)
    assert json.loads(out.read_text().splitlines()[0])["published"] == "2024-03-04"


def test_cli_every_command_help_ends_with_example(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    names = [c.name or c.callback.__name__ for c in app.registered_commands if c.callback]
    assert names
    for name in names:
        result = run_cli(capsys, monkeypatch, name, "--help")
        lines = [line.strip(" │") for line in result.out.strip().splitlines() if line.strip()]
        assert lines[-1].startswith("Example: newsdossier"), (name, lines[-3:])
