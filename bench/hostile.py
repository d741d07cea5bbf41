"""Hostile inputs and requests (issue 13): each one's wall time and peak memory.

Builds every hostile input of the issue in a temporary folder, runs the real command
line on each in a fresh process, then starts ``newsdossier serve`` on the store those
runs built and sends it the hostile HTTP requests over a real socket. Prints one Rich
table: for a command, its exit code, wall seconds and the peak RSS of its largest process
(the CLI or one of its workers); for a request, its HTTP status, seconds and the server's
peak RSS so far. Done when no request takes over 2 s and no input over 60 s or 1 GB (the
last column says whether each row is within its bound).

    .venv/bin/python bench/hostile.py
"""

from __future__ import annotations

import http.client
import json
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from rich.console import Console
from rich.table import Table

PROJECT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "newsdossier"]
ZH = "市议会星期二以十二票对三票通过了明年的公交预算。议员们表示，新的预算将增加夜间公交车的班次。"
JA = (
    "市議会は火曜日、来年度のバス予算を賛成多数で可決した。議員らによると、夜間バスの本数を増やす。"
)

#: The bounds of issue 13's done-when: seconds per request, seconds and MB per input.
REQUEST_SECONDS = 2.0
INPUT_SECONDS = 60.0
INPUT_MB = 1024.0
#: Seconds ``newsdossier serve`` may take to answer its first request.
SERVER_START_SECONDS = 60.0
#: Columns of the printed table: wide enough for one row per case.
WIDTH = 150
#: A foreign name in the ``Host:`` header (DNS rebinding): the server must refuse it.
FOREIGN_HOST = "attacker.example"

#: Runs ``argv`` in a child and prints its wall time and the peak RSS of its descendants.
_MEASURE = """
import json, resource, subprocess, sys, time
began = time.monotonic()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": time.monotonic() - began, "mb": peak / 1024,
                  "code": done.returncode, "err": done.stderr.strip().splitlines()[-1:]}))
"""


def _page(title: str, body: str, head: str) -> str:
    paragraphs = f"<p>{body}</p>" * 4
    return f"<html><head>{head}<title>{title}</title></head><body>{paragraphs}</body></html>"


def build_inputs(tmp: Path) -> dict[str, Path]:
    """Every hostile input file of issue 13, written under ``tmp``."""
    files = {
        "gb18030.html": _page(ZH[:12], ZH * 3, '<meta charset="gb2312">').encode("gb18030"),
        "shift_jis.html": _page(
            JA[:12],
            JA * 3,
            '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
        ).encode("cp932"),
        "utf16.txt": ("The council approved the budget on Tuesday, the mayor said.\n" * 5).encode(
            "utf-16"
        ),
        "lines.txt": "\n".join(["Trump"] * 100_000).encode(),
        "big_record.jsonl": json.dumps({"text": "The council met again. " * 55_000}).encode(),
        "nested.html": (
            "<html><body>"
            + "<div>" * 10_000
            + "<p>The harbour authority said the new pier opens in May after two years.</p>" * 3
            + "</div>" * 10_000
            + "</body></html>"
        ).encode(),
        "four.jsonl": "".join(
            json.dumps({"text": f"The council met for the {n}th time on Tuesday, the mayor said."})
            + "\n"
            for n in range(4)
        ).encode(),
        "zh.txt": ("date 2025-03-04\n" + ZH * 3 + "\n").encode(),
    }
    out = {}
    for name, data in files.items():
        (tmp / name).write_bytes(data)
        out[name] = tmp / name
    return out


def cases(tmp: Path) -> list[tuple[str, list[str]]]:
    """(what, command line) for every hostile input and request."""
    inputs = build_inputs(tmp)
    db = str(tmp / "store.db")
    long = "x" * 60_000
    return [
        (
            "ingest examples (the store the requests read)",
            [*CLI, "ingest", str(PROJECT / "examples"), "--db", db],
        ),
        *[
            (f"ingest {name}", [*CLI, "ingest", str(path), "--db", db])
            for name, path in inputs.items()
        ],
        (
            "ingest four.jsonl --workers 100",
            [
                *CLI,
                "ingest",
                str(inputs["four.jsonl"]),
                "--db",
                str(tmp / "w.db"),
                "--workers",
                "100",
            ],
        ),
        ("search 'Trump ' x 3000", [*CLI, "search", "Trump " * 3000, "--db", db]),
        ("search 'Trump ' x 150 (duplicates)", [*CLI, "search", "Trump " * 150, "--db", db]),
        ("dossier 60,000 characters", [*CLI, "dossier", long, "--db", db]),
        ("quotes --speaker 60,000 characters", [*CLI, "quotes", "--speaker", long, "--db", db]),
        ("entities --min-docs 2**70", [*CLI, "entities", "--min-docs", str(2**70), "--db", db]),
        ("info", [*CLI, "info", "--db", db]),
    ]


@dataclass(frozen=True, slots=True)
class Probe:
    """One hostile HTTP request: what it is, its method, path (with query) and headers."""

    what: str
    path: str
    method: str = "GET"
    host: str | None = None


def _q(path: str, **params: str | int) -> str:
    return f"{path}?{urlencode(params)}"


def http_probes() -> list[Probe]:
    """Every hostile request of issue 13 (API, UI, HEAD, a foreign ``Host:``)."""
    repeated = "Trump " * 2_500
    distinct = " ".join(f"word{n}" for n in range(15_000))[:100_000]
    long = "x" * 60_000
    return [
        Probe("GET /api/search q='Trump ' x 2,500", _q("/api/search", q=repeated)),
        Probe("GET /api/search q 100,000 characters", _q("/api/search", q=distinct)),
        Probe("GET /search (UI) q='Trump ' x 2,500", _q("/search", q=repeated)),
        Probe("GET /search (UI) q 100,000 characters", _q("/search", q=distinct)),
        Probe("GET /api/entities q 60,000 characters", _q("/api/entities", q=long)),
        Probe("GET /api/entities q 10,000 characters", _q("/api/entities", q=long[:10_000])),
        Probe("GET /api/entities/lookup name 60,000 chars", _q("/api/entities/lookup", name=long)),
        Probe("GET /api/statements speaker 60,000 chars", _q("/api/statements", speaker=long)),
        Probe("GET /api/entities offset=10**19", _q("/api/entities", offset=10**19)),
        Probe("GET /api/statements offset=10**19", _q("/api/statements", offset=10**19)),
        Probe("GET /api/entities min_docs=10**20-1", _q("/api/entities", min_docs=10**20 - 1)),
        Probe("GET /api/search offset=2**63-1", _q("/api/search", q="council", offset=2**63 - 1)),
        Probe("HEAD /", "/", method="HEAD"),
        Probe(f"GET / with Host: {FOREIGN_HOST}", "/", host=FOREIGN_HOST),
        Probe("GET /api/stats (control)", "/api/stats"),
    ]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(db: Path, log: Path) -> Iterator[tuple[int, int]]:
    """``newsdossier serve`` on ``db`` in a child process: yields (port, pid) once it answers."""
    port = _free_port()
    argv = [*CLI, "serve", "--db", str(db), "--port", str(port)]
    with log.open("wb") as err:
        server = subprocess.Popen(argv, stdout=err, stderr=subprocess.STDOUT)
        try:
            deadline = time.monotonic() + SERVER_START_SECONDS
            while True:
                if server.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"newsdossier serve did not start: {log.read_text()}")
                try:
                    send(port, Probe("ready", "/api/stats"))
                    break
                except OSError:
                    time.sleep(0.1)
            yield port, server.pid
        finally:
            server.terminate()
            server.wait(10)


def send(port: int, probe: Probe) -> tuple[int, float, str]:
    """Send ``probe``: (HTTP status, seconds until the whole body was read, its first line)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": probe.host} if probe.host else {}
    try:
        began = time.monotonic()
        conn.request(probe.method, probe.path, headers=headers)
        response = conn.getresponse()
        body = response.read()
        seconds = time.monotonic() - began
    finally:
        conn.close()
    return response.status, seconds, _first_line(body)


def _first_line(body: bytes) -> str:
    text = body.decode("utf-8", "replace").strip()
    try:
        answer = json.loads(text)
        text = str(answer.get("error", text)) if isinstance(answer, dict) else text
    except ValueError:
        if text.lstrip().startswith("<"):
            return f"HTML page, {len(body):,} bytes"
    return text.splitlines()[0] if text else ""


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of process ``pid`` so far, in MB (Linux ``VmHWM``; 0 elsewhere)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0.0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return 0.0


def run_cli(table: Table, tmp: Path) -> None:
    """Run every command-line case in a fresh process; one row each."""
    for what, argv in cases(tmp):
        began = time.monotonic()
        raw = subprocess.run(
            [sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True, check=True
        ).stdout
        result = json.loads(raw)
        seconds = result["seconds"] or time.monotonic() - began
        last = (result["err"] or [""])[0][:70]
        ok = seconds <= INPUT_SECONDS and result["mb"] <= INPUT_MB
        table.add_row(
            what, str(result["code"]), f"{seconds:.2f}", f"{result['mb']:.0f}", last, _yes(ok)
        )


def run_http(table: Table, tmp: Path) -> None:
    """Serve the store the commands built and send every hostile request; one row each."""
    with serving(tmp / "store.db", tmp / "serve.log") as (port, pid):
        for probe in http_probes():
            try:
                status, seconds, line = send(port, probe)
            except OSError as exc:  # a dropped connection is a result to report, not a crash
                status, seconds, line = 0, float("nan"), f"{type(exc).__name__}: {exc}"
            mb = peak_rss_mb(pid)
            ok = status != 0 and seconds <= REQUEST_SECONDS and status < 500
            table.add_row(
                probe.what, str(status), f"{seconds:.2f}", f"{mb:.0f}", line[:70], _yes(ok)
            )


def _yes(ok: bool) -> str:
    return "yes" if ok else "NO"


def main() -> None:
    """Run every case and request and print the table."""
    table = Table(
        "case",
        "exit / HTTP",
        "seconds",
        "peak MB",
        "error (last stderr line / body)",
        "in bound",
        title="hostile inputs and requests",
    )
    with tempfile.TemporaryDirectory() as folder:
        run_cli(table, Path(folder))
        table.add_section()
        run_http(table, Path(folder))
    Console(width=WIDTH).print(table)


if __name__ == "__main__":
    main()
