"""Reading a stored article back into an `Article`, with the store's resolved entities.

Every record is built by keyword from the columns `newsdossier.store.schema.layers`
derives from the dataclasses; only the reading order of some tables and the corpus-wide
entity columns are said here.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from functools import cache
from typing import Any

from newsdossier.article import Article, field_types, from_plain
from newsdossier.errors import QueryError
from newsdossier.store.schema import DOC_KEY, IDX_KEY, LAYERS, Column, Layer

#: Reading order of the tables whose rows have no position of their own.
_ORDER = {"doc_entities": "e.name", "mentions": "field, start"}
#: Columns of ``doc_entities`` read from the corpus-wide ``entities`` table instead.
_CORPUS_COLUMNS = {"name", "type", "aliases"}


def load_article(conn: sqlite3.Connection, doc_id: str) -> Article:
    """The stored article ``doc_id`` with every layer; entities carry their corpus-wide
    id, canonical name, type and all aliases."""
    row = conn.execute("SELECT * FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        raise QueryError(f"no document with id {doc_id!r}")
    article = load_record(conn, LAYERS, row, row["key"])
    assert isinstance(article, Article)
    return article


def load_record(conn: sqlite3.Connection, layers: tuple[Layer, ...], row: Any, key: int) -> Any:
    """The root record of ``layers`` stored as documents row ``row`` (document key
    ``key``), with its layers."""
    return _build(conn, layers, layers[0], row, key, {})


def _build(
    conn: sqlite3.Connection,
    layers: tuple[Layer, ...],
    layer: Layer,
    row: Any,
    key: int,
    nested: dict[str, dict[Any, list[Any]]],
) -> Any:
    kwargs = _decode(layer, row)
    for child in _children(layers, layer):
        assert child.field is not None
        if child.parent_key is None:
            kwargs[child.field] = tuple(
                _build(conn, layers, child, r, key, nested) for r in _select(conn, child, key)
            )
            continue
        if child.table not in nested:
            nested[child.table] = _grouped(conn, layers, child, key)
        parent = row[_column_of(layer, child.parent_key[1])]
        kwargs[child.field] = tuple(nested[child.table].get(parent, ()))
    return layer.cls(**kwargs)


@cache
def _children(layers: tuple[Layer, ...], layer: Layer) -> tuple[Layer, ...]:
    return tuple(
        child
        for child in layers
        if child.parent == layer.table and not child.json and child.field is not None
    )


def _grouped(
    conn: sqlite3.Connection, layers: tuple[Layer, ...], layer: Layer, key: int
) -> dict[Any, list[Any]]:
    assert layer.parent_key is not None
    column = layer.parent_key[0]
    groups: dict[Any, list[Any]] = defaultdict(list)
    for r in _select(conn, layer, key, f"AND {column} IS NOT NULL"):
        groups[r[column]].append(_build(conn, layers, layer, r, key, {}))
    return groups


def _select(conn: sqlite3.Connection, layer: Layer, key: int, where: str = "") -> list[Any]:
    order = IDX_KEY if layer.indexed else _ORDER.get(layer.table, "rowid")
    if layer.table != "doc_entities":
        sql = f"SELECT * FROM {layer.table} WHERE {DOC_KEY}=? {where} ORDER BY {order}"
        return conn.execute(sql, (key,)).fetchall()
    names = [f"e.{name}" if name in _CORPUS_COLUMNS else f"d.{name}" for name in layer.column_names]
    sql = (
        f"SELECT {', '.join(names)} FROM doc_entities d JOIN entities e ON e.id = d.entity_id"
        f" WHERE d.{DOC_KEY}=? {where} ORDER BY {order}"
    )
    return conn.execute(sql, (key,)).fetchall()


def _column_of(layer: Layer, field: str) -> str:
    if field == "idx":
        return IDX_KEY
    return next(c.name for c in layer.columns if c.field == field and c.sub is None)


def _decode(layer: Layer, row: Any) -> dict[str, Any]:
    plain, coded, flat = _plan(layer)
    kwargs = {field: row[name] for name, field in plain}
    for column, hint in coded:
        value = row[column.name]
        if column.codec == "json":
            kwargs[column.field] = from_plain(hint, json.loads(value))
        else:
            kwargs[column.field] = bool(value)
    for name, hint, columns in flat:
        present = row[columns[0].name]
        values = {c.sub: row[c.name] for c in columns}
        kwargs[name] = from_plain(hint, values) if present else None
    return kwargs


_Plan = tuple[list[tuple[str, str]], list[tuple[Column, Any]], list[tuple[str, Any, list[Column]]]]


@cache
def _plan(layer: Layer) -> _Plan:
    """The layer's columns split by how they are decoded: as is, by codec, flattened."""
    hints = {f.name: hint for f, _, hint in field_types(layer.cls)}
    plain = [(c.name, c.field) for c in layer.columns if c.sub is None and c.codec == "value"]
    coded = [(c, hints[c.field]) for c in layer.columns if c.sub is None and c.codec != "value"]
    flat: dict[str, list[Column]] = defaultdict(list)
    for column in layer.columns:
        if column.sub is not None:
            flat[column.field].append(column)
    return plain, coded, [(name, hints[name], columns) for name, columns in flat.items()]
