"""Writing one processed article, every layer of it, inside the caller's transaction.

The tables and columns come from `newsdossier.store.schema.layers`, derived from the
record's dataclasses; only what is not the record's shape is written here by hand (the
ungrouped mentions, the documents' extra columns, the aggregates of the read model). The
full-text indexes are filled by the store's triggers.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from datetime import UTC, datetime
from typing import Any

from newsdossier.article import Article, to_plain
from newsdossier.store.aggregates import add_document
from newsdossier.store.event_items import add_event_items
from newsdossier.store.schema import LAYER_BY_TABLE, LAYERS, Column, Layer

Rows = dict[str, list[tuple[Any, ...]]]


def write_article(conn: sqlite3.Connection, article: Article, pipeline: str) -> int:
    """Insert the article and all its layers (entity ids must already be resolved), add
    its share to the read model's aggregates (`newsdossier.store.aggregates`), and return
    its integer document key."""
    extra = {"pipeline": pipeline, "ingested_at": datetime.now(UTC).isoformat(timespec="seconds")}
    top, children = LAYERS[0], LAYERS[1:]
    names = ", ".join(f'"{name}"' for name in top.column_names)
    marks = ",".join("?" * len(top.column_names))
    values = (*row_values(top, article), *(extra[name] for name in top.extra))
    cursor = conn.execute(f"INSERT INTO {top.table} ({names}) VALUES ({marks})", values)
    key = int(cursor.lastrowid or 0)
    rows = child_rows(LAYERS, article, key)
    mentions = LAYER_BY_TABLE["mentions"]
    grouped = {(m.field, m.start, m.end) for e in article.entities for m in e.mentions}
    rows["mentions"] += [
        (key, None, *row_values(mentions, m))
        for m in article.mentions
        if (m.field, m.start, m.end) not in grouped
    ]
    for layer in children:
        insert_rows(conn, layer, rows[layer.table])
    add_document(conn, key)
    add_event_items(conn, key)
    return key


def child_rows(layers: tuple[Layer, ...], root: Any, key: Any) -> Rows:
    """The rows of every table in ``layers`` below the first (``documents``) for one root
    record stored under document key ``key``."""
    rows: Rows = defaultdict(list)
    _child_rows(layers, layers[0], root, 0, (key, rows))
    return rows


def _child_rows(
    layers: tuple[Layer, ...], parent: Layer, obj: Any, idx: int, into: tuple[Any, Rows]
) -> None:
    key, rows = into
    for layer in layers:
        if layer.parent != parent.table or layer.field is None:
            continue
        keys: list[Any] = [key]
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
