"""The Arrow schema of the v1 export record: one row per article, layers as nested lists."""

from __future__ import annotations

import pyarrow as pa

_s = pa.string()
_i = pa.int64()

_PARTICIPANT = pa.struct([("entity_id", _s), ("name", _s), ("role", _s)])
_REF = pa.struct([("entity_id", _s), ("name", _s)])

RECORD_SCHEMA = pa.schema(
    [
        ("version", _i),
        ("id", _s),
        ("source", _s),
        ("url", _s),
        ("outlet", _s),
        ("author", _s),
        ("published", _s),
        ("dateline", _s),
        ("dateline_place", _s),
        ("language", _s),
        ("title", _s),
        ("kicker", _s),
        ("caption", _s),
        ("caption_credit", _s),
        ("body", _s),
        ("duplicate_of", _s),
        ("removed", pa.list_(_s)),
        ("warnings", pa.list_(_s)),
        ("sentences", pa.list_(pa.list_(_i))),
        (
            "entities",
            pa.list_(
                pa.struct(
                    [
                        ("id", _s),
                        ("name", _s),
                        ("type", _s),
                        ("aliases", pa.list_(_s)),
                        (
                            "mentions",
                            pa.list_(
                                pa.struct([("start", _i), ("end", _i), ("text", _s), ("field", _s)])
                            ),
                        ),
                    ]
                )
            ),
        ),
        (
            "statements",
            pa.list_(
                pa.struct(
                    [
                        ("text", _s),
                        ("start", _i),
                        ("end", _i),
                        ("kind", _s),
                        ("speaker", _REF),
                        ("source_description", _s),
                        ("cue", _s),
                        ("date", _s),
                        ("confidence", pa.float64()),
                        ("reported_by", _i),
                    ]
                )
            ),
        ),
        (
            "timexes",
            pa.list_(
                pa.struct(
                    [
                        ("text", _s),
                        ("start", _i),
                        ("end", _i),
                        ("type", _s),
                        ("value", _s),
                        ("mod", _s),
                        ("field", _s),
                    ]
                )
            ),
        ),
        (
            "roles",
            pa.list_(
                pa.struct(
                    [
                        ("entity_id", _s),
                        ("person", _s),
                        ("title", _s),
                        ("organization", _s),
                        ("start", _s),
                        ("end", _s),
                        ("former", pa.bool_()),
                        ("as_of", _s),
                        ("start_char", _i),
                        ("end_char", _i),
                        ("field", _s),
                    ]
                )
            ),
        ),
        (
            "events",
            pa.list_(
                pa.struct(
                    [
                        ("type", _s),
                        ("trigger", _s),
                        ("date", _s),
                        ("place", _s),
                        ("participants", pa.list_(_PARTICIPANT)),
                        ("sentence", _s),
                        ("start", _i),
                        ("end", _i),
                    ]
                )
            ),
        ),
        (
            "relations",
            pa.list_(
                pa.struct(
                    [
                        ("type", _s),
                        ("subject", _REF),
                        ("object", _REF),
                        ("start", _s),
                        ("end", _s),
                        ("sentence", _s),
                        ("start_char", _i),
                        ("end_char", _i),
                    ]
                )
            ),
        ),
    ]
)
