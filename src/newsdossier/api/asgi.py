"""ASGI plumbing the server's middlewares share (`guard`, `turns`)."""

from __future__ import annotations

from collections.abc import Callable

from starlette.types import Message, Send

Headers = list[tuple[bytes, bytes]]


def editing_headers(send: Send, edit: Callable[[Headers], Headers]) -> Send:
    """``send`` with the headers of each response's start replaced by ``edit`` of them."""

    async def edited(message: Message) -> None:
        if message["type"] == "http.response.start":
            message = {**message, "headers": edit(list(message.get("headers", [])))}
        await send(message)

    return edited
