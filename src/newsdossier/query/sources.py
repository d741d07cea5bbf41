"""Provenance: from (article, field, offsets) to a `Source` with the sentence around it."""

from __future__ import annotations

import sqlite3
from typing import Literal

from newsdossier.errors import QueryError
from newsdossier.limits import MAX_LIMIT, MAX_OFFSET, MAX_QUERY_CHARS
from newsdossier.query.rows import Page, Source

__all__ = [
    "MAX_LIMIT",
    "Page",
    "Sort",
    "SourceResolver",
    "check_page",
    "check_text",
    "direction",
]

#: How a dated list is ordered: ``-date`` newest first (the default), ``date`` oldest first.
Sort = Literal["date", "-date"]


def direction(sort: Sort) -> Literal["ASC", "DESC"]:
    """The SQL direction of ``sort``; anything but ``date`` or ``-date`` is a `QueryError`."""
    if sort not in ("date", "-date"):
        raise QueryError(f"sort must be 'date' or '-date', not {sort!r}")
    return "ASC" if sort == "date" else "DESC"


def check_page(limit: int, offset: int) -> None:
    """Refuse a page size or start that makes no sense."""
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}, not {limit}")
    if not 0 <= offset <= MAX_OFFSET:
        raise QueryError(f"offset must be between 0 and {MAX_OFFSET}, not {offset}")


def check_text(value: str, name: str) -> str:
    """``value`` unless it is longer than `MAX_QUERY_CHARS` (then a one-line `QueryError`)."""
    if len(value) > MAX_QUERY_CHARS:
        raise QueryError(
            f"{name} is {len(value):,} characters long; the limit is {MAX_QUERY_CHARS:,}"
        )
    return value


class SourceResolver:
    """Builds `Source` rows, caching each article's metadata and short fields once; of a
    body only the sentences a fact sits in are read."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._docs: dict[str, sqlite3.Row] = {}

    def _doc(self, doc_id: str) -> sqlite3.Row:
        row = self._docs.get(doc_id)
        if row is None:
            row = self.conn.execute(
                "SELECT key, id, title, outlet, published, caption, kicker, deck"
                " FROM documents WHERE id = ?",
                (doc_id,),
            ).fetchone()
            if row is None:
                raise QueryError(f"no document with id {doc_id!r}")
            self._docs[doc_id] = row
        return row

    def source(self, doc_id: str, start: int, end: int, field: str = "body") -> Source:
        """The source of a fact at ``start:end`` of ``field`` in article ``doc_id``."""
        doc = self._doc(doc_id)
        if field != "body":
            text = (doc[field] if field in ("title", "caption", "kicker", "deck") else None) or ""
            return Source(
                doc_id,
                field,
                start,
                end,
                text,
                0,
                len(text),
                doc["title"],
                doc["outlet"],
                doc["published"],
            )
        text, s_start, s_end = self._sentences(doc["key"], start, max(end, start + 1))
        return Source(
            doc_id,
            field,
            start,
            end,
            text,
            s_start,
            s_end,
            doc["title"],
            doc["outlet"],
            doc["published"],
        )

    def _sentences(self, key: int, start: int, end: int) -> tuple[str, int, int]:
        """The text and bounds of the sentences of document ``key`` that ``start:end``
        overlaps (the span itself when no sentence does)."""
        row = self.conn.execute(
            "SELECT substr(d.body, coalesce(b.lo, :start) + 1,"
            " coalesce(b.hi, :end) - coalesce(b.lo, :start)), b.lo, b.hi"
            ' FROM (SELECT min(start) AS lo, max("end") AS hi FROM sentences'
            ' WHERE doc = :key AND "end" > :start AND start < :end) AS b'
            " JOIN documents d ON d.key = :key",
            {"key": key, "start": start, "end": end},
        ).fetchone()
        if row[1] is None:
            return str(row[0]), start, end
        return str(row[0]), int(row[1]), int(row[2])
