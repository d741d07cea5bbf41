"""Peak RSS per worker: the process pool and Ray actors, on the same real-article corpus.

    python bench/memory.py [--articles 100] [--workers 2] [--no-ray]

Prints the peak resident memory of every worker (and of the process holding the store).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus
from newsdossier.runner import RunConfig, get_executor
from newsdossier.store import Store


def _peak_kb(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def _cmdline(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/cmdline").read_bytes().replace(b"\0", b" ").decode()
    except OSError:
        return ""


def _parent(pid: int) -> int:
    try:
        return int(Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[1])
    except (OSError, IndexError, ValueError):
        return -1


class PeakRss:
    """Samples the peak RSS (VmHWM) of matching processes every ``interval`` seconds.

    A process matches when its command line contains ``marker`` (a Ray actor, e.g.
    ``MapWorker``) or, without a marker, when it is a child of this process (a pool worker)."""

    def __init__(self, marker: str | None = None, interval: float = 0.5) -> None:
        self.marker = marker
        self.interval = interval
        self.peaks: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def _run(self) -> None:
        me = os.getpid()
        while not self._stop.wait(self.interval):
            for entry in os.listdir("/proc"):
                if not entry.isdigit():
                    continue
                pid = int(entry)
                found = self.marker in _cmdline(pid) if self.marker else _parent(pid) == me
                if found:
                    peak = _peak_kb(pid)
                    if peak:
                        self.peaks[pid] = max(peak, self.peaks.get(pid, 0))

    def parent_peak_mb(self) -> float:
        """Peak RSS of this (the driver / store) process, in MB."""
        return (_peak_kb(os.getpid()) or 0) / 1024


def pool_peaks(folder: Path, tmp: Path, workers: int) -> tuple[list[float], float]:
    """Peak RSS (MB) of each pool worker, and of this process, over one ingest."""
    with PeakRss() as rss, Store(tmp / "pool.db") as store:
        get_executor("pool").run([str(folder)], store, RunConfig(workers=workers))
    return sorted(kb / 1024 for kb in rss.peaks.values()), rss.parent_peak_mb()


def ray_peaks(folder: Path, tmp: Path, workers: int) -> list[float]:
    """Peak RSS (MB) of each Ray actor running stages 1-7, over one ingest."""
    config = RunConfig(workers=workers, shards=tmp / "shards")
    with PeakRss(marker="MapWorker") as rss, Store(tmp / "ray.db") as store:
        get_executor("ray").run([str(folder)], store, config)
    return sorted(kb / 1024 for kb in rss.peaks.values())


def main() -> None:
    """Run the pool (and Ray) over the corpus and print the peaks."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-ray", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        folder = tmp / "corpus"
        n = len(write_corpus(folder, limit=args.articles))
        workers, parent = pool_peaks(folder, tmp, args.workers)
        print(f"corpus: {n} real articles (TimeML, PolNeAR)")
        print(f"pool workers peak RSS (MB): {', '.join(f'{w:.0f}' for w in workers)}")
        print(f"store process peak RSS (MB): {parent:.0f}")
        if not args.no_ray:
            actors = ray_peaks(folder, tmp, args.workers)
            print(f"ray actors peak RSS (MB): {', '.join(f'{w:.0f}' for w in actors)}")
            workers += actors
        print(f"max peak RSS per worker: {max(workers) / 1024:.2f} GB (aim < 1.5 GB)")


if __name__ == "__main__":
    main()
