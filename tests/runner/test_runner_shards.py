"""Parquet shards: deterministic chunk names, resume without recomputing, load into a store."""

from __future__ import annotations

import os
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from eval.corpora import iter_timeml

from newsdossier.runner import PoolExecutor, RunConfig, load_shards
from newsdossier.runner.shards import plan_chunks, shard_schema
from newsdossier.store import Store
from tests.helpers.store_rows import Row, layer_rows


def _write_corpus(folder: Path, limit: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for doc in iter_timeml():
        path = folder / f"{doc.name}.txt"
        path.write_text(f"date {doc.dct[:10]}\n{doc.text.strip()}\n", encoding="utf-8")
        paths.append(path)
        if len(paths) == limit:
            break
    return paths


def _snapshot(db: Path) -> dict[str, list[Row]]:
    tables = {
        "documents": "id, source, published, body, duplicate_of",
        "doc_entities": "doc, entity_id, name, type",
        "statements": "*",
        "timexes": "*",
    }
    with Store(db, readonly=True) as store:
        return {k: layer_rows(store.conn, k, columns) for k, columns in tables.items()}


def test_runner_chunks_are_deterministic(tmp_path: Path) -> None:
    files = [str(p) for p in _write_corpus(tmp_path / "in", 5)]
    first = plan_chunks(files, "key", max_files=2)
    assert [len(c.files) for c in first] == [2, 2, 1]
    assert plan_chunks(files, "key", max_files=2) == first
    assert plan_chunks(files, "other", max_files=2)[0].name != first[0].name
    Path(files[4]).write_text("date 2020-01-01\nA changed article.\n", encoding="utf-8")
    changed = plan_chunks(files, "key", max_files=2)
    assert [c.name for c in changed[:2]] == [c.name for c in first[:2]]
    assert changed[2].name != first[2].name


@pytest.fixture(scope="module")
def shard_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    """Four real articles (and one bad file) ingested with shards by one worker."""
    base = tmp_path_factory.mktemp("shards")
    corpus = base / "in"
    _write_corpus(corpus, 4)
    (corpus / "zz_empty.txt").write_text("", encoding="utf-8")
    shards = base / "shards"
    config = RunConfig(workers=1, shards=shards, chunk_files=2)
    with Store(base / "first.db") as store:
        summary = PoolExecutor().run([str(corpus)], store, config)
    assert summary.new == 4
    assert len(summary.rejected) == 1
    return corpus, shards, base / "first.db"


def test_runner_shard_holds_v1_record_and_article(shard_run: tuple[Path, Path, Path]) -> None:
    _, shards, _ = shard_run
    paths = sorted(shards.glob("part-*.parquet"))
    assert len(paths) == 3
    rows = []
    for path in paths:
        table = pq.read_table(path)
        assert table.schema.equals(shard_schema())
        rows.extend(table.to_pylist())
    assert [r["kind"] for r in rows] == ["article"] * 4 + ["input_error"]
    assert all(r["entities"] and r["body"] and r["article"] for r in rows[:4])
    assert rows[4]["problem"] == "empty file"


def test_runner_resume_reuses_written_shards(
    shard_run: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    corpus, shards, first_db = shard_run
    copy = tmp_path / "shards"
    copy.mkdir()
    paths = sorted(shards.glob("part-*.parquet"))
    for path in paths:
        os.link(path, copy / path.name)
    (copy / paths[1].name).unlink()  # as if the run had stopped while on the second chunk
    stamps = {p.name: p.stat().st_mtime_ns for p in paths}
    config = RunConfig(workers=1, shards=copy, chunk_files=2)
    with Store(tmp_path / "again.db") as store:
        summary = PoolExecutor().run([str(corpus)], store, config)
    assert summary.new == 4
    assert sorted(p.name for p in copy.glob("part-*.parquet")) == [p.name for p in paths]
    assert (copy / paths[0].name).stat().st_mtime_ns == stamps[paths[0].name]
    assert (copy / paths[2].name).stat().st_mtime_ns == stamps[paths[2].name]
    assert _snapshot(tmp_path / "again.db") == _snapshot(first_db)


def test_runner_load_shards_rebuilds_the_store(
    shard_run: tuple[Path, Path, Path], tmp_path: Path
) -> None:
    _, shards, first_db = shard_run
    with Store(tmp_path / "loaded.db") as store:
        summary = load_shards(shards, store, pipeline="[]")
    assert summary.new == 4
    assert _snapshot(tmp_path / "loaded.db") == _snapshot(first_db)
