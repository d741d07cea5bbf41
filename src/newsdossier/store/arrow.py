"""The Arrow schema of the v1 export record: one row per article, layers as nested lists.

Derived from the `newsdossier.article` dataclasses, as the export record itself is.
"""

from __future__ import annotations

from typing import Any, Literal, get_origin

import pyarrow as pa

from newsdossier.article import Article, Shape, is_record, unwrap
from newsdossier.record import exported_fields

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def arrow_type(hint: Any, shape: Shape) -> pa.DataType:
    """The Arrow type of an exported field with type ``hint`` and `Shape` ``shape``."""
    inner, _, repeated = unwrap(hint)
    if is_record(inner):
        fields = [(n, arrow_type(h, s)) for n, s, h in exported_fields(inner)]
        if shape.export_only:
            fields = [f for f in fields if f[0] in shape.export_only]
        if shape.export_as == "values":
            (item,) = {t for _, t in fields}
            kind: pa.DataType = pa.list_(item)
        else:
            kind = pa.struct(fields)
    else:
        kind = pa.string() if get_origin(inner) is Literal else _SCALARS[inner]
    return pa.list_(kind) if repeated else kind


def record_schema(cls: type = Article) -> pa.Schema:
    """The Arrow schema of the export record of dataclass ``cls`` (``version`` first)."""
    fields = [(n, arrow_type(h, s)) for n, s, h in exported_fields(cls)]
    return pa.schema([("version", pa.int64()), *fields])


RECORD_SCHEMA = record_schema()
