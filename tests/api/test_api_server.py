"""``newsdossier serve``: worker processes on one socket, small responses without delay,
a crashed worker replaced, everything stopped by one signal, a lean server process."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from newsdossier import query
from newsdossier.api.server import BackgroundServer, _main_args, _server, listening_socket
from tests.helpers.corpus import build_corpus


def _children(pid: int) -> set[int]:
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def _wait(what: str, check: object, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while not check():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"timed out waiting for {what}"
        time.sleep(0.1)


def _answers(url: str) -> bool:
    try:
        return httpx.get(f"{url}/api/stats", timeout=10).status_code == 200
    except httpx.TransportError:
        return False


@contextmanager
def _workers_in_threads(tmp_path: Path, count: int) -> Iterator[str]:
    """``count`` server workers (as ``python -m newsdossier.api.server`` makes them) on one
    socket, each in a thread of this process; yields the base URL once all have started."""
    db = build_corpus(tmp_path / "c.db")
    sock = listening_socket("127.0.0.1", 0)
    url = f"http://127.0.0.1:{sock.getsockname()[1]}"
    args = ["--fd", str(sock.fileno()), "--db", str(db), "--base-url", url, "--workers", "1"]
    servers = [_server(sock, _main_args(args)) for _ in range(count)]
    threads = [threading.Thread(target=s.run, args=([sock],), daemon=True) for s in servers]
    for thread in threads:
        thread.start()
    try:
        _wait("the servers", lambda: all(s.started for s in servers))
        yield url
    finally:
        for server in servers:
            server.should_exit = True
        for thread in threads:
            thread.join(10)
        sock.close()


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[subprocess.Popen[bytes], str]]:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    db = build_corpus(tmp_path / "c.db")
    command = [sys.executable, "-m", "newsdossier", "serve", "--db", str(db), "--port", str(port)]
    log = tmp_path / "stderr.txt"
    with log.open("wb") as err:
        proc = subprocess.Popen([*command, "--workers", "2"], stderr=err)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait("the server", lambda: _answers(url) or proc.poll() is not None)
        assert proc.poll() is None, log.read_text()
        _wait("the second worker", lambda: len(_children(proc.pid)) == 1)
        yield proc, url
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(10)


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="reads processes from /proc")
def test_serve_workers_share_the_socket_and_stop_together(
    served: tuple[subprocess.Popen[bytes], str],
) -> None:
    proc, url = served
    (child,) = _children(proc.pid)
    # The first worker replaced the command line's process: it holds neither the command
    # line nor the pipeline (its memory is the app's alone).
    cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes().split(b"\0")
    assert b"newsdossier.api.server" in cmdline
    # Many connections are all answered, by both processes' accepts.
    for _ in range(20):
        with httpx.Client(timeout=10) as client:
            assert client.get(f"{url}/api/entities").status_code == 200
    # A worker that dies is replaced; the server answers throughout.
    os.kill(child, signal.SIGKILL)
    _wait("a new worker", lambda: (_children(proc.pid) - {child}) != set())
    assert _answers(url)
    (replacement,) = _children(proc.pid)
    # One SIGTERM to the first stops them all.
    proc.terminate()
    proc.wait(15)
    _wait("the workers to stop", lambda: not Path(f"/proc/{replacement}").exists() or
          Path(f"/proc/{replacement}/stat").read_text().split()[2] == "Z")  # fmt: skip
    assert proc.returncode == 0


def test_listening_socket_turns_nagle_off_for_its_connections(tmp_path: Path) -> None:
    # Without TCP_NODELAY a response written in two parts waits for the client's delayed
    # ACK (~40 ms): the sequential small requests below would take >= 0.4 s.
    sock = listening_socket("127.0.0.1", 0)
    port = sock.getsockname()[1]
    assert sock.proto == socket.IPPROTO_TCP
    sock.listen()
    with socket.create_connection(("127.0.0.1", port)):
        conn, _ = sock.accept()
        with conn:
            assert conn.proto == socket.IPPROTO_TCP  # what asyncio checks to set TCP_NODELAY
    sock.close()
    with BackgroundServer(build_corpus(tmp_path / "c.db")) as server, httpx.Client() as client:
        client.get(f"{server.url}/api/stats")
        started = time.perf_counter()
        for _ in range(10):
            assert client.get(f"{server.url}/api/stats").status_code == 200
        assert time.perf_counter() - started < 0.4


def test_a_server_worker_renders_one_request_at_a_time(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Three requests sent together to one worker run one after another, never
    interleaved in its threads (each would stretch the others)."""
    running: list[int] = []
    most = [0]
    corpus_stats = query.corpus_stats

    def slow_stats(conn: object) -> object:
        running.append(1)
        most[0] = max(most[0], len(running))
        time.sleep(0.3)
        running.pop()
        return corpus_stats(conn)  # type: ignore[arg-type]

    monkeypatch.setattr(query, "corpus_stats", slow_stats)
    with _workers_in_threads(tmp_path, 1) as url:
        codes: list[int] = []
        clients = [
            threading.Thread(
                target=lambda: codes.append(httpx.get(f"{url}/api/stats", timeout=30).status_code)
            )
            for _ in range(3)
        ]
        for client in clients:
            client.start()
        for client in clients:
            client.join(30)
        assert codes == [200, 200, 200]
        assert most[0] == 1


def test_server_workers_take_requests_in_turns(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """While one worker renders a slow request, the next requests go to the free one
    (not queued behind the slow one), and every response closes its connection."""
    slow_started, slow_done = threading.Event(), threading.Event()
    corpus_stats = query.corpus_stats

    def stats(conn: object) -> object:
        if not slow_started.is_set():
            slow_started.set()
            slow_done.wait(20)
        return corpus_stats(conn)  # type: ignore[arg-type]

    monkeypatch.setattr(query, "corpus_stats", stats)
    with _workers_in_threads(tmp_path, 2) as url:
        slow = threading.Thread(target=lambda: httpx.get(f"{url}/api/stats", timeout=30))
        slow.start()
        try:
            assert slow_started.wait(20)
            with httpx.Client(timeout=10) as client:
                for _ in range(8):  # each would wait for the slow one half the time if not
                    response = client.get(f"{url}/api/stats")
                    assert response.status_code == 200
                    assert response.headers["connection"] == "close"
            assert not slow_done.is_set()
        finally:
            slow_done.set()
            slow.join(30)


def test_server_stalled_clients_do_not_hold_the_queue(tmp_path: Path) -> None:
    """Connections that send nothing, or half a request, and stall (a slow-loris client)
    cost the queue of connections a few ms each at most: a request sent after 40 of each
    is still answered promptly (waiting out each stalled one at 0.05 s took ~1 s)."""
    with _workers_in_threads(tmp_path, 2) as url:
        port = int(url.rsplit(":", 1)[1])
        idle = [socket.create_connection(("127.0.0.1", port)) for _ in range(40)]
        stalled = []
        for _ in range(40):
            conn = socket.create_connection(("127.0.0.1", port))
            conn.sendall(b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n")
            stalled.append(conn)
        try:
            started = time.perf_counter()
            assert httpx.get(f"{url}/api/stats", timeout=30).status_code == 200
            assert time.perf_counter() - started < 0.8
        finally:
            for conn in idle + stalled:
                conn.close()
