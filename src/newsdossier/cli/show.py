"""Rendering what an ingest found: the new articles and the actors in them."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import Protocol

from rich.markup import escape
from rich.table import Table

from newsdossier.cli.app import console
from newsdossier.query import IngestSummary, ingest_summary

#: Longest statement shown whole in the summary; longer ones are cut with an ellipsis.
STATEMENT_WIDTH = 90


class Connected(Protocol):
    """Anything holding an open store connection (a store, for one)."""

    @property
    def conn(self) -> sqlite3.Connection:
        """The open connection."""
        ...


def print_summary(store: Connected, doc_ids: Sequence[str]) -> None:
    """A table of the new articles, then the actors most often mentioned in them."""
    if not doc_ids:
        return
    summary = ingest_summary(store.conn, doc_ids)
    console.print(_articles_table(summary))
    console.print(_actors_table(summary))
    console.print(_said_table(summary))


def _articles_table(summary: IngestSummary) -> Table:
    table = Table(
        "published",
        "outlet",
        "title / first words",
        "entities",
        "statements",
        "dates",
        title="New articles",
    )
    for a in summary.articles:
        table.add_row(
            a.published or "?",
            a.outlet or "?",
            a.title,
            str(a.entities),
            str(a.statements),
            str(a.dates),
        )
    return table


def _actors_table(summary: IngestSummary) -> Table:
    table = Table("entity", "type", "articles", "mentions", title="Most mentioned")
    for a in summary.actors:
        table.add_row(a.name, a.type, str(a.articles), str(a.mentions))
    return table


def _said_table(summary: IngestSummary) -> Table:
    table = Table("speaker", "said on", "statement", title="Who said what (first 8)")
    for s in summary.said:
        text = s.text if len(s.text) <= STATEMENT_WIDTH else s.text[: STATEMENT_WIDTH - 1] + "…"
        table.add_row(escape(s.who), s.date or "?", escape(text))
    return table
