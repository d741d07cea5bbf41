"""Writing one processed article, every layer of it, inside the caller's transaction.

The tables and columns come from `newsdossier.store.schema.layers`, derived from the
record's dataclasses; only what is not the record's shape is written here by hand (the
ungrouped mentions, the statements' full-text indexes, the documents' extra columns, the
aggregates of the read model).
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from newsdossier.article import Article, to_plain
from newsdossier.store.aggregates import add_document
from newsdossier.store.schema import LAYER_BY_TABLE, LAYERS, Column, Layer

Rows = dict[str, list[tuple[Any, ...]]]


def write_article(conn: sqlite3.Connection, article: Article, pipeline: str) -> None:
    """Insert the article and all its layers (entity ids must already be resolved), and
    add its share to the read model's aggregates (`newsdossier.store.aggregates`)."""
    extra = {"pipeline": pipeline, "ingested_at": datetime.now(UTC).isoformat(timespec="seconds")}
    rows = record_rows(LAYERS, article, extra)
    mentions = LAYER_BY_TABLE["mentions"]
    grouped = {(m.field, m.start, m.end) for e in article.entities for m in e.mentions}
    rows["mentions"] += [
        (article.id, None, *row_values(mentions, m))
        for m in article.mentions
        if (m.field, m.start, m.end) not in grouped
    ]
    for layer in LAYERS:
        insert_rows(conn, layer, rows[layer.table])
    for i, statement in enumerate(article.statements):
        # The unstemmed twin shares the stemmed row's rowid (see `newsdossier.query.search`).
        row = conn.execute(
            "INSERT INTO statements_fts (text, doc_id, idx) VALUES (?,?,?)",
            (statement.text, article.id, i),
        )
        conn.execute(
            "INSERT INTO statements_exact (rowid, text) VALUES (?,?)",
            (row.lastrowid, statement.text),
        )
    add_document(conn, article.id)


def record_rows(layers: tuple[Layer, ...], root: Any, extra: dict[str, Any]) -> Rows:
    """The rows of every table in ``layers`` (``documents`` first) for one root record;
    ``extra`` holds the values of the documents' extra columns."""
    top = layers[0]
    rows: Rows = defaultdict(list)
    rows[top.table].append((*row_values(top, root), *(extra[name] for name in top.extra)))
    _child_rows(layers, top, root, 0, (root.id, rows))
    return rows


def _child_rows(
    layers: tuple[Layer, ...], parent: Layer, obj: Any, idx: int, into: tuple[str, Rows]
) -> None:
    doc_id, rows = into
    for layer in layers:
        if layer.parent != parent.table or layer.field is None:
            continue
        keys: list[Any] = [doc_id]
        if layer.parent_key:
            source = layer.parent_key[1]
            keys.append(idx if source == "idx" else getattr(obj, source))
        for i, item in enumerate(getattr(obj, layer.field)):
            position = [i] if layer.indexed else []
            rows[layer.table].append((*keys, *position, *row_values(layer, item)))
            _child_rows(layers, layer, item, i, into)


def row_values(layer: Layer, item: Any) -> list[Any]:
    """The values of ``item`` (one row's record) for the non-key columns of ``layer``."""
    return [_encode(column, item) for column in layer.columns]


def _encode(column: Column, item: Any) -> Any:
    value = getattr(item, column.field)
    if column.sub is not None:
        return None if value is None else getattr(value, column.sub)
    if column.codec == "json":
        return json.dumps(to_plain(value), ensure_ascii=False)
    if column.codec == "bool":
        return int(value)
    return value


def insert_rows(conn: sqlite3.Connection, layer: Layer, rows: list[tuple[Any, ...]]) -> None:
    """Insert ``rows`` (values in `Layer.column_names` order) into the layer's table."""
    if not rows:
        return
    names = ", ".join(f'"{name}"' for name in layer.column_names)
    marks = ",".join("?" * len(layer.column_names))
    conn.executemany(f"INSERT INTO {layer.table} ({names}) VALUES ({marks})", rows)
