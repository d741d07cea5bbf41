"""The pages as HTML (no browser): every page renders, hostile text is escaped, CSP is strict."""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from newsdossier.api import create_app
from newsdossier.api.app import CSP
from tests.helpers.corpus import build_corpus
from tests.helpers.html import assert_inert, html_tags

with warnings.catch_warnings():  # starlette asks for httpx2, which is not pinned here
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient


@pytest.fixture
def client(tmp_path: Path) -> Iterator[TestClient]:
    with TestClient(
        create_app(build_corpus(tmp_path / "c.db"), base_url="http://127.0.0.1:8000"),
        base_url="http://127.0.0.1",
    ) as client:
        yield client


def _ruiz(client: TestClient) -> str:
    entity_id: str = client.get("/api/entities/lookup?name=ruiz").json()["id"]
    return entity_id


PAGES = [
    "/", "/search?q=Ruiz", "/search?q=%3Cscript%3E", "/search", "/statements",
    "/statements?speaker=Ruiz&since=2024-01", "/article/doc-hostile", "/article/doc-one?hl=45-65",
]  # fmt: skip


@pytest.mark.parametrize("path", PAGES)
def test_ui_page_renders_escaped(client: TestClient, path: str) -> None:
    r = client.get(path)
    assert r.status_code == 200
    assert r.headers["content-security-policy"] == CSP
    tags = html_tags(r.text)
    assert [a.get("src") for t, a in tags if t == "script"] == ["/static/app.js"]
    assert not [t for t, _ in tags if t in {"img", "iframe", "object", "embed"}]
    assert not [(t, a) for t, a in tags if any(name.startswith("on") for name in a)]
    assert not [a for _, a in tags if (a.get("href") or "").lower().startswith("javascript:")]


def test_ui_entity_page_sections(client: TestClient) -> None:
    html = client.get(f"/entity/{_ruiz(client)}").text
    for section in (
        "coverage",
        "roles",
        "timeline",
        "said-by",
        "said-about",
        "comentions",
        "sources",
        "mentions",
        "relations",
    ):
        assert f'id="{section}"' in html
    # Ruiz is in three articles, of June, July and August 2024, each with a statement of hers
    assert html.count('class="bar articles"') == 3
    assert html.count('class="bar said"') == 3
    assert "&lt;img src=x onerror=" in html
    assert not [t for t, a in html_tags(html) if t == "img" or "onerror" in a]


def test_ui_article_highlights_from_offsets(client: TestClient) -> None:
    html = client.get("/article/doc-one?hl=45-65").text
    focus = re.findall(r'<span class="[^"]*\bfocus\b[^"]*"[^>]*>(.*?)</span>', html, flags=re.S)
    text = re.sub(r"<[^>]+>", "", "".join(focus))
    assert "The visit went well" in text
    assert 'id="hl"' in html
    assert 'data-speaker="Ana Ruiz"' in html
    assert 'title="date 2024-06-03"' in html
    assert "<details" in html


def test_ui_dossier_download_is_inert(client: TestClient) -> None:
    r = client.get(f"/entity/{_ruiz(client)}/dossier.html")
    assert r.headers["content-disposition"].startswith("attachment;")
    assert_inert(r.text.replace(str(client.base_url), "/"))
    assert client.get(f"/entity/{_ruiz(client)}/dossier.pdf").status_code == 400


def test_ui_errors_are_pages(client: TestClient) -> None:
    r = client.get("/entity/nobody")
    assert r.status_code == 404
    assert r.headers["content-type"].startswith("text/html")
    bad = client.get("/statements?speaker=Ruis")
    assert "did you mean" in bad.text
    assert "Ana Ruiz" in bad.text


def test_ui_search_page_stays_small_for_a_hostile_query(client: TestClient) -> None:
    page = client.get("/search", params={"q": "Trump " * 10_000})
    assert page.status_code == 400
    assert len(page.content) < 50_000
    assert "characters" in page.text
