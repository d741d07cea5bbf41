"""What every request passes first: the Host allow-list (against DNS rebinding) and HEAD;
and what every response gets last: the security headers.

A page served on 127.0.0.1 can be reached by a hostile web page whose own domain is
re-pointed at 127.0.0.1 (DNS rebinding); its requests then carry that domain in ``Host``.
Only the names the server was configured with are answered. ``HEAD`` is answered like
``GET`` without the body (Starlette routes declared with GET answer HEAD with 405).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from starlette.types import ASGIApp, Message, Receive, Scope, Send

from newsdossier.api.asgi import Headers, editing_headers

#: Names a local server always answers to.
LOCAL_HOSTS = ("127.0.0.1", "localhost", "::1")


def host_name(header: str) -> str:
    """The host of a ``Host`` header without its port: ``[::1]:8000`` -> ``::1``."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    if value.count(":") == 1:
        return value.split(":", 1)[0]
    return value


class HostGuard:
    """ASGI middleware: refuse a request whose ``Host`` is not allowed (400); turn HEAD into
    a GET whose body is dropped."""

    def __init__(self, app: ASGIApp, *, allowed: Iterable[str]) -> None:
        self.app = app
        self.allowed = frozenset(host_name(h) for h in allowed)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Check the Host of an HTTP request, then pass it on."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = dict(scope.get("headers") or [])
        host = host_name(headers.get(b"host", b"").decode("latin-1"))
        if host not in self.allowed:
            await _refuse(scope, send, host)
            return
        if scope["method"] != "HEAD":
            await self.app(scope, receive, send)
            return

        async def no_body(message: Message) -> None:
            if message["type"] == "http.response.body":
                message = {**message, "body": b""}
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, no_body)


class SecurityHeaders:
    """ASGI middleware: ``headers`` added to every HTTP response that does not set them
    (plain ASGI: Starlette's ``@app.middleware`` wraps each response in a stream)."""

    def __init__(self, app: ASGIApp, *, headers: dict[str, str]) -> None:
        self.app = app
        self.headers = [
            (k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()
        ]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Pass the request on; add the missing headers to its response's start."""
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        def missing_added(headers: Headers) -> Headers:
            present = {name.lower() for name, _ in headers}
            return [*headers, *((k, v) for k, v in self.headers if k not in present)]

        await self.app(scope, receive, editing_headers(send, missing_added))


async def _refuse(scope: Scope, send: Send, host: str) -> None:
    message = f"host {host[:100]!r} is not served here (see `newsdossier serve --allow-host`)"
    body: Any
    if str(scope.get("path", "")).startswith("/api"):
        shape = {"ok": False, "status": 400, "error": message, "errors": [], "suggestions": []}
        body, kind = json.dumps(shape).encode(), b"application/json"
    else:
        body, kind = message.encode(), b"text/plain; charset=utf-8"
    await send(
        {
            "type": "http.response.start",
            "status": 400,
            "headers": [(b"content-type", kind), (b"content-length", str(len(body)).encode())],
        }
    )
    await send({"type": "http.response.body", "body": body if scope["method"] != "HEAD" else b""})
