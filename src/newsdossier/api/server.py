"""Serving the app: in the foreground (``newsdossier serve``), from several worker
processes sharing one listening socket, or in a background thread.

Workers: one process runs Python one request at a time (SQLite releases the GIL, the
rendering does not), so ``serve(..., workers=n)`` serves from ``n`` processes, all
``python -m newsdossier.api.server``, which imports only the app (not the command line,
the pipeline or the writer). The first replaces the calling process and starts the
others; they take requests in turns from the same socket (`newsdossier.api.turns`), are
restarted if one dies, and stop with the first (Ctrl-C, SIGTERM, or its death). The socket names
``IPPROTO_TCP`` so asyncio sets ``TCP_NODELAY`` on every connection it accepts: a socket
made without it (as uvicorn's own multi-worker mode makes it) leaves Nagle's algorithm on,
and every small response then waits ~40 ms for the client's delayed ACK.
"""

from __future__ import annotations

import argparse
import gc
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import NoReturn

import anyio
import uvicorn

from newsdossier.api.app import create_app
from newsdossier.api.turns import ClosingResponses, Turns, TurnTakingServer, defer_accept
from newsdossier.ui.pages import compile_templates

#: Connections waiting to be accepted, per listening socket.
BACKLOG = 2048

#: Seconds between a worker dying and its replacement starting.
RESTART_DELAY = 1.0


def default_workers() -> int:
    """Worker processes ``newsdossier serve`` starts unless told: one per core, at most 4."""
    return max(1, min(4, os.cpu_count() or 1))


def listening_socket(host: str, port: int) -> socket.socket:
    """A TCP socket bound to ``host:port`` (0: a free port) and listening, inheritable by
    worker processes."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP, flags=socket.AI_PASSIVE
    )[0]
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        defer_accept(sock)
        sock.listen(BACKLOG)
    except OSError:
        sock.close()
        raise
    sock.set_inheritable(True)
    return sock


#: Requests one worker process renders at once. A page is CPU work under one GIL, so a
#: worker interleaving several only stretches each of them (under 8 clients a 40 ms search
#: took 4 times as long as alone); one at a time, a request waits for those ahead of it,
#: then runs at full speed. More processes (``--workers``), not threads, use more cores.
REQUESTS_AT_ONCE = 1


@asynccontextmanager
async def _requests_at_once(app: object) -> AsyncIterator[None]:
    """The app's lifespan in a worker: its routes (run in threads) take turns."""
    anyio.to_thread.current_default_thread_limiter().total_tokens = REQUESTS_AT_ONCE
    yield


def _server(sock: socket.socket, args: argparse.Namespace) -> uvicorn.Server:
    """A uvicorn server of the app over ``args.db`` (not started), taking its requests in
    turns with the other workers (`newsdossier.api.turns`)."""
    app = create_app(args.db, base_url=args.base_url, allowed_hosts=args.allow_host)
    app.router.lifespan_context = _requests_at_once
    compile_templates()
    # What was loaded to serve (FastAPI, pydantic, the templates) lives as long as the
    # process: out of the collector's sight, a full collection scans only what requests
    # allocate (it scanned all of it, a pause of several ms in the middle of a request).
    gc.collect()
    gc.freeze()
    turns = Turns()
    config = uvicorn.Config(ClosingResponses(app, turns), log_level="warning")
    return TurnTakingServer(config, turns)


#: Exit codes of a worker stopped on purpose: after a clean shutdown, or by the signal.
_STOPPED = (0, -signal.SIGINT, -signal.SIGTERM)


def _run(server: uvicorn.Server, sock: socket.socket) -> None:
    """``server`` on ``sock`` until Ctrl-C or SIGTERM, then a normal return.

    uvicorn stops gracefully on those signals and then raises the signal again for the
    handler it found, which would kill this process before it stops its children (or
    print a KeyboardInterrupt traceback); the handler it finds here ignores it."""
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: None)
    server.run(sockets=[sock])


class _Children:
    """The worker processes after the first, each restarted when it dies."""

    def __init__(self, command: list[str], count: int, fd: int) -> None:
        self.command = command
        self.fd = fd
        self.stopping = threading.Event()
        self.procs: list[subprocess.Popen[bytes] | None] = [None] * count
        self.lock = threading.Lock()
        self.threads = [
            threading.Thread(target=self._keep, args=(i,), daemon=True) for i in range(count)
        ]

    def start(self) -> None:
        """Every child started (each kept alive by its own thread)."""
        for thread in self.threads:
            thread.start()

    def _keep(self, slot: int) -> None:
        """Runs child ``slot``, and starts it again whenever it dies before `stop`."""
        while not self.stopping.is_set():
            with self.lock:
                if self.stopping.is_set():
                    return
                proc = subprocess.Popen(self.command, pass_fds=(self.fd,))
                self.procs[slot] = proc
            code = proc.wait()
            if code in _STOPPED or self.stopping.wait(RESTART_DELAY):
                return  # a stop asked for (a signal), not a crash
            print(f"newsdossier: server worker {proc.pid} exited ({code}); restarting it",
                  file=sys.stderr)  # fmt: skip

    def stop(self) -> None:
        """Every child asked to finish its requests and exit (killed after 10 s)."""
        with self.lock:
            self.stopping.set()
            procs = [p for p in self.procs if p is not None]
        for proc in procs:
            if proc.poll() is None:
                proc.terminate()
        for proc in procs:
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()


def _command(sock: socket.socket, db: str | Path, base_url: str, hosts: Sequence[str]) -> list[str]:
    """The command line of a server process on ``sock`` (its head or role flag added)."""
    return [
        sys.executable, "-m", "newsdossier.api.server", "--fd", str(sock.fileno()),
        "--db", str(db), "--base-url", base_url,
        *(arg for h in hosts for arg in ("--allow-host", h)),
    ]  # fmt: skip


def serve(
    sock: socket.socket,
    db: str | Path,
    *,
    base_url: str,
    allowed_hosts: Sequence[str] = (),
    workers: int = 1,
) -> NoReturn:
    """The app over ``db`` on the listening socket ``sock`` (see `listening_socket`) from
    ``workers`` processes, in the foreground until Ctrl-C or SIGTERM.

    This process becomes the first worker: it is replaced (``exec``) by a fresh Python
    that imports only the app, keeping its pid and the socket, so what the caller had
    loaded (the command line) costs no memory while the server runs."""
    command = [*_command(sock, db, base_url, allowed_hosts), "--workers", str(workers)]
    sys.stdout.flush()
    sys.stderr.flush()
    if os.name == "nt":  # no exec that keeps the process, no inherited sockets: one process
        _run(_server(sock, _main_args(command[3:])), sock)
        sys.exit(0)
    os.execv(sys.executable, command)


def _watch_parent(parent: int, server: uvicorn.Server) -> None:
    """Stops ``server`` once process ``parent`` is gone (killed without stopping us)."""
    while os.getppid() == parent:
        time.sleep(1.0)
    server.should_exit = True


def _main_args(argv: Sequence[str]) -> argparse.Namespace:
    """The command line of a server process (see `_command`)."""
    parser = argparse.ArgumentParser(prog="python -m newsdossier.api.server")
    parser.add_argument("--fd", type=int, required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--allow-host", action="append", default=[])
    role = parser.add_mutually_exclusive_group(required=True)
    role.add_argument("--workers", type=int)
    role.add_argument("--parent", type=int)
    return parser.parse_args(argv)


def _main(argv: Sequence[str]) -> None:
    """A server process: the first (``--workers N``, which starts and watches the other
    N-1) or one of the others (``--parent PID``), on the inherited listening socket."""
    args = _main_args(argv)
    sock = socket.socket(fileno=args.fd)
    server = _server(sock, args)
    if args.parent is not None:
        threading.Thread(target=_watch_parent, args=(args.parent, server), daemon=True).start()
        _run(server, sock)
        return
    child = _command(sock, args.db, args.base_url, args.allow_host)
    children = _Children([*child, "--parent", str(os.getpid())], args.workers - 1, args.fd)
    children.start()
    try:
        _run(server, sock)
    finally:
        children.stop()
        sock.close()


class BackgroundServer:
    """The app over ``db`` on a free 127.0.0.1 port, served by uvicorn in a daemon thread.

    Use as a context manager; ``url`` is the server's base address. For embedding the UI in
    notebooks, tests and benchmarks."""

    def __init__(self, db: str | Path, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sock = listening_socket(host, port)
        self.url = f"http://{host}:{self.sock.getsockname()[1]}"
        app = create_app(db, base_url=self.url, allowed_hosts=(host,))
        config = uvicorn.Config(app, log_level="warning", lifespan="off")
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, args=([self.sock],), daemon=True)

    def __enter__(self) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError("the server did not start")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)
        self.sock.close()


if __name__ == "__main__":
    _main(sys.argv[1:])
