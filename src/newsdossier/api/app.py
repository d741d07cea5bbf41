"""The application: JSON API under /api, web pages at /, static files, security headers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles

from newsdossier import __version__
from newsdossier.api.errors import install_error_handlers
from newsdossier.api.guard import LOCAL_HOSTS, HostGuard, SecurityHeaders
from newsdossier.api.routes import router as api_router
from newsdossier.query import ReaderPool, check_store
from newsdossier.ui.pages import STATIC_DIR, error_page
from newsdossier.ui.pages import router as ui_router

#: Pages load only our own script, style and images; nothing inline, nothing remote.
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}

DESCRIPTION = """Read-only JSON over a newsdossier store: articles with extracted spans,
entities, statements, timelines, relations, search and statistics.

Lists are paginated (`limit`, `offset`) with a stable order and report `total`.
Every error — 400 (bad value), 404 (not found), 422 (invalid parameters) — has one shape:
`{"ok": false, "status": 404, "error": "...", "errors": [{"loc": [...], "msg": "..."}],
"suggestions": [...]}`."""


def create_app(
    db_path: str | Path,
    *,
    base_url: str | None = None,
    allowed_hosts: Sequence[str] = (),
) -> FastAPI:
    """The API and web UI over the store at ``db_path`` (opened read-only per request).

    Only requests whose ``Host`` is 127.0.0.1, localhost, ::1 or one of ``allowed_hosts``
    are answered; absolute links (in the downloadable dossier) start with ``base_url``,
    never with what a request's ``Host`` says."""
    path = Path(db_path)
    check_store(path)  # a missing or foreign store fails here, not later
    app = FastAPI(
        title="newsdossier",
        version=__version__,
        description=DESCRIPTION,
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = path
    app.state.readers = ReaderPool(path)
    app.state.base_url = base_url
    install_error_handlers(app, error_page)
    app.include_router(api_router)
    app.include_router(ui_router)
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    app.add_middleware(SecurityHeaders, headers=_HEADERS)
    app.add_middleware(HostGuard, allowed=(*LOCAL_HOSTS, *allowed_hosts))
    return app
