"""Page metadata (where the publication date came from, how sure it is) survives the store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdossier.store import Store
from tests.helpers.cli import run_cli
from tests.helpers.paths import PROJECT

PAGE = PROJECT / "tests" / "fixtures" / "pages" / "misleading_updated"


def test_store_keeps_the_date_source_and_confidence_of_a_page(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    gold = json.loads(PAGE.with_suffix(".json").read_text("utf-8"))
    db = str(tmp_path / "pages.db")
    html = PAGE.with_suffix(".html")
    assert (
        run_cli(capsys, monkeypatch, "ingest", str(html), "--db", db, "--url", gold["url"]).code
        == 0
    )
    extracted = run_cli(capsys, monkeypatch, "extract", str(html), "--url", gold["url"])
    fresh = json.loads(extracted.out.splitlines()[0])
    assert fresh["published"] == gold["published"]
    assert fresh["date_source"]
    assert 0 < fresh["published_confidence"] <= 1
    out = tmp_path / "out.jsonl"
    assert run_cli(capsys, monkeypatch, "export", "--db", db, "-o", str(out)).code == 0
    stored = json.loads(out.read_text("utf-8").splitlines()[0])
    for key in ("published", "date_source", "published_confidence", "encoding"):
        assert stored[key] == fresh[key], key
    with Store(db, readonly=True) as store:
        assert store.info()["counts"]["documents"] == 1
