"""Copies found in the store: duplicate_of names the earliest copy, incrementally, per add."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from eval.corpora import iter_polnear

from newsdossier.article import Article
from newsdossier.dedup import BANDS
from newsdossier.store import SCHEMA_VERSION, Store
from newsdossier.store.dedup import PER_KEY, backfill, cluster


def _article(body: str, *, outlet: str, published: str) -> Article:
    doc_id = hashlib.sha256(f"{outlet}|{body}".encode()).hexdigest()
    return Article(id=doc_id, source=f"{outlet}.txt", body=body, outlet=outlet, published=published)


@pytest.fixture(scope="module")
def bodies(shared: Path) -> list[str]:
    """Real article texts (PolNeAR dev), long ones."""
    texts = [t.text for t in iter_polnear("dev") if t.text.count("\n\n") >= 8]
    return texts[:6]


def _trim(text: str) -> str:
    paras = [p for p in text.split("\n\n") if p.strip()]
    return "\n\n".join(paras[: len(paras) // 2 + 1])


def _dup_of(store: Store, doc_id: str) -> str | None:
    row = store.conn.execute("SELECT duplicate_of FROM documents WHERE id=?", (doc_id,)).fetchone()
    return row[0] if row else None


def test_dedup_store_marks_later_copy(tmp_path: Path, bodies: list[str]) -> None:
    wire = _article(bodies[0], outlet="wire", published="2016-10-01")
    copy = _article(
        "Republished with permission.\n\n" + _trim(bodies[0]),
        outlet="paper",
        published="2016-10-02",
    )
    other = _article(bodies[1], outlet="paper", published="2016-10-02")
    with Store(tmp_path / "s.db") as store:
        for a in (wire, copy, other):
            store.add(a, pipeline="[]")
        assert _dup_of(store, wire.id) is None
        assert _dup_of(store, copy.id) == wire.id
        assert _dup_of(store, other.id) is None
        assert [c.outlet for c in cluster(store.conn, copy.id)] == ["wire", "paper"]
        assert [c.doc_id for c in cluster(store.conn, other.id)] == [other.id]


def test_dedup_store_earliest_copy_becomes_root(tmp_path: Path, bodies: list[str]) -> None:
    late = _article(bodies[2], outlet="late", published="2016-10-05")
    later = _article(bodies[2] + "\n\nUpdated.", outlet="later", published="2016-10-06")
    first = _article(_trim(bodies[2]), outlet="first", published="2016-10-01")
    with Store(tmp_path / "s.db") as store:
        for a in (late, later, first):
            store.add(a, pipeline="[]")
        assert _dup_of(store, first.id) is None
        assert _dup_of(store, late.id) == first.id
        assert _dup_of(store, later.id) == first.id
        assert {c.outlet for c in cluster(store.conn, late.id)} == {"first", "late", "later"}


def test_dedup_store_indexes_band_keys_per_article(tmp_path: Path, bodies: list[str]) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.info()["schema_version"] == SCHEMA_VERSION >= 2
        for i, body in enumerate(bodies):
            store.add(_article(body, outlet=f"o{i}", published="2016-10-01"), pipeline="[]")
        (docs,) = store.conn.execute("SELECT count(*) FROM dedup_docs").fetchone()
        (bands,) = store.conn.execute("SELECT count(DISTINCT seq) FROM dedup_bands").fetchone()
        (rows,) = store.conn.execute("SELECT count(*) FROM dedup_bands").fetchone()
        assert docs == bands == len(bodies)
        assert rows <= BANDS * len(bodies)


def test_dedup_store_full_band_keys_stop_growing(tmp_path: Path, bodies: list[str]) -> None:
    """A story copied more often than a band key is read stores no more rows under it,
    and its later copies are still found (and other stories still indexed)."""
    copies = [
        _article(f"{bodies[3]}\n\nCopy {i}.", outlet=f"o{i}", published=f"2016-11-{i + 1:02d}")
        for i in range(PER_KEY + 5)
    ]
    with Store(tmp_path / "s.db") as store:
        for copy in copies:
            store.add(copy, pipeline="[]")
        other = _article(bodies[4], outlet="x", published="2016-12-01")
        store.add(other, pipeline="[]")
        (fullest,) = store.conn.execute(
            "SELECT max(n) FROM (SELECT count(*) AS n FROM dedup_bands GROUP BY key)"
        ).fetchone()
        assert fullest == PER_KEY
        assert all(_dup_of(store, c.id) == copies[0].id for c in copies[1:])
        assert _dup_of(store, other.id) is None
        (other_keys,) = store.conn.execute(
            "SELECT count(*) FROM dedup_bands b JOIN dedup_docs d ON d.seq = b.seq"
            " JOIN documents doc ON doc.key = d.doc WHERE doc.id = ?",
            (other.id,),
        ).fetchone()
        assert other_keys == BANDS


def test_dedup_store_backfill_indexes_unindexed_documents(
    tmp_path: Path, bodies: list[str]
) -> None:
    a = _article(bodies[3], outlet="a", published="2016-10-01")
    b = _article(bodies[3], outlet="b", published="2016-10-02")
    with Store(tmp_path / "s.db") as store:
        store.add(a, pipeline="[]")
        store.add(b, pipeline="[]")
        with store.transaction() as conn:  # forget the index, as in a store from before it
            conn.execute("DELETE FROM dedup_bands")
            conn.execute("DELETE FROM dedup_docs")
            conn.execute("UPDATE documents SET duplicate_of = NULL")
        with store.transaction() as conn:
            assert backfill(conn) == 2
        assert _dup_of(store, b.id) == a.id
