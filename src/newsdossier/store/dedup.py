"""Stage 8 for copies: a new article checked against the stored corpus through LSH band keys.

Called inside `Store.add`'s transaction. The article's body is compared exactly with the
few stored articles sharing a band and, if it is a copy, joined to their cluster; once the
article is written, its band keys are stored under its document key (`index_document`).
Every member's ``duplicate_of`` names the cluster's earliest copy (earliest publication
date, then first stored), which has none; when a newer-stored article turns out to be the
earliest, the cluster is re-pointed at it.
"""

from __future__ import annotations

import dataclasses
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass

from newsdossier.article import Article
from newsdossier.dedup import MIN_SHINGLES, band_keys, is_copy, shingles, signature
from newsdossier.store.aggregates import refresh_stories
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


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the duplicate index keeps of one body: its LSH band keys not yet holding
    `PER_KEY` documents (a key's later documents are never read) and shingle count;
    ``regrouped`` names the article a stored cluster was re-pointed at (it is the
    cluster's earliest copy), whose copies' story keys must follow once it is stored."""

    keys: tuple[int, ...]
    size: int
    regrouped: str | None = None


def mark_duplicate(
    conn: sqlite3.Connection, article: Article
) -> tuple[Article, Fingerprint | None]:
    """``article`` with ``duplicate_of`` set if it copies a stored story (re-pointing the
    cluster when it is the earliest copy), and the fingerprint to index once it is stored
    (`None` for a body too short to compare)."""
    body = shingles(article.body)
    if len(body) < MIN_SHINGLES:
        return dataclasses.replace(article, duplicate_of=None), None
    candidates, open_keys = _candidates(conn, band_keys(signature(body)))
    fingerprint = Fingerprint(open_keys, len(body))
    roots: set[str] = set()
    for doc_id, dup_of in candidates:
        root = dup_of or doc_id
        if root not in roots and is_copy(body, shingles(_body(conn, doc_id))):
            roots.add(root)  # one member found is enough: the rest of its cluster is skipped
    if not roots:
        return dataclasses.replace(article, duplicate_of=None), fingerprint
    earliest = _earliest(conn, roots, article)
    _repoint(conn, roots - {earliest}, earliest)
    marked = dataclasses.replace(article, duplicate_of=None if earliest == article.id else earliest)
    if roots - {earliest}:
        fingerprint = dataclasses.replace(fingerprint, regrouped=earliest)
    return marked, fingerprint


def index_document(conn: sqlite3.Connection, key: int, fingerprint: Fingerprint | None) -> None:
    """Store the band keys of the document with key ``key`` (nothing for `None`), and
    point the copies of a re-pointed cluster at their new earliest copy."""
    if fingerprint is None:
        return
    if fingerprint.regrouped is not None:
        refresh_stories(conn, fingerprint.regrouped)
    cur = conn.execute(
        "INSERT INTO dedup_docs (doc, shingles) VALUES (?, ?)", (key, fingerprint.size)
    )
    seq = int(cur.lastrowid or 0)
    conn.executemany(
        "INSERT OR IGNORE INTO dedup_bands VALUES (?, ?)", [(k, seq) for k in fingerprint.keys]
    )


def _candidates(
    conn: sqlite3.Connection, keys: Iterable[int]
) -> tuple[list[tuple[str, str | None]], tuple[int, ...]]:
    """Stored documents sharing a band with ``keys``, most shared bands first, and those
    of ``keys`` holding fewer than `PER_KEY` documents.

    Each band key contributes at most ``PER_KEY`` documents (the first stored), so the
    work per article stays bounded however large a cluster of copies grows; for the same
    reason a key holding that many is full: a later document stored under it would never
    be read, so it is not stored (the index stops growing with a story's copies)."""
    hits: dict[int, int] = {}
    open_keys: list[int] = []
    for key in keys:
        found = conn.execute(
            "SELECT seq FROM dedup_bands WHERE key = ? ORDER BY seq LIMIT ?", (key, PER_KEY)
        ).fetchall()
        if len(found) < PER_KEY:
            open_keys.append(key)
        for (seq,) in found:
            hits[seq] = hits.get(seq, 0) + 1
    best = sorted(hits, key=lambda seq: (-hits[seq], seq))[:MAX_CANDIDATES]
    out = []
    for seq in best:
        row = conn.execute(
            "SELECT doc.id, doc.duplicate_of FROM dedup_docs d"
            " JOIN documents doc ON doc.key = d.doc WHERE d.seq = ?",
            (seq,),
        ).fetchone()
        if row:
            out.append((str(row[0]), row[1]))
    return out, tuple(open_keys)


def _body(conn: sqlite3.Connection, doc_id: str) -> str:
    row = conn.execute("SELECT body FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return str(row[0]) if row else ""


def _earliest(conn: sqlite3.Connection, roots: set[str], article: Article) -> str:
    """The earliest published of the clusters' roots and ``article`` (stored last, so it
    loses a tie)."""
    marks = ",".join("?" * len(roots))
    rows = conn.execute(
        f"SELECT doc.id, doc.published, d.seq FROM documents doc"
        f" JOIN dedup_docs d ON d.doc = doc.key WHERE doc.id IN ({marks})",
        sorted(roots),
    ).fetchall()
    last = max((int(r[2]) for r in rows), default=0) + 1
    dated = [(r[0], r[1], r[2]) for r in rows] + [(article.id, article.published, last)]
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
    rows = conn.execute(
        "SELECT key, id FROM documents WHERE key NOT IN (SELECT doc FROM dedup_docs) ORDER BY key"
    ).fetchall()
    for key, doc_id in rows:
        marked, fingerprint = mark_duplicate(conn, load_article(conn, doc_id))
        conn.execute(
            "UPDATE documents SET duplicate_of = ? WHERE key = ?", (marked.duplicate_of, key)
        )
        index_document(conn, key, fingerprint)
    return len(rows)
