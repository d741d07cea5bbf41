"""Rendering what an ingest found: the new articles and the actors in them."""

from __future__ import annotations

from collections.abc import Sequence

from rich.markup import escape
from rich.table import Table

from newsdossier.cli.app import console
from newsdossier.store import Store


def print_summary(store: Store, doc_ids: Sequence[str]) -> None:
    """A table of the new articles, then the actors most often mentioned in them."""
    if not doc_ids:
        return
    marks = ",".join("?" * len(doc_ids))
    table = Table(
        "published",
        "outlet",
        "title / first words",
        "entities",
        "statements",
        "dates",
        title="New articles",
    )
    for r in store.conn.execute(
        "SELECT d.published, d.outlet, coalesce(d.title, substr(d.body, 1, 60)) AS title,"
        " (SELECT count(*) FROM doc_entities e WHERE e.doc_id = d.id) AS ents,"
        " (SELECT count(*) FROM statements s WHERE s.doc_id = d.id) AS stmts,"
        " (SELECT count(*) FROM timexes t WHERE t.doc_id = d.id) AS dates"
        f" FROM documents d WHERE d.id IN ({marks}) ORDER BY d.published, d.title",
        doc_ids,
    ):
        table.add_row(
            r["published"] or "?",
            r["outlet"] or "?",
            r["title"],
            str(r["ents"]),
            str(r["stmts"]),
            str(r["dates"]),
        )
    console.print(table)
    actors = Table("entity", "type", "articles", "mentions", title="Most mentioned")
    for r in store.conn.execute(
        "SELECT e.name, e.type, count(DISTINCT m.doc_id) AS docs, count(*) AS n"
        f" FROM mentions m JOIN entities e ON e.id = m.entity_id WHERE m.doc_id IN ({marks})"
        " GROUP BY e.id ORDER BY docs DESC, n DESC LIMIT 12",
        doc_ids,
    ):
        actors.add_row(r["name"], r["type"], str(r["docs"]), str(r["n"]))
    console.print(actors)
    said = Table("speaker", "said on", "statement", title="Who said what (first 8)")
    for r in store.conn.execute(
        "SELECT coalesce(s.speaker_name, s.source_description, '?') AS who, s.date, s.text"
        f" FROM statements s WHERE s.doc_id IN ({marks}) AND s.reported_by IS NULL"
        " ORDER BY s.date, s.doc_id, s.idx LIMIT 8",
        doc_ids,
    ):
        text = r["text"] if len(r["text"]) <= 90 else r["text"][:89] + "…"
        said.add_row(escape(r["who"]), r["date"] or "?", escape(text))
    console.print(said)
