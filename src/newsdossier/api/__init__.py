"""HTTP API and web UI (FastAPI), read-only over a store: ``create_app(db_path)``."""

from newsdossier.api.app import create_app
from newsdossier.api.errors import ErrorBody

__all__ = ["ErrorBody", "create_app"]
