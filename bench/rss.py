"""Peak resident memory of worker processes, sampled from /proc while a run goes on (Linux)."""

from __future__ import annotations

import os
import threading
from pathlib import Path


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
