"""The pool executor: a process pool whose results do not depend on the number of workers."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from eval.corpora import iter_timeml

from newsdossier.runner import PoolExecutor, RunConfig
from newsdossier.runner.pool import pool_size
from newsdossier.store import Store


@pytest.fixture(scope="module")
def corpus(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three real articles (TimeBank), dated by their creation time."""
    folder = tmp_path_factory.mktemp("pool") / "in"
    folder.mkdir()
    for _, doc in zip(range(3), iter_timeml(), strict=False):
        text = f"date {doc.dct[:10]}\n{doc.text.strip()}\n"
        (folder / f"{doc.name}.txt").write_text(text, encoding="utf-8")
    return folder


def _rows(db: Path) -> list[tuple[object, ...]]:
    with Store(db, readonly=True) as store:
        docs = store.conn.execute("SELECT id, body FROM documents ORDER BY id").fetchall()
        ents = store.conn.execute("SELECT * FROM doc_entities ORDER BY 1, 2").fetchall()
        quotes = store.conn.execute("SELECT * FROM statements ORDER BY 1, 2").fetchall()
    return [tuple(r) for r in (*docs, *ents, *quotes)]


def test_runner_pool_same_store_with_one_or_two_workers(corpus: Path, tmp_path: Path) -> None:
    for workers in (1, 2):
        with Store(tmp_path / f"w{workers}.db") as store:
            summary = PoolExecutor().run([str(corpus)], store, RunConfig(workers=workers))
        assert summary.new == 3
    assert _rows(tmp_path / "w1.db") == _rows(tmp_path / "w2.db")


def test_runner_pool_skips_stored_articles(corpus: Path, tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        PoolExecutor().run([str(corpus)], store, RunConfig(workers=1))
        again = PoolExecutor().run([str(corpus), str(corpus)], store, RunConfig(workers=2))
    assert (again.new, again.present) == (0, 6)


def test_runner_pool_size_follows_inputs(tmp_path: Path) -> None:
    cores = os.cpu_count() or 1
    assert pool_size(["a.txt"], 4) == 1
    assert pool_size(["a.txt", "b.html", "c.txt"], 2) == min(2, cores)
    assert pool_size(["news.warc.gz"], 4) == min(4, cores)
    assert pool_size(["-"], 3) == min(3, cores)
    # issue 13: --workers 100 on a 4-record file started 101 processes
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join('{"text": "The council met."}\n' for _ in range(4)))
    assert pool_size([str(feed)], 100) == min(4, cores)
    assert pool_size([str(feed)], None) <= cores
