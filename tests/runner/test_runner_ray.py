"""The ray executor: the same store as the pool executor; a clear error without Ray."""

from __future__ import annotations

import gzip
import html
import json
import sys
from pathlib import Path

import pytest
from eval.corpora import iter_polnear, iter_timeml

from newsdossier.errors import InputError, NewsdossierError
from newsdossier.ingest.manifest import load_manifest
from newsdossier.runner import PoolExecutor, RayExecutor, RunConfig
from newsdossier.runner.ray import (
    RayUnavailableError,
    default_shards,
    import_ray,
    read_file_rows,
)
from newsdossier.store import Store
from tests.helpers.store_rows import Row, layer_rows

#: Articles in the equivalence corpus: enough to mix outlets and cross-article entities,
#: small enough for a 2-core CI machine.
EQUIVALENCE_ARTICLES = 100

_TABLES = {
    "documents": "id, source, published, title, body, duplicate_of",
    "entities": "id, name, type, aliases",
    "doc_entities": "doc, entity_id, name, type, aliases",
    "mentions": "*",
    "statements": "*",
    "timexes": "*",
    "roles": "*",
    "events": "*",
}


def _snapshot(db: Path) -> dict[str, list[Row]]:
    with Store(db, readonly=True) as store:
        return {name: layer_rows(store.conn, name, columns) for name, columns in _TABLES.items()}


def _write_corpus(folder: Path, limit: int) -> None:
    """Text files, half TimeML and half PolNeAR; plus a JSON Lines feed and a CC-NEWS style
    WARC of other PolNeAR articles (two each), and an empty file (rejected)."""
    folder.mkdir()
    for _, doc in zip(range(limit // 2), iter_timeml(), strict=False):
        text = f"date {doc.dct[:10]}\n{doc.text.strip()}\n"
        (folder / f"timeml_{doc.name}.txt").write_text(text, encoding="utf-8")
    polnear = list(iter_polnear("dev"))
    for doc in polnear[: limit - limit // 2]:
        text = f"date {doc.name.split('_')[1]}\n{doc.text.strip()}\n"
        (folder / f"polnear_{doc.name}.txt").write_text(text, encoding="utf-8")
    feed, crawl = polnear[-4:-2], polnear[-2:]
    lines = [
        json.dumps(
            {"text": d.text, "published": d.name.split("_")[1], "url": f"https://x/{d.name}"}
        )
        for d in feed
    ]
    (folder / "feed.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    records = [_warc_record("https://x/logo.png", "image/png", b"\x89PNG")]
    records += [_warc_record(f"https://x/{d.name}", "text/html", _html(d.text)) for d in crawl]
    (folder / "crawl.warc.gz").write_bytes(b"".join(records))
    (folder / "empty.txt").write_text("", encoding="utf-8")


def _html(text: str) -> bytes:
    title, _, rest = text.strip().partition("\n")
    paras = "".join(f"<p>{html.escape(p)}</p>" for p in rest.split("\n\n") if p.strip())
    page = f"<html><head><title>{html.escape(title)}</title></head><body><article>"
    return (page + f"<h1>{html.escape(title)}</h1>{paras}</article></body></html>").encode()


def _warc_record(uri: str, content_type: str, body: bytes) -> bytes:
    """One gzip member per record, as CC-NEWS files are written."""
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2016-10-01T00:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n")


@pytest.mark.slow
def test_runner_ray_and_pool_executors_store_the_same(shared: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    _write_corpus(corpus, EQUIVALENCE_ARTICLES)
    with Store(tmp_path / "pool.db") as store:
        pool = PoolExecutor().run([str(corpus)], store, RunConfig(workers=2))
    with Store(tmp_path / "ray.db") as store:
        config = RunConfig(workers=2, shards=tmp_path / "shards")
        ray = RayExecutor().run([str(corpus)], store, config)
    assert pool.new == ray.new == EQUIVALENCE_ARTICLES + 4
    assert pool.rejected == ray.rejected
    assert [problem for _, problem in pool.rejected] == ["empty file"]
    a, b = _snapshot(tmp_path / "pool.db"), _snapshot(tmp_path / "ray.db")
    for name in _TABLES:
        assert a[name] == b[name], name
    assert a["statements"]
    assert a["timexes"]
    assert a["entities"]


def test_runner_ray_missing_names_what_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # as if Ray were not installed
    with pytest.raises(RayUnavailableError) as info:
        import_ray()
    assert isinstance(info.value, NewsdossierError)
    assert "pip install 'newsdossier[ray]'" in str(info.value)
    assert "\n" not in str(info.value)


def test_runner_ray_refuses_stdin(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store, pytest.raises(InputError, match="stdin"):
        RayExecutor().run(["-"], store, RunConfig(shards=tmp_path / "shards"))


def test_runner_ray_shards_default_beside_the_store(tmp_path: Path) -> None:
    with Store(tmp_path / "news.db") as store:
        assert default_shards(store) == tmp_path / "news.db.shards"
    with Store(":memory:") as store:
        assert default_shards(store) is None


def test_runner_ray_reader_flags_each_files_last_record(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [
        {"text": "The council met on Monday to discuss the budget for next year."},
        "not json",
        {"text": "The mayor said the vote would take place in March."},
    ]
    feed.write_text("\n".join(json.dumps(x) if isinstance(x, dict) else x for x in lines))
    files = {str(feed.resolve()): [(0, str(feed)), (3, "again.jsonl")]}
    rows = read_file_rows(
        {"path": str(feed), "bytes": feed.read_bytes()}, files=files, config=RunConfig(), entries={}
    )
    assert [(r["file"], r["record"], r["kind"], r["last"]) for r in rows] == [
        (0, 0, "raw", False),
        (0, 1, "input_error", False),
        (0, 2, "raw", True),
        (3, 0, "raw", False),
        (3, 1, "input_error", False),
        (3, 2, "raw", True),
    ]
    assert rows[0]["source"] == f"{feed}:1"


def test_runner_ray_reader_applies_manifest_and_run_defaults(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("The council met on Monday to discuss the budget for next year.\n")
    manifest = tmp_path / "manifest.csv"
    manifest.write_text("path,outlet,published\nstory.txt,Harbour Post,2025-04-28\n")
    files = {str(story.resolve()): [(0, str(story))]}
    config = RunConfig(url="https://example.org/news/1", manifest=manifest)
    rows = read_file_rows(
        {"path": str(story), "bytes": story.read_bytes()},
        files=files,
        config=config,
        entries=load_manifest(manifest),
    )
    article = json.loads(rows[0]["article"])
    assert article["outlet"] == "Harbour Post"
    assert article["published"] == "2025-04-28"
    assert article["url"] == "https://example.org/news/1"
