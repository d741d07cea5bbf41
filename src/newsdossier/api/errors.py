"""The one JSON error shape of the API, for 400, 404 and 422 alike.

``{"ok": false, "status": 404, "error": "no entity called 'X'; did you mean: Y?",
"errors": [], "suggestions": ["Y"]}`` — ``errors`` lists each invalid parameter of a 422
(``{"loc": [...], "msg": "..."}``); ``suggestions`` lists close matches of a name.
An unexpected failure is a 500 in the same shape. UI pages get the same message as an
HTML page instead.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel
from starlette.exceptions import HTTPException

from newsdossier.errors import NewsdossierError, QueryError, StoreError
from newsdossier.query import NotFoundError
from newsdossier.query.open import BudgetError


class ErrorDetail(BaseModel):
    """One invalid parameter."""

    loc: list[str | int]
    msg: str


class ErrorBody(BaseModel):
    """Every API error: 400 (bad value), 404 (nothing there), 422 (invalid parameters)."""

    ok: bool = False
    status: int
    error: str
    errors: list[ErrorDetail] = []
    suggestions: list[str] = []


#: ``responses=`` entry documenting the error shape on every route.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in (
        (400, "Bad value"),
        (404, "Not found"),
        (422, "Invalid parameters"),
        (503, "Store unavailable, or the request ran over its time budget"),
    )
}

HtmlErrorPage = Callable[[Request, int, str, list[str]], Response]


def status_of(exc: NewsdossierError) -> int:
    """The HTTP status a library error maps to."""
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, StoreError | BudgetError):
        return 503
    return 400


def install_error_handlers(app: FastAPI, html_page: HtmlErrorPage) -> None:
    """Turn library errors, HTTP errors and validation errors into the error shape."""

    def reply(
        request: Request,
        status: int,
        message: str,
        errors: list[ErrorDetail],
        suggestions: list[str],
    ) -> Response:
        if not request.url.path.startswith("/api"):
            return html_page(request, status, message, suggestions)
        body = ErrorBody(status=status, error=message, errors=errors, suggestions=suggestions)
        return JSONResponse(body.model_dump(), status_code=status)

    async def library(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, NewsdossierError)
        hints = exc.suggestions if isinstance(exc, QueryError) else []
        return reply(request, status_of(exc), exc.message, [], hints)

    async def http(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return reply(request, exc.status_code, str(exc.detail), [], [])

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        details = [
            ErrorDetail(
                loc=[str(x) if not isinstance(x, int) else x for x in e["loc"]], msg=str(e["msg"])
            )
            for e in exc.errors()
        ]
        message = "; ".join(f"{'.'.join(map(str, d.loc))}: {d.msg}" for d in details)
        return reply(request, 422, message or "invalid request", details, [])

    async def unexpected(request: Request, exc: Exception) -> Response:
        return reply(request, 500, f"internal error ({type(exc).__name__})", [], [])

    handlers: dict[type[Exception], Callable[[Request, Exception], Awaitable[Response]]] = {
        NewsdossierError: library,
        HTTPException: http,
        RequestValidationError: invalid,
        Exception: unexpected,
    }
    for kind, handler in handlers.items():
        app.add_exception_handler(kind, handler)
