"""Dossier reports: every fact cites its sentence; untrusted text stays text in every format."""

from __future__ import annotations

import json
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsdossier.errors import QueryError
from newsdossier.query import TimelineFilter, dossier, timeline
from newsdossier.report import render, render_html
from newsdossier.report.timeline import timeline_html
from newsdossier.store import Store
from tests.helpers.corpus import build_corpus
from tests.helpers.html import assert_inert


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    with Store(build_corpus(tmp_path / "c.db"), readonly=True) as store:
        yield store.conn


def test_report_text_cites_every_fact(conn: sqlite3.Connection) -> None:
    text = render(dossier(conn, "Ruiz"), "text")
    assert text.startswith("Identity")
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", text.split("\nSources\n")[0])}
    notes = re.findall(r"^  \[(\d+)\] (.+)$", text.split("\nSources\n")[1], flags=re.M)
    assert cited == {int(n) for n, _ in notes}
    assert "“Minister Ana Ruiz visited Lisbon on Monday.”" in text
    assert "doc-one body[0:17]" in text


def test_report_markdown_escapes_markup(conn: sqlite3.Connection) -> None:
    md = render(dossier(conn, "Ruiz"), "md")
    assert md.startswith("# Ana Ruiz\n")
    assert "[^1]:" in md
    assert not re.search(r"(?<!\\)<", md), "every < is escaped"
    assert r"\<img src=x onerror=" in md


def test_report_html_is_self_contained_and_inert(conn: sqlite3.Connection) -> None:
    html = render_html(dossier(conn, "Ruiz"))
    assert_inert(html)
    assert "http://" not in html
    assert "https://" not in html
    assert "Content-Security-Policy" in html
    assert "@media print" in html
    assert "&lt;img src=x onerror=" in html
    ids = set(re.findall(r'id="(src-\d+)"', html))
    refs = set(re.findall(r'href="#(src-\d+)"', html))
    assert refs
    assert refs <= ids


def test_report_html_links_to_the_ui_when_asked(conn: sqlite3.Connection) -> None:
    html = render_html(dossier(conn, "Berg"), base_url="http://127.0.0.1:8000/")
    assert 'href="http://127.0.0.1:8000/article/doc-one?hl=' in html
    assert_inert(html.replace("http://127.0.0.1:8000/", "/"))


def test_report_json_round_trips(conn: sqlite3.Connection) -> None:
    data = json.loads(render(dossier(conn, "Ruiz"), "json"))
    assert data["entity"]["name"] == "Ana Ruiz"
    src = data["statements_by"][0]["source"]
    assert {"doc_id", "start", "end", "sentence", "outlet", "published"} <= set(src)


def test_report_unknown_format(conn: sqlite3.Connection) -> None:
    with pytest.raises(QueryError, match="format"):
        render(dossier(conn, "Ruiz"), "pdf")


def test_report_timeline_html_inert(conn: sqlite3.Connection) -> None:
    page = timeline(conn, TimelineFilter(entity="Ruiz"))
    html = timeline_html(page.items, title="<script>x</script>")
    assert_inert(html)
    assert "<mark>" in html


def test_report_notes_numbered_in_reading_order(conn: sqlite3.Connection) -> None:
    text = render(dossier(conn, "Ruiz"), "text").split("\nSources\n")[0]
    first_seen = list(dict.fromkeys(int(n) for n in re.findall(r"\[(\d+)\]", text)))
    assert first_seen == sorted(first_seen)
