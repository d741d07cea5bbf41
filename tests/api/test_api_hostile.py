"""Issue 13: hostile requests get a 4xx in the one error shape, fast; the Host is checked."""

from __future__ import annotations

import sqlite3
import time
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from newsdossier.api import create_app
from newsdossier.limits import MAX_QUERY_CHARS
from newsdossier.runner import RunConfig, get_executor
from newsdossier.store import Store
from tests.helpers.paths import PROJECT

with warnings.catch_warnings():  # starlette asks for httpx2, which is not pinned here
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hostile") / "examples.db"
    with Store(path) as store:
        summary = get_executor("local").run([str(PROJECT / "examples")], store, RunConfig())
    assert summary.new > 0
    return path


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    app = create_app(db, base_url="http://127.0.0.1:8000")
    with TestClient(app, base_url="http://127.0.0.1") as client:
        yield client


LONG = "x" * 60_000


@pytest.mark.parametrize(
    ("url", "params"),
    [
        ("/api/search", {"q": LONG}),
        ("/api/entities", {"q": LONG}),
        ("/api/entities/lookup", {"name": LONG}),
        ("/api/statements", {"speaker": LONG}),
        ("/api/entities", {"offset": "10000000000000000000"}),
        ("/api/entities", {"min_docs": "99999999999999999999"}),
        ("/api/search", {"q": "Taiwan", "offset": "9223372036854775807"}),
    ],
)
def test_api_long_text_and_huge_integers_are_422(
    client: TestClient, url: str, params: dict[str, str]
) -> None:
    r = client.get(url, params=params)
    assert r.status_code == 422, r.text
    assert r.json()["ok"] is False


def test_api_ui_search_long_text_is_not_500(client: TestClient) -> None:
    r = client.get("/search", params={"q": LONG})
    assert r.status_code == 400
    assert f"{MAX_QUERY_CHARS:,}" in r.text


def test_api_repeated_search_words_answer_fast(client: TestClient) -> None:
    words = " ".join(["Taiwan"] * 120)  # under the length limit: duplicates removed
    began = time.monotonic()
    many = client.get("/api/search", params={"q": words})
    one = client.get("/api/search", params={"q": "Taiwan"})
    assert time.monotonic() - began < 2
    assert many.status_code == one.status_code == 200
    assert many.json()["hits"] == one.json()["hits"] != []
    distinct = " ".join(f"word{n}" for n in range(100))
    assert client.get("/api/search", params={"q": distinct}).status_code == 400


def test_api_foreign_host_refused_and_links_from_configuration(client: TestClient) -> None:
    evil = client.get("/api/stats", headers={"Host": "evil.example"})
    assert evil.status_code == 400
    assert evil.json()["status"] == 400
    assert client.get("/", headers={"Host": "evil.example:8000"}).status_code == 400
    for host in ("127.0.0.1:8000", "localhost", "[::1]:8000"):
        assert client.get("/api/stats", headers={"Host": host}).status_code == 200
    entity = client.get("/api/entities", params={"limit": 1}).json()["items"][0]["id"]
    report = client.get(f"/entity/{entity}/dossier.html", headers={"Host": "localhost:9"})
    assert report.status_code == 200
    assert "localhost:9" not in report.text
    assert "http://127.0.0.1:8000/article/" in report.text


def test_api_allowed_hosts_extend_the_list(db: Path) -> None:
    app = create_app(db, allowed_hosts=("news.internal",))
    with TestClient(app, base_url="http://news.internal") as client:
        assert client.get("/api/stats").status_code == 200


def test_api_head_is_get_without_body(client: TestClient) -> None:
    head = client.head("/")
    assert head.status_code == 200
    assert head.content == b""
    assert client.head("/api/stats").status_code == 200


def test_api_request_budget_stops_slow_sql(db: Path) -> None:
    from newsdossier.query import reading
    from newsdossier.query.open import BudgetError

    slow = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    began = time.monotonic()
    with pytest.raises(BudgetError), reading(db, budget=0.2) as conn:
        conn.execute(slow).fetchone()
    assert time.monotonic() - began < 2


def test_api_reader_pool_reuses_connections_and_resets_budgets(db: Path) -> None:
    """The server's pool hands the same connection back; a budget that ran out with one
    request does not stop the next; beyond ``size`` idle ones, connections are closed."""
    from newsdossier.query import ReaderPool
    from newsdossier.query.open import BudgetError

    slow = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"
    pool = ReaderPool(db, size=1)
    with pytest.raises(BudgetError), pool.reading(budget=0.1) as first:
        first.execute(slow).fetchone()
    time.sleep(0.2)
    with pool.reading(budget=5) as again, pool.reading() as extra:
        assert again is first
        assert extra is not first
        assert again.execute("SELECT count(*) FROM documents").fetchone()[0] > 0
    with pool.reading() as kept:  # one idle connection kept (the last given back)
        assert kept is extra
    with pytest.raises(sqlite3.ProgrammingError):
        first.execute("SELECT 1")  # the other one was closed
    pool.close()
