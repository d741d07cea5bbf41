"""Every API endpoint: a success and a bad input, one error shape, OpenAPI, read-only safety."""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from starlette.exceptions import StarletteDeprecationWarning

from newsdossier.api import create_app
from newsdossier.errors import StoreError
from newsdossier.store import Store
from tests.helpers.corpus import HOSTILE_TITLE, article_one, build_corpus

with warnings.catch_warnings():  # starlette asks for httpx2, which is not pinned here
    warnings.simplefilter("ignore", StarletteDeprecationWarning)
    from fastapi.testclient import TestClient


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return build_corpus(tmp_path / "c.db")


@pytest.fixture
def client(db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(db), base_url="http://127.0.0.1") as client:
        yield client


def _error(client: TestClient, url: str, status: int) -> dict[str, Any]:
    r = client.get(url)
    assert r.status_code == status, r.text
    body: dict[str, Any] = r.json()
    assert set(body) == {"ok", "status", "error", "errors", "suggestions"}
    assert body["ok"] is False
    assert body["status"] == status
    assert body["error"]
    return body


def _id(client: TestClient, name: str) -> str:
    entity_id: str = client.get("/api/entities/lookup", params={"name": name}).json()["id"]
    return entity_id


def test_api_stats(client: TestClient, tmp_path: Path) -> None:
    body = client.get("/api/stats").json()
    assert body["counts"]["documents"] == 3
    with pytest.raises(StoreError):
        create_app(tmp_path / "missing.db")


def test_api_documents(client: TestClient) -> None:
    page = client.get("/api/documents", params={"limit": 2}).json()
    assert (page["total"], page["limit"], len(page["items"])) == (3, 2, 2)
    assert client.get("/api/documents", params={"outlet": "wire"}).json()["total"] == 1
    _error(client, "/api/documents?limit=abc", 422)


def test_api_document_with_spans(client: TestClient) -> None:
    doc = client.get("/api/documents/doc-one").json()
    for span in doc["spans"]:
        assert (
            doc["body" if span["field"] == "body" else span["field"]][span["start"] : span["end"]]
            == span["text"]
        )
    _error(client, "/api/documents/nope", 404)


def test_api_entities(client: TestClient) -> None:
    page = client.get("/api/entities", params={"q": "lisbon"}).json()
    assert [e["name"] for e in page["items"]] == ["Lisbon", "Lisbon Pact"]
    assert client.get("/api/entities", params={"type": "LAW"}).json()["total"] == 1
    body = _error(client, "/api/entities?min_docs=0", 422)
    assert body["errors"][0]["loc"] == ["query", "min_docs"]


def test_api_entity_lookup(client: TestClient) -> None:
    assert client.get("/api/entities/lookup", params={"name": "托馬斯"}).json()["name"] == (
        "Tomas Berg"
    )
    body = _error(client, "/api/entities/lookup?name=Tomas%20Berk", 404)
    assert body["suggestions"] == ["Tomas Berg"]
    _error(client, "/api/entities/lookup", 422)


def test_api_entity_detail(client: TestClient) -> None:
    d = client.get(f"/api/entities/{_id(client, 'Ruiz')}").json()
    assert d["entity"]["name"] == "Ana Ruiz"
    assert d["entity"]["statements_by"] == d["statements_by"]["total"] == 3
    assert [r["former"] for r in d["roles"]["items"]] == [True, False]  # newest first
    oldest = client.get(f"/api/entities/{d['entity']['id']}?sort=date").json()
    assert [r["former"] for r in oldest["roles"]["items"]] == [False, True]
    assert d["statements_by"]["items"][0]["source"]["sentence"]
    assert [m["month"] for m in d["months"]] == ["2024-06", "2024-07", "2024-08"]
    _error(client, "/api/entities/ent_nothing", 404)


def test_api_entity_mentions(client: TestClient) -> None:
    berg = _id(client, "Berg")
    page = client.get(f"/api/entities/{berg}/mentions").json()
    assert page["total"] == 5
    assert all(m["text"] in m["source"]["sentence"] for m in page["items"])
    _error(client, "/api/entities/ent_nothing/mentions", 404)
    _error(client, f"/api/entities/{berg}/mentions?offset=-1", 422)


def test_api_statements_filters_and_pages(client: TestClient) -> None:
    about = client.get("/api/statements", params={"about": "Berg", "speaker": "Ruiz"}).json()
    assert [s["speaker_name"] for s in about["items"]] == ["Ana Ruiz"]
    whole = [(s["doc_id"], s["idx"]) for s in client.get("/api/statements").json()["items"]]
    paged = [
        (s["doc_id"], s["idx"])
        for k in range(0, 4, 3)
        for s in client.get("/api/statements", params={"limit": 3, "offset": k}).json()["items"]
    ]
    assert paged == whole
    assert len(whole) == 4
    _error(client, "/api/statements?since=2024-13-01", 400)
    _error(client, "/api/statements?speaker=Nobody", 404)


def test_api_timeline(client: TestClient) -> None:
    page = client.get("/api/timeline", params={"entity": "Lisbon"}).json()
    assert [i["date"] for i in page["items"]] == ["2024-06-03"]
    _error(client, "/api/timeline?until=soon", 400)
    _error(client, "/api/timeline?entity=Atlantis", 404)


def test_api_relations(client: TestClient) -> None:
    page = client.get("/api/relations", params={"entity": "Portugal"}).json()
    assert page["items"][0]["object_name"] == "Lisbon"
    _error(client, "/api/relations?entity=Atlantis", 404)
    _error(client, "/api/relations?limit=501", 422)


def test_api_search(client: TestClient) -> None:
    body = client.get("/api/search", params={"q": "pact"}).json()
    assert [e["name"] for e in body["entities"]] == ["Lisbon Pact"]
    for hit in body["hits"]:
        assert [hit["snippet"][a:b].lower() for a, b in hit["highlights"]] == ["pact"]
    _error(client, "/api/search", 422)
    _error(client, "/api/search?q=%21%21%21", 400)


def test_api_hostile_text_is_json_data_only(client: TestClient) -> None:
    r = client.get("/api/documents/doc-hostile")
    assert r.headers["content-type"] == "application/json"
    assert r.headers["x-content-type-options"] == "nosniff"
    assert r.json()["title"] == HOSTILE_TITLE


def test_api_reads_while_a_writer_holds_the_lock(db: Path, client: TestClient) -> None:
    with Store(db) as writer, writer.transaction() as conn:
        conn.execute("UPDATE meta SET value = value")  # the write lock is held from here
        assert client.get("/api/stats").status_code == 200
        assert client.get("/api/statements").json()["total"] == 4
    assert article_one().id == "doc-one"


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "$ref":
                yield value
            else:
                yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def test_api_openapi_is_valid(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    assert spec["openapi"].startswith("3.")
    assert spec["info"]["title"] == "newsdossier"
    schemas = spec["components"]["schemas"]
    for ref in _refs(spec):
        assert ref.startswith("#/components/schemas/")
        assert ref.rsplit("/", 1)[1] in schemas, ref
    paths = spec["paths"]
    assert {p for p in paths if p.startswith("/api/")} >= {
        "/api/stats", "/api/documents", "/api/documents/{doc_id}", "/api/entities",
        "/api/entities/lookup", "/api/entities/{entity_id}",
        "/api/entities/{entity_id}/mentions", "/api/statements", "/api/timeline",
        "/api/relations", "/api/search",
    }  # fmt: skip
    assert all(p.startswith("/api/") for p in paths), "pages stay out of the API schema"
    for path, ops in paths.items():
        op = ops["get"]
        declared = {p["name"] for p in op.get("parameters", []) if p["in"] == "path"}
        assert declared == set(__import__("re").findall(r"{(\w+)}", path))
        for status in ("400", "404", "422"):
            ref = op["responses"][status]["content"]["application/json"]["schema"]["$ref"]
            assert ref.endswith("/ErrorBody")
    assert set(schemas["ErrorBody"]["required"]) == {"status", "error"}


def test_api_search_statement_hits_point_at_their_words(client: TestClient) -> None:
    hits = client.get("/api/search", params={"q": "pact"}).json()["hits"]
    said = [h for h in hits if h["kind"] == "statement"]
    assert said
    for hit in said:
        body = client.get(f"/api/documents/{hit['doc_id']}").json()["body"]
        assert hit["snippet"].strip("…") in body[hit["start"] : hit["end"]]


def test_api_unexpected_failure_keeps_the_shape(db: Path) -> None:
    app = create_app(db)

    @app.get("/api/boom")
    def boom() -> None:
        raise RuntimeError("boom")

    with TestClient(app, base_url="http://127.0.0.1", raise_server_exceptions=False) as client:
        body = _error(client, "/api/boom", 500)
    assert body["error"] == "internal error (RuntimeError)"
