"""Worker processes that take requests in turns from the one socket they share.

A worker takes a connection only while it serves no request, and every response closes
its connection, so each request waits in the kernel's one queue of connections for the
first free worker. The alternative (uvicorn's own accepting, with keep-alive) ties a
client to whichever worker accepted its connection, and asyncio accepts every waiting
connection at once: 8 clients on 2 workers were split 7/1, 5/3 or 4/4 at random, and the
requests of the fuller worker waited behind each other while the other worker idled.

A connection per request costs a TCP handshake and a new HTTP protocol object (on one
machine, a trivial request took 0.5-1.4 ms more server CPU than over keep-alive); the
listening socket defers each connection until its request has arrived (Linux's
``TCP_DEFER_ACCEPT``), and a client that connects and then stalls holds a worker's turn
for `REQUEST_WAIT` at most (its request is still served when it comes).
"""

from __future__ import annotations

import asyncio
import logging
import socket

import uvicorn
from starlette.types import ASGIApp, Receive, Scope, Send

from newsdossier.api.asgi import Headers, editing_headers

__all__ = ["REQUEST_WAIT", "ClosingResponses", "TurnTakingServer", "Turns", "defer_accept"]

#: Seconds a worker waits for the request of the connection it took before it takes the
#: next one. The listening socket hands over a connection once its first bytes are in
#: (`defer_accept`), so a request starts within a few event-loop turns; only a stalled
#: client (a partial request) waits this long, each such connection delaying the queue by
#: this much (50 of them: ~1 s at 0.05 s, ~0.1 s at 0.005 s). Taking the next connection
#: too early only makes two requests wait in one worker.
REQUEST_WAIT = 0.005

#: Seconds a worker pauses taking connections after the system refused it one (out of
#: file descriptors, say), as asyncio's own accepting does.
ACCEPT_RETRY = 1.0

_log = logging.getLogger(__name__)


class Turns:
    """Whether this worker is free to take a connection: no request running, and no
    connection taken whose request has not started yet (for up to `REQUEST_WAIT`)."""

    def __init__(self) -> None:
        self.running = 0
        self._changed = asyncio.Event()
        self._awaited: asyncio.TimerHandle | None = None

    @property
    def free(self) -> bool:
        """No request running and none awaited."""
        return self.running == 0 and self._awaited is None

    async def wait_free(self) -> None:
        """Return once this worker is free."""
        while not self.free:
            self._changed.clear()
            await self._changed.wait()

    def taken(self, loop: asyncio.AbstractEventLoop) -> None:
        """A connection was taken: not free until its request starts (or does not come)."""
        self._awaited = loop.call_later(REQUEST_WAIT, self.dropped)

    def started(self) -> None:
        """A request started."""
        self.running += 1
        self._stop_awaiting()

    def finished(self) -> None:
        """A request's response was sent (or failed)."""
        self.running -= 1
        self._changed.set()

    def dropped(self) -> None:
        """The connection taken went away, or stalled, before its request came."""
        self._stop_awaiting()
        self._changed.set()

    def _stop_awaiting(self) -> None:
        if self._awaited is not None:
            self._awaited.cancel()
            self._awaited = None


class ClosingResponses:
    """ASGI middleware: ``app``'s HTTP requests counted in ``turns``, and every response
    closing its connection (the client's next request goes to the first free worker)."""

    def __init__(self, app: ASGIApp, turns: Turns) -> None:
        self.app = app
        self.turns = turns

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve one ASGI event (lifespan events pass through untouched)."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        def closing(headers: Headers) -> Headers:
            kept = [h for h in headers if h[0].lower() != b"connection"]
            return [*kept, (b"connection", b"close")]

        self.turns.started()
        try:
            await self.app(scope, receive, editing_headers(send, closing))
        finally:
            self.turns.finished()


class TurnTakingServer(uvicorn.Server):
    """A uvicorn server that takes a connection from its sockets only while ``turns``
    says it is free (its config's app must be wrapped in `ClosingResponses` with the same
    ``turns``)."""

    def __init__(self, config: uvicorn.Config, turns: Turns) -> None:
        super().__init__(config)
        self.turns = turns
        self._takers: list[asyncio.Task[None]] = []

    async def startup(self, sockets: list[socket.socket] | None = None) -> None:
        """The app started (lifespan), then a taker of connections on each socket."""
        await super().startup(sockets=[])
        loop = asyncio.get_running_loop()
        self._takers = [loop.create_task(self._take(sock)) for sock in sockets or []]

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        """No connection taken any more; then uvicorn's graceful shutdown."""
        for taker in self._takers:
            taker.cancel()
        await asyncio.gather(*self._takers, return_exceptions=True)
        await super().shutdown(sockets=sockets)

    def _protocol(self) -> asyncio.Protocol:
        """The HTTP protocol of one connection, as uvicorn's own accepting makes it."""
        protocol: asyncio.Protocol = self.config.http_protocol_class(  # type: ignore[call-arg]
            config=self.config, server_state=self.server_state, app_state=self.lifespan.state
        )
        return protocol

    async def _take(self, sock: socket.socket) -> None:
        """Take the socket's connections one at a time, each when this worker is free."""
        loop = asyncio.get_running_loop()
        sock.setblocking(False)
        while True:
            await self.turns.wait_free()
            try:
                conn, _ = await loop.sock_accept(sock)
            except OSError as exc:
                _log.warning("could not accept a connection (%s); retrying", exc)
                await asyncio.sleep(ACCEPT_RETRY)
                continue
            self.turns.taken(loop)
            try:
                await loop.connect_accepted_socket(self._protocol, conn)
            except OSError:
                conn.close()  # the client went away already
                self.turns.dropped()


def defer_accept(sock: socket.socket) -> None:
    """Have ``sock`` hand over a connection only once its first bytes have arrived (Linux;
    elsewhere nothing changes)."""
    option = getattr(socket, "TCP_DEFER_ACCEPT", None)
    if option is not None and sock.family in (socket.AF_INET, socket.AF_INET6):
        sock.setsockopt(socket.IPPROTO_TCP, option, 1)
