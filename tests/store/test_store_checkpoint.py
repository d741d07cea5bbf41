"""The WAL is copied back into the store file by a thread beside the writer (store.checkpoint)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from newsdossier.store import Store
from newsdossier.store.checkpoint import Checkpointer
from tests.helpers.prolific import article


def _wal_frames(db: Path) -> tuple[int, int]:
    """(frames in the WAL, frames of it already copied back), from another connection
    whose own checkpoint copies nothing the writer's thread left."""
    conn = sqlite3.connect(db, isolation_level=None)
    try:
        _, log, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return int(log), int(copied)
    finally:
        conn.close()


def _documents(db: Path) -> int:
    conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    finally:
        conn.close()


def test_thread_checkpoints_after_every_interval_of_articles(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        assert store.checkpointer is not None
        store.checkpointer.every = 4
        store.add_many([article(k) for k in range(3)], pipeline="test")
        assert store.checkpointer.checkpoints == 0  # not a full interval yet: no thread
        store.add_many([article(k) for k in range(3, 6)], pipeline="test")
        store.checkpointer.flush()
        assert store.checkpointer.checkpoints >= 1
        assert store.checkpointer.failures == []
        log, copied = _wal_frames(db)
        assert log > 0
        assert copied == log


def test_wal_starts_over_after_a_checkpoint_while_the_writer_was_idle(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        assert store.checkpointer is not None
        store.add_many([article(k) for k in range(8)], pipeline="test")
        store.checkpointer.flush()
        before, _ = _wal_frames(db)
        store.add(article(8), pipeline="test")
        after, _ = _wal_frames(db)
        # one article's pages, written from the WAL's start, not after the eight before
        assert 0 < after < before


def test_close_stops_the_thread_and_leaves_everything_in_the_store(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    store = Store(db)
    assert store.checkpointer is not None
    store.checkpointer.every = 2
    for k in range(0, 12, 3):
        store.add_many([article(k), article(k + 1), article(k + 2)], pipeline="test")
    thread = store.checkpointer._thread
    store.close()
    assert thread is not None
    assert not thread.is_alive()
    assert not Path(f"{db}-wal").exists()  # the last connection's checkpoint emptied it
    assert _documents(db) == 12


def test_readonly_and_memory_stores_have_no_checkpointer(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add(article(0), pipeline="test")
    with Store(db, readonly=True) as reader:
        assert reader.checkpointer is None
    with Store(":memory:") as memory:
        assert memory.checkpointer is None


def test_a_store_that_cannot_be_opened_is_a_failure_not_a_hang(tmp_path: Path) -> None:
    missing = tmp_path / "no-such-folder" / "s.db"
    checkpointer = Checkpointer(missing, every=1)
    checkpointer.flush()  # returns: the thread records why and lets waiters go
    assert checkpointer.checkpoints == 0
    assert checkpointer.failures
    assert "unable to open" in checkpointer.failures[0]
    checkpointer.close()
