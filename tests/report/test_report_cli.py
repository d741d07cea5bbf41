"""The read commands: entities, dossier, quotes, timeline (real CLI, in-process)."""

from __future__ import annotations

import json
import socket
from pathlib import Path

import pytest

from tests.helpers.cli import run_cli
from tests.helpers.corpus import build_corpus
from tests.helpers.html import assert_inert

Fixtures = tuple[pytest.CaptureFixture[str], pytest.MonkeyPatch]


@pytest.fixture
def db(tmp_path: Path) -> str:
    return str(build_corpus(tmp_path / "c.db"))


def test_cli_entities_table(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    r = run_cli(capsys, monkeypatch, "entities", "--db", db, "--type", "PERSON")
    assert r.code == 0
    assert "Ana Ruiz" in r.out
    assert "托馬斯" in r.out
    assert "Lisbon" not in r.out


def test_cli_dossier_unknown_name_suggests(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    r = run_cli(capsys, monkeypatch, "dossier", "Tomas Berk", "--db", db)
    assert r.code == 1
    assert "did you mean: Tomas Berg" in r.err


def test_cli_dossier_formats(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = run_cli(capsys, monkeypatch, "dossier", "berg", "--db", db)
    assert text.code == 0
    assert "Prime Minister, as of 2024-06-04" in text.out
    out = tmp_path / "berg.html"
    html = run_cli(capsys, monkeypatch, "dossier", "Berg", "--db", db, "--format", "html",
                   "-o", str(out))  # fmt: skip
    assert html.code == 0
    assert_inert(out.read_text("utf-8"))
    data = run_cli(capsys, monkeypatch, "dossier", "Berg", "--db", db, "--format", "json")
    assert json.loads(data.out)["entity"]["aliases"] == ["Berg", "托馬斯"]
    bad = run_cli(capsys, monkeypatch, "dossier", "Berg", "--db", db, "--format", "pdf")
    assert bad.code == 2


def test_cli_dossier_limit_keeps_the_first_rows_and_counts_the_rest(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    full = json.loads(run_cli(capsys, monkeypatch, "dossier", "Ruiz", "--db", db,
                              "--format", "json").out)  # fmt: skip
    one = json.loads(run_cli(capsys, monkeypatch, "dossier", "Ruiz", "--db", db,
                             "--format", "json", "--limit", "1").out)  # fmt: skip
    lists = [name for name in ("timeline", "sources", "roles") if len(full[name]) > 1]
    assert lists, "the corpus gives Ruiz more than one row somewhere"
    for name in lists:
        assert one[name] == full[name][:1]
        assert one["truncated"][name] == len(full[name]) - 1 + full["truncated"].get(name, 0)
    zero = run_cli(capsys, monkeypatch, "dossier", "Ruiz", "--db", db, "--limit", "0")
    assert zero.code == 2


def test_cli_quotes_filters_and_jsonl(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    r = run_cli(capsys, monkeypatch, "quotes", "--db", db, "--speaker", "ruiz", "--about",
                "Berg", "--format", "jsonl")  # fmt: skip
    assert r.code == 0
    rows = [json.loads(line) for line in r.out.splitlines()]
    assert [row["speaker_name"] for row in rows] == ["Ana Ruiz"]
    assert rows[0]["source"]["outlet"] == "Herald"
    table = run_cli(capsys, monkeypatch, "quotes", "--db", db, "--since", "2024-07-01")
    assert "Herald" in table.out
    bad = run_cli(capsys, monkeypatch, "quotes", "--db", db, "--until", "July")
    assert bad.code == 1
    assert "until must be a date" in bad.err


def test_cli_timeline_formats(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    text = run_cli(capsys, monkeypatch, "timeline", "--db", db, "--entity", "Lisbon")
    assert text.code == 0
    assert text.out.startswith("2024-06-03 visit")
    html = run_cli(capsys, monkeypatch, "timeline", "--db", db, "--format", "html")
    assert_inert(html.out)
    lines = run_cli(capsys, monkeypatch, "timeline", "--db", db, "--format", "jsonl")
    dates = [json.loads(x)["date"] for x in lines.out.splitlines()]
    assert dates == sorted(dates)


def test_cli_serve_refuses_missing_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    r = run_cli(capsys, monkeypatch, "serve", "--db", str(tmp_path / "none.db"))
    assert r.code == 1
    assert "no store here" in r.err


def test_cli_serve_refuses_a_port_in_use_in_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = build_corpus(tmp_path / "c.db")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = str(taken.getsockname()[1])
        r = run_cli(capsys, monkeypatch, "serve", "--db", str(db), "--port", port)
    assert r.code != 0
    assert f"cannot listen on 127.0.0.1:{port}" in r.err
    assert "Traceback" not in r.err
