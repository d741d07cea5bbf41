"""Killing an ingest (SIGKILL) leaves a valid store holding every committed article."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from eval.corpora import iter_polnear


def _count(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_store_survives_sigkill_mid_ingest(shared: Path, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    texts = list(iter_polnear("dev"))[:40]
    for n, doc in enumerate(texts):
        (folder / f"{n:03d}.txt").write_text(doc.text, encoding="utf-8")
    db = tmp_path / "news.db"
    command = [sys.executable, "-m", "newsdossier", "ingest", str(folder), "--db", str(db)]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while _count(db) < 3 and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    stored = _count(db)
    assert 3 <= stored < len(texts), "the kill should land mid-run"

    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    incomplete = conn.execute(
        "SELECT count(*) FROM documents d WHERE NOT EXISTS"
        " (SELECT 1 FROM sentences s WHERE s.doc = d.key)"
    ).fetchone()[0]
    assert incomplete == 0
    conn.close()

    subprocess.run(command, check=True, capture_output=True, timeout=600)
    assert _count(db) == len(texts)
