"""Where the project's own files are, for tests that read them (docs, examples, sources)."""

from __future__ import annotations

from pathlib import Path

#: The repository's root folder.
PROJECT = Path(__file__).resolve().parents[2]
