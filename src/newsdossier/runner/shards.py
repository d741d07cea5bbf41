"""Parquet shards: the per-article output of stages 1-7, one file per input chunk.

Inputs are split into chunks of whole files, in input order. A chunk's shard has a
deterministic name (its position and a digest of the pipeline, the model and each
file's path, size and modification time), so a run that failed or was interrupted
resumes by skipping the chunks whose shard is already written.

A shard holds one row per input item, in input order:

- bookkeeping: ``file`` and ``record`` (position in the run), ``kind`` (``article``,
  ``rejected`` or ``input_error``), ``code`` and ``problem`` for the last two;
- the export record (docs/record.md) as nested columns (``id``, ``published``, ``title``, ``body``,
  ``entities``, ``statements``, ``timexes``, ...; entity ids are still article-local,
  ``e0``, ``e1``... until the store resolves them across the corpus);
- ``article``: the whole `Article` as JSON without its tokens, which `load_rows` turns
  back into the record the store writes (the record columns are for DuckDB, Spark, pandas).
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsdossier import __version__
from newsdossier.article import Article
from newsdossier.errors import InputError
from newsdossier.record import export_record
from newsdossier.runner.config import CHUNK_BYTES, CHUNK_FILES
from newsdossier.runner.summary import IngestSummary, store_results
from newsdossier.store import Store
from newsdossier.store.arrow import RECORD_SCHEMA

Row = dict[str, Any]

#: Bump when the row layout changes, so old shards are not mistaken for current ones.
SHARD_FORMAT = 1


@dataclass(frozen=True, slots=True)
class Chunk:
    """A run of whole input files whose results form one shard."""

    index: int
    name: str
    files: tuple[tuple[int, str], ...]


def run_key(stages: Sequence[str], model: str, published: str | None) -> str:
    """A digest of everything besides the inputs that decides a shard's content."""
    parts = [str(SHARD_FORMAT), __version__, model, published or "", *stages]
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def plan_chunks(
    files: Sequence[str],
    key: str,
    *,
    max_files: int = CHUNK_FILES,
    max_bytes: int = CHUNK_BYTES,
) -> list[Chunk]:
    """Split ``files`` (in order) into chunks with deterministic shard names."""
    chunks: list[Chunk] = []
    current: list[tuple[int, str]] = []
    size = 0
    for index, name in enumerate(files):
        file_size = _size(name)
        if current and (len(current) >= max_files or size + file_size > max_bytes):
            chunks.append(_chunk(len(chunks), current, key))
            current, size = [], 0
        current.append((index, name))
        size += file_size
    if current:
        chunks.append(_chunk(len(chunks), current, key))
    return chunks


def _size(name: str) -> int:
    try:
        return os.stat(name).st_size
    except OSError:
        return 0


def _chunk(index: int, files: list[tuple[int, str]], key: str) -> Chunk:
    digest = hashlib.sha256(key.encode())
    for _, name in files:
        try:
            st = os.stat(name)
            stamp = f"{os.path.abspath(name)}|{st.st_size}|{st.st_mtime_ns}"
        except OSError:
            stamp = f"{name}|missing"
        digest.update(stamp.encode())
    return Chunk(index, f"part-{index:05d}-{digest.hexdigest()[:16]}", tuple(files))


def shard_path(folder: Path, chunk: Chunk) -> Path:
    """Where the shard of ``chunk`` lives."""
    return folder / f"{chunk.name}.parquet"


def article_row(article: Article, file: int, record: int) -> Row:
    """The transport row of a processed (or rejected) article, without its tokens."""
    data = article.to_dict()
    data["tokens"] = []
    return {
        "file": file,
        "record": record,
        "kind": "rejected" if article.rejection else "article",
        "id": article.id,
        "source": article.source,
        "code": article.rejection.code if article.rejection else None,
        "problem": article.rejection.detail if article.rejection else None,
        "article": json.dumps(data, ensure_ascii=False),
    }


def error_row(error: InputError, file: int, record: int) -> Row:
    """The transport row of an input that could not be read as an article."""
    return {
        "file": file,
        "record": record,
        "kind": "input_error",
        "id": None,
        "source": error.path,
        "code": error.code,
        "problem": error.problem,
        "article": None,
    }


def in_order(rows: Iterable[Row]) -> list[Row]:
    """Rows sorted by their position in the input."""
    return sorted(rows, key=lambda r: (int(r["file"]), int(r["record"])))


def write_shard(folder: Path, chunk: Chunk, rows: Sequence[Row]) -> Path:
    """Write the rows of ``chunk`` atomically (a half-written shard is never seen)."""
    folder.mkdir(parents=True, exist_ok=True)
    path = shard_path(folder, chunk)
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    pq.write_table(_table(in_order(rows)), tmp)
    os.replace(tmp, path)
    return path


def _table(rows: Sequence[Row]) -> Any:
    schema = shard_schema()
    out = []
    for row in rows:
        full = dict.fromkeys(RECORD_SCHEMA.names)
        if row["kind"] == "article":
            full.update(export_record(Article.from_dict(json.loads(row["article"]))))
        full.update(row)
        out.append(full)
    return pa.Table.from_pylist(out, schema=schema)


def shard_schema() -> Any:
    """The Arrow schema of a shard: bookkeeping columns, the export record, ``article``."""
    head = [
        pa.field("file", pa.int64()),
        pa.field("record", pa.int64()),
        pa.field("kind", pa.string()),
        pa.field("code", pa.string()),
        pa.field("problem", pa.string()),
    ]
    return pa.schema([*head, *RECORD_SCHEMA, pa.field("article", pa.string())])


_ROW_COLUMNS = ["file", "record", "kind", "id", "source", "code", "problem", "article"]


def read_shard(path: Path) -> list[Row]:
    """The transport rows of a shard, in input order."""
    table = pq.read_table(path, columns=_ROW_COLUMNS)
    return in_order(table.to_pylist())


def load_rows(store: Store, rows: Iterable[Row], summary: IngestSummary, *, pipeline: str) -> None:
    """Store rows in the order given: articles added (and resolved), problems recorded."""

    def articles() -> Iterator[Article]:
        for row in rows:
            if row["kind"] == "input_error":
                summary.rejected.append((row["source"], row["problem"]))
                store.reject(row["source"], stage="ingest", code=row["code"], detail=row["problem"])
                continue
            yield Article.from_dict(json.loads(row["article"]))

    store_results(store, articles(), summary, pipeline=pipeline)


def load_shards(folder: Path, store: Store, *, pipeline: str) -> IngestSummary:
    """Load every shard under ``folder`` into ``store``, in shard-name order."""
    summary = IngestSummary()
    for path in sorted(folder.glob("part-*.parquet")):
        load_rows(store, read_shard(path), summary, pipeline=pipeline)
    return summary
