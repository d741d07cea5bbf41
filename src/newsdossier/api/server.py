"""Serving the app: in the foreground (``newsdossier serve``) or in a background thread."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path

import uvicorn

from newsdossier.api.app import create_app


class BackgroundServer:
    """The app over ``db`` on a free 127.0.0.1 port, served by uvicorn in a daemon thread.

    Use as a context manager; ``url`` is the server's base address. For embedding the UI in
    notebooks, tests and benchmarks."""

    def __init__(self, db: str | Path, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.bind((host, port))
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
