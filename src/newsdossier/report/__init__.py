"""Dossier reports: plain text, Markdown, one self-contained HTML file, or JSON."""

from __future__ import annotations

import json
from collections.abc import Callable

from newsdossier.article import to_plain
from newsdossier.errors import QueryError
from newsdossier.query.rows import Dossier
from newsdossier.report.html import render_html
from newsdossier.report.text import render_markdown, render_text


def render_json(d: Dossier) -> str:
    """The dossier as one JSON object (the same fields as the API's entity detail), on one
    line: Python's C encoder writes only unindented JSON, three times faster (pipe it to
    ``jq`` to read it)."""
    return json.dumps(to_plain(d), ensure_ascii=False) + "\n"


#: Report formats by name.
FORMATS: dict[str, Callable[[Dossier], str]] = {
    "text": render_text,
    "md": render_markdown,
    "html": render_html,
    "json": render_json,
}


def render(d: Dossier, format: str = "text") -> str:
    """The dossier rendered in ``format`` (text, md, html or json)."""
    if format not in FORMATS:
        raise QueryError(
            f"unknown report format {format!r}; choose one of {', '.join(FORMATS)}",
            suggestions=list(FORMATS),
        )
    return FORMATS[format](d)


__all__ = ["FORMATS", "render", "render_html", "render_json", "render_markdown", "render_text"]
