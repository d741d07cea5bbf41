"""Stage 8 for copies: a new article checked against the stored corpus through LSH band keys.

Called inside `Store.add`'s transaction. The article's body is indexed (its band keys
stored), compared exactly with the few stored articles sharing a band, and, if it is a
copy, joined to their cluster. Every member's ``duplicate_of`` names the cluster's
earliest copy (earliest publication date, then first stored), which has none; when a
newer-stored article turns out to be the earliest, the cluster is re-pointed at it.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from newsdossier.article import Article
from newsdossier.dedup import MIN_SHINGLES, band_keys, is_copy, shingles, signature
from newsdossier.store.load import load_article

#: Most stored candidates compared exactly with a new article (those sharing most bands).
MAX_CANDIDATES = 50
#: Most stored documents taken from one band key (bounds the work in large clusters).
PER_KEY = 20


@dataclass(frozen=True, slots=True)
class Copy:
    """One copy of a story: document, outlet, date, and where it was read from."""

    doc_id: str
    outlet: str | None
    published: str | None
    source: str
    duplicate_of: str | None


def mark_duplicate(conn: sqlite3.Connection, article: Article) -> Article:
    """Index ``article`` and return it with ``duplicate_of`` set if it copies a stored story."""
    body = shingles(article.body)
    if len(body) < MIN_SHINGLES:
        return dataclasses.replace(article, duplicate_of=None)
    keys = band_keys(signature(body))
    roots: set[str] = set()
    for doc_id, dup_of in _candidates(conn, keys):
        root = dup_of or doc_id
        if root not in roots and is_copy(body, shingles(_body(conn, doc_id))):
            roots.add(root)  # one member found is enough: the rest of its cluster is skipped
    seq = _index(conn, article.id, keys, len(body))
    if not roots:
        return dataclasses.replace(article, duplicate_of=None)
    earliest = _earliest(conn, roots, article, seq)
    _repoint(conn, roots - {earliest}, earliest)
    return dataclasses.replace(article, duplicate_of=None if earliest == article.id else earliest)


def _candidates(conn: sqlite3.Connection, keys: list[int]) -> list[tuple[str, str | None]]:
    """Stored documents sharing a band with ``keys``, most shared bands first.

    Each band key contributes at most ``PER_KEY`` documents (the first stored), so the
    work per article stays bounded however large a cluster of copies grows."""
    hits: dict[int, int] = {}
    for key in keys:
        for (seq,) in conn.execute(
            "SELECT seq FROM dedup_bands WHERE key = ? ORDER BY seq LIMIT ?", (key, PER_KEY)
        ):
            hits[seq] = hits.get(seq, 0) + 1
    best = sorted(hits, key=lambda seq: (-hits[seq], seq))[:MAX_CANDIDATES]
    out = []
    for seq in best:
        row = conn.execute(
            "SELECT d.doc_id, doc.duplicate_of FROM dedup_docs d"
            " JOIN documents doc ON doc.id = d.doc_id WHERE d.seq = ?",
            (seq,),
        ).fetchone()
        if row:
            out.append((str(row[0]), row[1]))
    return out


def _body(conn: sqlite3.Connection, doc_id: str) -> str:
    row = conn.execute("SELECT body FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return str(row[0]) if row else ""


def _index(conn: sqlite3.Connection, doc_id: str, keys: list[int], size: int) -> int:
    cur = conn.execute("INSERT INTO dedup_docs (doc_id, shingles) VALUES (?, ?)", (doc_id, size))
    seq = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT OR IGNORE INTO dedup_bands VALUES (?, ?)", [(key, seq) for key in keys]
    )
    return seq


def _earliest(conn: sqlite3.Connection, roots: set[str], article: Article, seq: int) -> str:
    marks = ",".join("?" * len(roots))
    rows = conn.execute(
        f"SELECT doc.id, doc.published, d.seq FROM documents doc"
        f" JOIN dedup_docs d ON d.doc_id = doc.id WHERE doc.id IN ({marks})",
        sorted(roots),
    ).fetchall()
    dated = [(r[0], r[1], r[2]) for r in rows] + [(article.id, article.published, seq)]
    return str(min(dated, key=lambda t: (t[1] is None, t[1] or "", t[2]))[0])


def _repoint(conn: sqlite3.Connection, old_roots: Iterable[str], root: str) -> None:
    for old in old_roots:
        conn.execute(
            "UPDATE documents SET duplicate_of = ? WHERE id = ? OR duplicate_of = ?",
            (root, old, old),
        )
    conn.execute("UPDATE documents SET duplicate_of = NULL WHERE id = ?", (root,))


def cluster(conn: sqlite3.Connection, doc_id: str) -> list[Copy]:
    """Every stored copy of the story of ``doc_id`` (itself alone if none), earliest first."""
    row = conn.execute("SELECT duplicate_of FROM documents WHERE id = ?", (doc_id,)).fetchone()
    if row is None:
        return []
    root = row[0] or doc_id
    rows = conn.execute(
        "SELECT id, outlet, published, source, duplicate_of FROM documents"
        " WHERE id = ? OR duplicate_of = ?",
        (root, root),
    ).fetchall()
    copies = [Copy(r[0], r[1], r[2], r[3], r[4]) for r in rows]
    return sorted(copies, key=lambda c: (c.duplicate_of is not None, c.published or "", c.doc_id))


def backfill(conn: sqlite3.Connection) -> int:
    """Index (and mark) stored documents that predate the duplicate index; returns how many.

    Run inside a transaction, e.g. ``with store.transaction() as conn: backfill(conn)``."""
    ids = [
        r[0]
        for r in conn.execute(
            "SELECT id FROM documents WHERE id NOT IN (SELECT doc_id FROM dedup_docs)"
            " ORDER BY rowid"
        )
    ]
    for doc_id in ids:
        marked = mark_duplicate(conn, load_article(conn, doc_id))
        conn.execute(
            "UPDATE documents SET duplicate_of = ? WHERE id = ?", (marked.duplicate_of, doc_id)
        )
    return len(ids)
