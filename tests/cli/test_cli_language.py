"""An article in a language the pipeline cannot analyse is stored, searchable and flagged.

The text is written here (an invented local-news paragraph in Traditional Chinese, the
language the seed articles' outlets mostly publish in).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdossier.stages import DEFAULT_PIPELINE
from tests.helpers.cli import run_cli

CHINESE = (
    "台北市政府今天宣布，將在明年春天開放新的河濱公園，供市民散步與騎自行車。\n"
    "市長表示，這座公園的設計參考了多個城市的經驗，希望成為家庭週末休閒的好去處。\n"
    "工程單位指出，目前施工進度順利，預計十月完成主要步道與照明設施。\n"
)


def test_cli_unsupported_language_is_stored_flagged_and_searchable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    story = tmp_path / "park.txt"
    story.write_text(CHINESE, encoding="utf-8")
    db = str(tmp_path / "zh.db")

    ingested = run_cli(capsys, monkeypatch, "ingest", str(story), "--db", db)
    assert ingested.code == 0
    assert "1 new" in ingested.err
    assert "language Chinese (zh) is not supported" in ingested.err

    info = run_cli(capsys, monkeypatch, "info", "--db", db)
    assert "language zh" in info.out
    assert "not analysed" in info.out

    found = run_cli(capsys, monkeypatch, "search", "河濱公園", "--db", db)
    assert found.code == 0
    assert "台北市政府" in found.out

    out = tmp_path / "zh.jsonl"
    assert run_cli(capsys, monkeypatch, "export", "--db", db, "-o", str(out)).code == 0
    (record,) = [json.loads(line) for line in out.read_text("utf-8").splitlines()]
    assert record["language"] == "zh"
    assert record["body"].startswith("台北市政府今天宣布")
    assert any("Chinese (zh) is not supported" in w for w in record["warnings"])
    skipped = {reason.split(":")[0] for reason in record["skipped"]}
    assert skipped == set(DEFAULT_PIPELINE) - {"clean.v1"}
    assert record["entities"] == []
    assert record["statements"] == []
