"""Exporting the store: JSON Lines (record v1), CSV tables, Parquet (one row per article)."""

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
from newsdossier.record import export_record
from newsdossier.store.arrow import RECORD_SCHEMA
from newsdossier.store.load import load_article


def iter_articles(conn: sqlite3.Connection) -> Iterator[Article]:
    """Every stored article, by publication date then id."""
    ids = [r[0] for r in conn.execute("SELECT id FROM documents ORDER BY published, id")]
    for doc_id in ids:
        yield load_article(conn, doc_id)


def export_jsonl(conn: sqlite3.Connection, output: Path | None) -> int:
    """One v1 record per line to ``output`` (stdout when None); returns the count."""
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


_DOCUMENT_COLUMNS = [
    "id",
    "source",
    "url",
    "outlet",
    "author",
    "published",
    "dateline",
    "language",
    "title",
    "kicker",
    "caption",
    "body",
    "duplicate_of",
]

#: CSV tables: name -> (columns, rows of one record).
_CSV_TABLES: dict[str, tuple[list[str], Callable[[dict[str, Any]], list[list[Any]]]]] = {
    "documents": (_DOCUMENT_COLUMNS, lambda r: [[r[k] for k in _DOCUMENT_COLUMNS]]),
    "entities": (
        ["doc_id", "entity_id", "name", "type", "aliases", "mentions"],
        lambda r: [
            [r["id"], e["id"], e["name"], e["type"], "|".join(e["aliases"]), len(e["mentions"])]
            for e in r["entities"]
        ],
    ),
    "statements": (
        [
            "doc_id",
            "start",
            "end",
            "kind",
            "speaker_id",
            "speaker",
            "source_description",
            "cue",
            "date",
            "text",
        ],
        lambda r: [
            [
                r["id"],
                s["start"],
                s["end"],
                s["kind"],
                s["speaker"]["entity_id"] if s["speaker"] else None,
                s["speaker"]["name"] if s["speaker"] else None,
                s["source_description"],
                s["cue_lemma"],
                s["date"],
                s["text"],
            ]
            for s in r["statements"]
        ],
    ),
    "timexes": (
        ["doc_id", "field", "start", "end", "type", "value", "text"],
        lambda r: [
            [r["id"], t["field"], t["start"], t["end"], t["type"], t["value"], t["text"]]
            for t in r["timexes"]
        ],
    ),
    "roles": (
        [
            "doc_id",
            "entity_id",
            "person",
            "title",
            "organization",
            "start",
            "end",
            "former",
            "as_of",
        ],
        lambda r: [
            [
                r["id"],
                x["entity_id"],
                x["person"],
                x["title"],
                x["organization"],
                x["start"],
                x["end"],
                x["former"],
                x["as_of"],
            ]
            for x in r["roles"]
        ],
    ),
    "events": (
        ["doc_id", "type", "trigger", "date", "place", "participants", "sentence"],
        lambda r: [
            [
                r["id"],
                ev["type"],
                ev["trigger"],
                ev["date"],
                ev["place"],
                "|".join(p["name"] for p in ev["participants"]),
                ev["sentence"],
            ]
            for ev in r["events"]
        ],
    ),
}


def export_csv(conn: sqlite3.Connection, output: Path | None) -> int:
    """One CSV file per layer (documents, entities, statements, ...) in folder ``output``."""
    folder = output or Path("newsdossier-csv")
    folder.mkdir(parents=True, exist_ok=True)
    files = {
        name: (folder / f"{name}.csv").open("w", encoding="utf-8", newline="")
        for name in _CSV_TABLES
    }
    count = 0
    try:
        writers = {name: csv.writer(f) for name, f in files.items()}
        for name, (columns, _) in _CSV_TABLES.items():
            writers[name].writerow(columns)
        for article in iter_articles(conn):
            record = export_record(article)
            for name, (_, rows) in _CSV_TABLES.items():
                writers[name].writerows(rows(record))
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
