"""Commands that read the record: entities, dossier, quotes, timeline, and the server."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from newsdossier.cli.app import DEFAULT_DB, DbOption, app, console, err_console
from newsdossier.errors import OutputError
from newsdossier.limits import MAX_LIMIT, MAX_MIN_DOCS, MAX_SERVER_WORKERS
from newsdossier.query import (
    DOSSIER_ROWS,
    StatementFilter,
    TimelineFilter,
    check_store,
    dossier,
    list_entities,
    list_statements,
    reading,
    timeline,
)
from newsdossier.report import FORMATS, render, render_html
from newsdossier.report.timeline import timeline_html, timeline_jsonl, timeline_text

LimitOption = Annotated[
    int, typer.Option(min=1, max=MAX_LIMIT, help=f"Most rows shown (1-{MAX_LIMIT}).")
]
SinceOption = Annotated[
    str | None, typer.Option("--since", help="From this date (YYYY, YYYY-MM or YYYY-MM-DD).")
]
UntilOption = Annotated[str | None, typer.Option("--until", help="Up to this date, inclusive.")]


def _choice(value: str, choices: tuple[str, ...], option: str) -> str:
    if value not in choices:
        raise typer.BadParameter(
            f"unknown format {value!r}; choose one of {', '.join(choices)}", param_hint=option
        )
    return value


def _write(text: str, output: Path | None) -> None:
    if output is None:
        sys.stdout.write(text)
    else:
        try:
            output.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise OutputError(f"{output}: cannot write ({exc.strerror or exc})") from None
        err_console.print(f"written to {output}", highlight=False)


@app.command("entities", epilog="Example: newsdossier entities --type PERSON --min-docs 2")
def entities_cmd(
    db: DbOption = DEFAULT_DB,
    type: Annotated[str | None, typer.Option("--type", help="PERSON, ORG, GPE, ...")] = None,
    min_docs: Annotated[
        int, typer.Option("--min-docs", min=1, max=MAX_MIN_DOCS, help="In at least N articles.")
    ] = 1,
    name: Annotated[str | None, typer.Option("--name", help="Alias contains this.")] = None,
    limit: LimitOption = 50,
) -> None:
    """Who and what is in the corpus: name, type, aliases, articles, mentions."""
    with reading(db) as conn:
        page = list_entities(conn, type=type, min_docs=min_docs, q=name, limit=limit)
    table = Table("name", "type", "aliases", "articles", "mentions", title=f"{page.total} entities")
    for e in page.items:
        table.add_row(e.name, e.type, ", ".join(e.aliases), str(e.articles), str(e.mentions))
    console.print(table, highlight=False)


@app.command("dossier", epilog='Example: newsdossier dossier "Ana Ruiz" --format html -o ruiz.html')
def dossier_cmd(
    name: Annotated[str, typer.Argument(help="Any alias of the entity, or its id.")],
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="text, md, html or json.")] = "text",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file.")] = None,
    base_url: Annotated[
        str | None, typer.Option(help="Web UI address, to link facts to their article pages.")
    ] = None,
    limit: Annotated[
        int,
        typer.Option(min=1, max=MAX_LIMIT, help="Most rows of each list (the rest are counted)."),
    ] = DOSSIER_ROWS,
) -> None:
    """Profile of an entity: roles over time, statements, timeline, relations, sources."""
    _choice(format, tuple(FORMATS), "--format")
    with reading(db) as conn:
        d = dossier(conn, name, limit=limit)
    text = render_html(d, base_url=base_url) if format == "html" else render(d, format)
    _write(text, output)


@app.command(
    "quotes", epilog="Example: newsdossier quotes --speaker Ruiz --about Lisbon --since 2024-01-01"
)
def quotes_cmd(
    db: DbOption = DEFAULT_DB,
    speaker: Annotated[str | None, typer.Option(help="Said by this entity (any alias).")] = None,
    about: Annotated[str | None, typer.Option(help="Mentioning this entity.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    outlet: Annotated[str | None, typer.Option(help="Published by this outlet.")] = None,
    format: Annotated[str, typer.Option("--format", help="table or jsonl.")] = "table",
    limit: LimitOption = 100,
) -> None:
    """Statements (quotes and reported speech) with speaker, date and outlet."""
    _choice(format, ("table", "jsonl"), "--format")
    filters = StatementFilter(speaker, about, since, until, outlet)
    with reading(db) as conn:
        page = list_statements(conn, filters, limit=limit, sort="date")  # oldest first, as before
    if format == "jsonl":
        for s in page.items:
            sys.stdout.write(json.dumps(dataclasses.asdict(s), ensure_ascii=False) + "\n")
        return
    table = Table("speaker", "date", "statement", "outlet", title=f"{page.total} statements")
    for s in page.items:
        who = s.speaker_name or s.source_description or "-"
        table.add_row(who, s.date or "", " ".join(s.text.split()), s.source.outlet or "")
    console.print(table, highlight=False)


@app.command(
    "timeline", epilog="Example: newsdossier timeline --entity Lisbon --format html -o lisbon.html"
)
def timeline_cmd(
    db: DbOption = DEFAULT_DB,
    entity: Annotated[str | None, typer.Option(help="Only this entity's events and words.")] = None,
    since: SinceOption = None,
    until: UntilOption = None,
    format: Annotated[str, typer.Option("--format", help="text, jsonl or html.")] = "text",
    output: Annotated[Path | None, typer.Option("--output", "-o", help="Write to a file.")] = None,
    limit: LimitOption = 500,
) -> None:
    """Dated events and statements, merged across articles, ordered by when they happened."""
    _choice(format, ("text", "jsonl", "html"), "--format")
    with reading(db) as conn:
        page = timeline(conn, TimelineFilter(entity, since, until), limit=limit, sort="date")
    if format == "html":
        text = timeline_html(page.items, title=f"Timeline: {entity}" if entity else "Timeline")
    else:
        text = timeline_jsonl(page.items) if format == "jsonl" else timeline_text(page.items)
    _write(text, output)


@app.command("serve", epilog="Example: newsdossier serve --db news.db --port 8000")
def serve_cmd(
    db: DbOption = DEFAULT_DB,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=0, max=65535, help="TCP port.")] = 8000,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            help="Another Host name to answer (besides 127.0.0.1, localhost, ::1 and --host).",
        ),
    ] = None,
    workers: Annotated[
        int | None,
        typer.Option(
            min=1,
            max=MAX_SERVER_WORKERS,
            help="Server processes answering at once (default: one per core, at most 4).",
        ),
    ] = None,
) -> None:
    """HTTP API (/api, OpenAPI at /openapi.json) and web UI over the store, read-only."""
    # Lazy: fastapi and uvicorn come with the optional api extra, and importing them at the
    # top would slow every command (and `newsdossier --help`) down for a server rarely run.
    try:
        from newsdossier.api.server import default_workers, listening_socket, serve
    except ImportError as exc:  # the api extra is optional
        raise typer.BadParameter(
            f"the server needs the api extra ({exc.name} is missing): "
            "pip install 'newsdossier[api]'"
        ) from exc
    check_store(db)  # fail early, with our message, on a missing store
    try:
        sock = listening_socket(host, port)
    except OSError as exc:
        raise typer.BadParameter(f"cannot listen on {host}:{port}: {exc.strerror or exc}") from exc
    netloc = f"[{host}]" if ":" in host else host
    url = f"http://{netloc}:{sock.getsockname()[1]}"
    count = workers or default_workers()
    processes = "1 process" if count == 1 else f"{count} processes"
    err_console.print(f"serving {db} on {url}/ from {processes} (Ctrl-C stops)", highlight=False)
    serve(sock, db, base_url=url, allowed_hosts=(host, *(allow_host or ())), workers=count)
