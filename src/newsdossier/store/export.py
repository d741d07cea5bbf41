"""Exporting the store: JSON Lines (the export record), CSV tables, Parquet (one row per
article)."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from newsdossier.article import Article
from newsdossier.errors import OutputError
from newsdossier.record import export_record, table_columns, table_rows
from newsdossier.store.arrow import RECORD_SCHEMA
from newsdossier.store.load import load_article


def iter_articles(conn: sqlite3.Connection) -> Iterator[Article]:
    """Every stored article, by publication date then id."""
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY published, id")]
    for doc_id in ids:
        yield load_article(conn, doc_id)


def export_jsonl(conn: sqlite3.Connection, output: Path | None) -> int:
    """One export record per line to ``output`` (stdout when None); returns the count."""
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    count = 0
    try:
        for article in iter_articles(conn):
            out.write(json.dumps(export_record(article), ensure_ascii=False) + "\n")
            count += 1
    finally:
        if output:
            out.close()
    return count


#: CSV tables and their columns, derived from the record (`newsdossier.record`).
_CSV_TABLES = table_columns()


def export_csv(conn: sqlite3.Connection, output: Path | None) -> int:
    """One CSV file per table of the flattened record (documents, then each layer: entities,
    statements, ...) in folder ``output``; columns as `newsdossier.record.table_columns`."""
    folder = output or Path("newsdossier-csv")
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        name: (folder / f"{name}.csv").open("w", encoding="utf-8", newline="")
        for name in _CSV_TABLES
    }
    count = 0
    try:
        writers = {name: csv.writer(f) for name, f in files.items()}
        for name, columns in _CSV_TABLES.items():
            writers[name].writerow(columns)
        for article in iter_articles(conn):
            for name, rows in table_rows(export_record(article)).items():
                writers[name].writerows(rows)
            count += 1
    finally:
        for f in files.values():
            f.close()
    return count


def export_parquet(conn: sqlite3.Connection, output: Path | None) -> int:
    """One row per article (the export record, nested) in Parquet file ``output``."""
    path = output or Path("newsdossier.parquet")
    count = 0
    with pq.ParquetWriter(path, RECORD_SCHEMA) as writer:
        batch: list[dict[str, Any]] = []
        for article in iter_articles(conn):
            batch.append(export_record(article))
            count += 1
            if len(batch) >= 500:
                writer.write_table(pa.Table.from_pylist(batch, schema=RECORD_SCHEMA))
                batch = []
        if batch or count == 0:
            writer.write_table(pa.Table.from_pylist(batch, schema=RECORD_SCHEMA))
    return count


#: Where each format writes when no ``-o`` is given.
DEFAULT_OUTPUTS = {"csv": Path("newsdossier-csv"), "parquet": Path("newsdossier.parquet")}


def export_target(format: str, output: Path | None, *, force: bool = False) -> Path | None:
    """The path an export of ``format`` will write (None: stdout), checked before writing.

    Raises a one-line `OutputError` when its folder is missing or not writable, when it is
    a folder but a file is wanted (or the other way round), or when it exists and
    ``force`` is not set."""
    path = output or DEFAULT_OUTPUTS.get(format)
    if path is None:
        return None
    folder = path.parent
    if not folder.is_dir():
        raise OutputError(f"{path}: folder {folder} does not exist; create it first")
    if format == "csv":
        if path.exists() and not path.is_dir():
            raise OutputError(f"{path}: is a file; csv export writes a folder of tables")
        taken = [t for t in _CSV_TABLES if (path / f"{t}.csv").exists()]
        if taken and not force:
            raise OutputError(f"{path}: already holds {taken[0]}.csv; pass --force to replace")
    elif path.is_dir():
        raise OutputError(f"{path}: is a folder; {format} export writes one file")
    elif path.exists() and not force:
        raise OutputError(f"{path}: already exists; pass --force to replace it")
    if not os.access(folder, os.W_OK) or (path.exists() and not os.access(path, os.W_OK)):
        raise OutputError(f"{path}: cannot write here (permission denied)")
    return path


EXPORTERS: dict[str, Callable[[sqlite3.Connection, Path | None], int]] = {
    "jsonl": export_jsonl,
    "csv": export_csv,
    "parquet": export_parquet,
}
