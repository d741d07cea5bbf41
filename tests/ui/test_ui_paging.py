"""Entity pages stay small whatever the corpus: every list is paged on the server.

The store holds one speaker with 300 statements of her own and 150 about her (a paraphrase,
a long quote and a mixed statement in each of 150 articles, one a month from 2016 to 2029).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterator
from html import unescape

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from newsdossier.api import create_app
from newsdossier.query.rows import MonthRow
from newsdossier.ui.charts import MAX_BARS, coverage_chart
from newsdossier.ui.pages import ENTITY_ROWS
from tests.helpers.prolific import SPEAKER, build_prolific, published

with warnings.catch_warnings():  # starlette asks for httpx2, which is not pinned here
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient

ARTICLES = 150
#: The most an entity page may weigh (issue 12: "about 200 KB whatever the corpus size").
MAX_PAGE_BYTES = 200_000


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    db = build_prolific(tmp_path_factory.mktemp("prolific") / "p.db", ARTICLES)
    app = create_app(db, base_url="http://127.0.0.1:8000")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield client


def _quist(client: TestClient) -> str:
    entity_id: str = client.get("/api/entities/lookup", params={"name": SPEAKER}).json()["id"]
    return entity_id


def _said(html: str, section: str) -> list[str]:
    """The statement texts listed in one section of a page, in order."""
    part = html[html.index(f'<section id="{section}">') :]
    part = part[: part.index("</section>")]
    said = r'<span class="said [a-z]+">(.*?)</span>\s*(?:<span class="kind"|\n)'
    return [unescape(re.sub(r"<[^>]+>", "", m)) for m in re.findall(said, part)]


def _next(html: str) -> str | None:
    m = re.search(r'<a rel="next" href="([^"]+)"', html)
    return unescape(m[1]) if m else None


def test_ui_entity_page_size_is_bounded(client: TestClient) -> None:
    r = client.get(f"/entity/{_quist(client)}")
    assert r.status_code == 200
    assert len(r.content) < MAX_PAGE_BYTES
    for section in ("timeline", "said-by", "said-about", "mentions", "sources"):
        part = r.text[r.text.index(f'<section id="{section}">') :]
        assert part[: part.index("</section>")].count("<li>") == ENTITY_ROWS, section
    assert len(_said(r.text, "said-by")) == ENTITY_ROWS
    assert "(300)" in r.text  # the total of statements by her, from the read model


def test_ui_entity_statements_page_through_to_the_rest(client: TestClient) -> None:
    entity_id = _quist(client)
    html = client.get(f"/entity/{entity_id}").text
    seen = _said(html, "said-by")
    href = _next(html[html.index('<section id="said-by">') :])
    assert href == f"/entity/{entity_id}/said-by?sort=-date&page=2"
    pages = 1
    while href:
        html = client.get(href).text
        assert len(html.encode()) < MAX_PAGE_BYTES
        seen += _said(html, "said-by")
        href = _next(html)
        pages += 1
    assert pages == -(-2 * ARTICLES // ENTITY_ROWS)
    assert len(seen) == len(set(seen)) == 2 * ARTICLES  # every statement once, none twice
    newest = f"wall number {ARTICLES - 1} "
    assert newest in seen[0] or newest in seen[1]  # newest first by default


def test_ui_entity_section_sorts_oldest_first(client: TestClient) -> None:
    html = client.get(f"/entity/{_quist(client)}/said-by", params={"sort": "date"}).text
    first = _said(html, "said-by")
    assert any("wall number 0 " in s for s in first[:2])
    assert 'rel="next" href="/entity/' in html
    assert "sort=date&amp;page=2" in html


def test_ui_entity_chart_spans_every_month(client: TestClient) -> None:
    html = client.get(f"/entity/{_quist(client)}").text
    assert html.count('class="bar articles"') == ARTICLES
    years = re.findall(r'class="tick">(\d{4})<', html)
    assert years[0] == published(0)[:4]
    assert f'class="to">{published(ARTICLES - 1)[:7]}<' in html
    last_x = max(float(x) for x in re.findall(r'<rect x="([\d.]+)"', html))
    assert last_x > 700  # the last month sits at the right end of the 760-wide axis


def test_api_entity_lists_are_paged(client: TestClient) -> None:
    entity_id = _quist(client)
    d = client.get(f"/api/entities/{entity_id}", params={"limit": 5}).json()
    assert d["statements_by"]["total"] == 2 * ARTICLES
    assert d["statements_about"]["total"] == ARTICLES
    assert d["mentions"]["total"] == d["entity"]["mentions"]
    assert len(d["statements_by"]["items"]) == 5
    assert len(d["months"]) == ARTICLES
    url = f"/api/entities/{entity_id}/statements"
    last = client.get(url, params={"offset": 2 * ARTICLES - 3, "limit": 10}).json()
    assert len(last["items"]) == 3
    assert last["total"] == 2 * ARTICLES
    about = client.get(url, params={"role": "about", "limit": 500}).json()["items"]
    assert {s["kind"] for s in about} == {"mixed"}
    for path in ("articles", "roles", "co-mentions", "mentions"):
        page = client.get(f"/api/entities/{entity_id}/{path}", params={"limit": 2}).json()
        assert {"items", "total", "limit", "offset"} <= set(page), path
    assert client.get(url, params={"sort": "oldest"}).status_code == 422


def test_ui_chart_of_a_century_stays_small() -> None:
    """A statement dated a century back: months are grouped, nothing is left out."""
    months = [MonthRow("1925-03", 1, 2)] + [
        MonthRow(f"{2000 + k // 12}-{k % 12 + 1:02d}", 3, 1) for k in range(12 * 26)
    ]
    bars, ticks = coverage_chart(months)
    assert len(bars) <= MAX_BARS
    assert bars[0].label.startswith("1925-")
    assert "2025-12" in bars[-1].label  # the last month, in the last group
    said = sum(int(re.findall(r"(\d+) statement", b.label)[0]) for b in bars)
    assert said == 2 + 12 * 26
    assert ticks[0].text == "1925"
