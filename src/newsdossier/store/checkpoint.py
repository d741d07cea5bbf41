"""Copying the write-ahead log back into the store file, in a thread beside the writer.

A commit appends the pages it changed to the WAL; a checkpoint copies them into the store
file and waits for the disk (``fsync``). Run inside a commit, as SQLite's automatic
checkpoint does, that wait is paid by the article whose commit crossed the threshold, and
it grows with the store: in a large store the articles of one checkpoint share fewer
pages, so more distinct pages are copied and synced (16.2 pages per article at 5,120
articles, 24.8 at 100,000: ``bench/wal_pages.py``). A `Checkpointer` runs the same
``PASSIVE`` checkpoint on its own connection, in its own thread, every `CHECKPOINT_EVERY`
stored articles, while the writer goes on to the next group: SQLite lets a checkpoint run
beside a writer and readers, and copies only frames that are committed, so nothing stored
is put at risk. The writer keeps an automatic checkpoint at `FALLBACK_PAGES`, far above
what one interval writes, for writes the thread does not hear of and in case it falls
behind.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

#: Stored articles between two checkpoints (four of ingest's write groups): at about 57
#: WAL pages per article (a bench store at 100,000 articles) about 3,600 pages.
CHECKPOINT_EVERY = 64

#: Checkpoints in a row at most, each copying what the writer committed during the last.
CATCH_UP_ROUNDS = 8

#: The writer's own automatic checkpoint (WAL pages, 128 MB). SQLite starts the WAL over
#: only when a write begins after a checkpoint copied every frame back; a writer that is
#: never idle (a load of stored rows, a benchmark) always has a transaction committed
#: during the thread's checkpoint, so the WAL grows until this one runs inline. By then the
#: thread has copied all but the last few groups, so it is short.
FALLBACK_PAGES = 32768


class Checkpointer:
    """Checkpoints the WAL of the store at ``path`` in a background thread, started when
    first needed and stopped by `close`."""

    def __init__(self, path: Path, *, every: int = CHECKPOINT_EVERY) -> None:
        self.path = path
        self.every = every
        self.checkpoints = 0
        self.cpu_seconds = 0.0
        self.failures: list[str] = []
        self._pending = 0
        self._asked = 0  # checkpoints asked for, and done, counted under _turn
        self._done = 0
        self._stop = False
        self._turn = threading.Condition()
        self._thread: threading.Thread | None = None

    def wrote(self, articles: int) -> None:
        """Count ``articles`` just committed; ask for a checkpoint when an interval is
        full (without waiting for it)."""
        self._pending += articles
        if self._pending >= self.every:
            self._pending = 0
            self._ask()

    def flush(self) -> None:
        """Ask for a checkpoint and wait until it is done."""
        self._pending = 0
        wanted = self._ask()
        with self._turn:
            self._turn.wait_for(lambda: self._done >= wanted)

    def close(self) -> None:
        """Stop the thread after the checkpoint it is running, if any."""
        thread = self._thread
        if thread is None:
            return
        with self._turn:
            self._stop = True
            self._turn.notify_all()
        thread.join()
        self._thread = None

    def _ask(self) -> int:
        with self._turn:
            if self._thread is None or not self._thread.is_alive():
                self._stop = False
                self._thread = threading.Thread(
                    target=self._run, name=f"checkpoint {self.path.name}", daemon=True
                )
                self._thread.start()
            self._asked += 1
            self._turn.notify_all()
            return self._asked

    def _run(self) -> None:
        try:
            self._serve()
        except sqlite3.Error as exc:  # the store cannot be opened: recorded, not raised
            self.failures.append(str(exc))
        finally:
            with self._turn:  # however the thread ends, nobody is left waiting on it
                self._done = self._asked
                self._turn.notify_all()

    def _serve(self) -> None:
        conn = sqlite3.connect(self.path, isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA busy_timeout=10000")
            while True:
                with self._turn:
                    self._turn.wait_for(lambda: self._stop or self._asked > self._done)
                    if self._stop:
                        return
                    asked = self._asked
                try:
                    self._catch_up(conn)
                except sqlite3.Error as exc:  # the next one, or the writer's own, catches up
                    self.failures.append(str(exc))
                with self._turn:
                    self._done = asked
                    self._turn.notify_all()
        finally:
            conn.close()

    def _catch_up(self, conn: sqlite3.Connection) -> None:
        # SQLite starts the WAL over (instead of growing it) only when a write begins
        # after every frame was copied back; the writer commits while a checkpoint runs,
        # so one more round copies that short tail, until a round finds nothing new.
        for _ in range(CATCH_UP_ROUNDS):
            started = time.thread_time()
            _, log, copied = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
            self.cpu_seconds += time.thread_time() - started
            self.checkpoints += 1
            if self._stop or log <= copied:
                return
