"""A store's layer rows as another store would hold them: by public document id.

Integer document keys (and statement keys) follow the order articles were stored in, so
two stores of the same articles written in different orders (by different engines) hold
the same rows under different keys; these rows name the document by its id instead.
"""

from __future__ import annotations

import sqlite3

Row = tuple[tuple[str, object], ...]


def layer_rows(conn: sqlite3.Connection, table: str, columns: str = "*") -> list[Row]:
    """The rows of ``table`` (its ``columns``), ``doc`` replaced by the document's id and
    the surrogate ``key`` left out, sorted."""
    ids = dict(conn.execute("SELECT key, id FROM documents").fetchall())
    cursor = conn.execute(f"SELECT {columns} FROM {table}")
    names = [d[0] for d in cursor.description]
    rows = []
    for values in cursor:
        row = dict(zip(names, values, strict=True))
        row.pop("key", None)
        if "doc" in row:
            row["doc"] = ids[row["doc"]]
        rows.append(tuple(row.items()))
    return sorted(rows, key=repr)
