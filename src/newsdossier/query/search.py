"""Full-text search over article bodies and statements (SQLite FTS5)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Literal

from newsdossier.errors import QueryError


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One match: an article or a statement (with its offsets), with a highlighted snippet."""

    kind: Literal["article", "statement"]
    doc_id: str
    label: str
    date: str | None
    snippet: str
    rank: float
    start: int | None = None
    end: int | None = None


def fts_query(text: str) -> str:
    """A safe FTS5 query for plain words: each word quoted, so punctuation cannot break it."""
    words = re.findall(r"[\w'’-]+", text)
    if not words:
        raise QueryError(f"nothing to search for in {text!r}")
    return " ".join('"' + w.replace('"', '""') + '"' for w in words)


def search(
    conn: sqlite3.Connection,
    text: str,
    *,
    limit: int = 20,
    offset: int = 0,
    marks: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """Articles and statements matching ``text``, best first (``offset`` skips that many);
    ``marks`` surround the matched words in each snippet."""
    query = fts_query(text)
    left, right = marks
    wanted = limit + offset
    hits = [
        SearchHit("article", r["id"], r["title"] or r["lead"], r["published"], r["snip"], r["rank"])
        for r in conn.execute(
            "SELECT d.id, d.title, substr(d.body, 1, 80) || '…' AS lead, d.published, f.rank,"
            " snippet(documents_fts, 1, ?, ?, '…', 12) AS snip"
            " FROM documents_fts f JOIN documents d ON d.rowid = f.rowid"
            " WHERE documents_fts MATCH ? ORDER BY f.rank LIMIT ?",
            (left, right, query, wanted),
        )
    ]
    hits += [
        SearchHit(
            "statement",
            r["doc_id"],
            r["speaker"] or "(unattributed)",
            r["date"],
            r["snip"],
            r["rank"],
            r["start"],
            r["end"],
        )
        for r in conn.execute(
            "SELECT f.doc_id, s.date, coalesce(s.speaker_name, s.source_description) AS speaker,"
            ' s.start, s."end",'
            " f.rank, snippet(statements_fts, 0, ?, ?, '…', 12) AS snip"
            " FROM statements_fts f JOIN statements s ON s.doc_id = f.doc_id AND s.idx = f.idx"
            " WHERE statements_fts MATCH ? ORDER BY f.rank LIMIT ?",
            (left, right, query, wanted),
        )
    ]
    hits.sort(key=lambda h: (h.rank, h.kind, h.doc_id, h.start or 0))
    return hits[offset:wanted]


#: Markers `search` can put around matched words that no article text contains.
MATCH_MARKS = ("\x02", "\x03")


def split_marks(
    snippet: str, marks: tuple[str, str] = MATCH_MARKS
) -> tuple[str, list[tuple[int, int]]]:
    """A marked snippet as plain text plus the (start, end) offsets of the matched words."""
    left, right = marks
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length, opened = 0, -1
    for part in re.split(f"({re.escape(left)}|{re.escape(right)})", snippet):
        if part == left:
            opened = length
        elif part == right and opened >= 0:
            spans.append((opened, length))
            opened = -1
        elif part not in (left, right):
            plain.append(part)
            length += len(part)
    return "".join(plain), spans
