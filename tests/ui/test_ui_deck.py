"""The sub-headline (deck) of an article: kept apart from the kicker, shown on its page, and
a source for the facts found in it."""

from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from newsdossier.api import create_app
from newsdossier.store import Store
from tests.helpers.cli import run_cli
from tests.helpers.paths import PROJECT

with warnings.catch_warnings():  # starlette asks for httpx2, which is not pinned here
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

STORY = PROJECT / "examples" / "harbour_post_coastguard_drill.txt"


def test_ui_article_page_shows_the_deck_apart_from_the_kicker(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "deck.db"
    assert run_cli(capsys, monkeypatch, "ingest", str(STORY), "--db", str(db)).code == 0
    out = tmp_path / "out.jsonl"
    assert run_cli(capsys, monkeypatch, "export", "--db", str(db), "-o", str(out)).code == 0
    record = json.loads(out.read_text("utf-8").splitlines()[0])
    assert record["kicker"] == "SEA CHANGE"
    assert record["deck"].startswith("The former Japanese vice minister said Tokyo and Taipei")
    assert record["deck"] not in record["body"]
    in_deck = [m for e in record["entities"] for m in e["mentions"] if m["field"] == "deck"]
    assert {m["text"] for m in in_deck} >= {"Tokyo", "Taipei"}
    for m in in_deck:
        assert record["deck"][m["start"] : m["end"]] == m["text"]
    with Store(db, readonly=True) as store:
        doc_id = store.conn.execute("SELECT id FROM documents").fetchone()[0]
    with TestClient(
        create_app(db, base_url="http://127.0.0.1:8000"), base_url="http://127.0.0.1"
    ) as client:
        page = client.get(f"/article/{doc_id}")
    assert page.status_code == 200
    assert '<p class="deck">The former Japanese vice minister said' in page.text
