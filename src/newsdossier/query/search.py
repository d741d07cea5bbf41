"""Full-text search over article bodies and statements (SQLite FTS5)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from typing import Literal

from newsdossier.errors import QueryError
from newsdossier.limits import MAX_QUERY_TERMS
from newsdossier.query.sources import check_page, check_text


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
    """A safe FTS5 query for plain words: each word quoted, so punctuation cannot break it.

    Repeated words (case-insensitively) count once; more than `MAX_QUERY_TERMS` distinct
    words, or a text over `MAX_QUERY_CHARS`, is a one-line `QueryError`."""
    words = list(
        dict.fromkeys(w.casefold() for w in re.findall(r"[\w'’-]+", check_text(text, "the search")))
    )
    if not words:
        raise QueryError(f"nothing to search for in {text!r}")
    if len(words) > MAX_QUERY_TERMS:
        raise QueryError(
            f"the search has {len(words)} different words; the limit is {MAX_QUERY_TERMS}"
        )
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
    check_page(limit, offset)
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
    if _CJK.search(text):
        found = {h.doc_id for h in hits if h.kind == "article"}
        hits += [h for h in _substring_hits(conn, text, wanted, marks) if h.doc_id not in found]
    hits.sort(key=lambda h: (h.rank, h.kind, h.doc_id, h.start or 0))
    return hits[offset:wanted]


#: Han, kana and hangul: scripts written without spaces, which FTS5's unicode61 tokenizer
#: keeps as one token per run, so their words are found by substring instead.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _substring_hits(
    conn: sqlite3.Connection, text: str, wanted: int, marks: tuple[str, str]
) -> list[SearchHit]:
    """Articles whose body holds every CJK word of ``text`` (a scan; the request budget
    bounds it), ranked after the full-text matches."""
    words = [w for w in dict.fromkeys(re.findall(r"[\w'’-]+", text)) if _CJK.search(w)]
    where = " AND ".join("instr(body, ?) > 0" for _ in words)
    rows = conn.execute(
        f"SELECT id, title, body, published FROM documents WHERE {where} ORDER BY id LIMIT ?",
        (*words, wanted),
    ).fetchall()
    left, right = marks
    hits = []
    for r in rows:
        at = r["body"].find(words[0])
        lead = r["body"][max(0, at - 30) : at]
        tail = r["body"][at + len(words[0]) : at + len(words[0]) + 30]
        snippet = f"…{lead}{left}{words[0]}{right}{tail}…"
        label = r["title"] or r["body"][:80] + "…"
        hits.append(SearchHit("article", r["id"], label, r["published"], snippet, 0.0))
    return hits


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
