"""Commands that build and inspect the corpus: ingest, extract, export, search, info."""

from __future__ import annotations

import json
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from newsdossier.cli.app import DEFAULT_DB, DbOption, app, console, err_console
from newsdossier.cli.show import print_summary
from newsdossier.errors import OutputError, StoreError
from newsdossier.ingest import article_files
from newsdossier.ingest.decode import iso_date
from newsdossier.lang.lexicon import has_lexicon
from newsdossier.limits import MAX_LIMIT
from newsdossier.query.search import SEARCH_SYNTAX, search, search_entities
from newsdossier.record import export_record
from newsdossier.runner import (
    DEFAULT_EXECUTOR,
    EXECUTORS,
    Executor,
    IngestSummary,
    RunConfig,
    UnknownExecutorError,
    get_executor,
    ingest,
)
from newsdossier.runner.worker import model_label_of
from newsdossier.store import Store, load_article
from newsdossier.store.export import EXPORTERS, export_target

PathsArg = Annotated[list[str], typer.Argument(help="Files, directories, or - for stdin.")]
PublishedOption = Annotated[
    str | None,
    typer.Option("--published", help="Publication date (YYYY-MM-DD) for articles without one."),
]
ModelOption = Annotated[str | None, typer.Option(help="spaCy model name or path.")]
OutletOption = Annotated[
    str | None,
    typer.Option("--outlet", help="Outlet for articles without one (else the URL's domain)."),
]
UrlOption = Annotated[str | None, typer.Option("--url", help="URL for articles without one.")]
ManifestOption = Annotated[
    Path | None,
    typer.Option(
        "--manifest",
        help="CSV or JSON Lines of per-file metadata: path, url, outlet, published, title.",
    ),
]
EngineOption = Annotated[
    str,
    typer.Option(
        help=escape(
            "Where stages 1-7 run. "
            + "; ".join(f"{name}: {e.description}" for name, e in EXECUTORS.items())
            + "."
        )
    ),
]


def _check_date(value: str | None) -> str | None:
    if value is None:
        return None
    iso = iso_date(value)
    if iso is None or len(value.strip()) != 10:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form")
    return iso


def _executor(name: str) -> Executor:
    try:
        return get_executor(name)
    except UnknownExecutorError as exc:
        raise typer.BadParameter(exc.message, param_hint="--engine") from None


@app.command(
    "ingest",
    epilog="Example: newsdossier ingest examples/ --db news.db"
    "  |  newsdossier ingest warc/ --engine ray --address ray://head:10001 --shards out/",
)
def ingest_cmd(
    paths: PathsArg,
    db: DbOption = DEFAULT_DB,
    published: PublishedOption = None,
    outlet: OutletOption = None,
    url: UrlOption = None,
    manifest: ManifestOption = None,
    model: ModelOption = None,
    engine: EngineOption = DEFAULT_EXECUTOR,
    address: Annotated[
        str | None, typer.Option(help="Ray cluster to use (ray://host:10001); default: local Ray.")
    ] = None,
    workers: Annotated[
        int | None, typer.Option(min=1, help="Pool processes or Ray actors (default: cores).")
    ] = None,
    shards: Annotated[
        Path | None,
        typer.Option(
            help="Folder for Parquet shards (pool, ray); a rerun resumes (ray default: DB.shards)."
        ),
    ] = None,
) -> None:
    """Read, clean and extract articles into the store (incremental: known articles are skipped).

    Stages 1-7 run in a process pool (--engine pool, the default), in this process
    (--engine local) or on Ray (--engine ray); results are stored, and entities resolved
    across the corpus, in input order.
    """
    date = _check_date(published)
    executor = _executor(engine)
    config = RunConfig(
        model=model,
        published=date,
        outlet=outlet,
        url=url,
        manifest=manifest,
        workers=workers,
        shards=shards,
        address=address,
    )
    model_label_of(model)  # an unusable --model fails here, before the store is created
    with Store(db) as store:
        summary = _run_with_progress(executor, paths, store, config)
    _print_outcome(summary, db)
    with Store(db, readonly=True) as store:
        print_summary(store, summary.new_ids)


def _run_with_progress(
    executor: Executor, paths: Sequence[str], store: Store, config: RunConfig
) -> IngestSummary:
    """Run ``executor`` with a progress bar on stderr that advances with each input file."""
    with Progress(
        TextColumn("[bold]ingest"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        TextColumn("{task.fields[file]}"),
        console=err_console,
        transient=True,
    ) as progress:
        task = progress.add_task("files", total=len(article_files(paths)), file="")

        def advance(name: str) -> None:
            progress.update(task, advance=1, file=Path(name).name)

        return executor.run(paths, store, config, on_file=advance)


def _print_outcome(summary: IngestSummary, db: Path) -> None:
    """Every rejected input and warning, then the counts, on stderr."""
    for source, problem in summary.rejected:
        err_console.print(f"[red]rejected[/red] {source}: {problem}", highlight=False)
    for source, warning in summary.warnings:
        err_console.print(f"[yellow]warning[/yellow] {source}: {warning}", highlight=False)
    err_console.print(
        f"{summary.new} new, {summary.present} already present, "
        f"{len(summary.rejected)} rejected -> {db}",
        highlight=False,
    )


@app.command(
    "extract", epilog="Example: newsdossier extract story.txt --published 2025-04-28 > story.jsonl"
)
def extract_cmd(
    paths: PathsArg,
    published: PublishedOption = None,
    outlet: OutletOption = None,
    url: UrlOption = None,
    manifest: ManifestOption = None,
    model: ModelOption = None,
) -> None:
    """Process articles without a store: one JSON record per article on stdout (the export
    record, docs/record.md).

    Entities are resolved across all the articles given, exactly as in a fresh store.

    """
    date = _check_date(published)
    with Store(":memory:") as store:
        config = RunConfig(model=model, published=date, outlet=outlet, url=url, manifest=manifest)
        summary = ingest(paths, store, config)
        for source, problem in summary.rejected:
            err_console.print(f"rejected {source}: {problem}", highlight=False)
        for doc_id in summary.new_ids:
            record = export_record(load_article(store.conn, doc_id))
            sys.stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    if summary.rejected and not summary.new_ids:
        raise typer.Exit(1)


@app.command("export", epilog="Example: newsdossier export --format parquet -o corpus.parquet")
def export_cmd(
    db: DbOption = DEFAULT_DB,
    format: Annotated[str, typer.Option("--format", help="jsonl, csv or parquet.")] = "jsonl",
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="File (jsonl, parquet) or folder (csv).")
    ] = None,
    force: Annotated[bool, typer.Option("--force", help="Replace an existing output.")] = False,
) -> None:
    """Write every stored article as records: JSON Lines, CSV tables (one per layer), or Parquet."""
    if format not in EXPORTERS:
        raise typer.BadParameter(
            f"unknown format {format!r}; choose one of " + ", ".join(sorted(EXPORTERS)),
            param_hint="--format",
        )
    target = export_target(format, output, force=force)
    with Store(db, readonly=True) as store:
        try:
            count = EXPORTERS[format](store.conn, target)
        except OSError as exc:
            raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    where = f" to {target}" if target else ""
    err_console.print(f"{count} articles exported{where}", highlight=False)


@app.command(
    "search",
    epilog=escape(
        "Example: newsdossier search '\"security alliance\" -Trump speaker:Takaichi since:2025'"
    ),
)
def search_cmd(
    text: Annotated[str, typer.Argument(help=escape(f"The search: {SEARCH_SYNTAX}."))],
    db: DbOption = DEFAULT_DB,
    limit: Annotated[int, typer.Option(min=1, max=MAX_LIMIT, help="Most results shown.")] = 20,
) -> None:
    """Full-text search over article bodies and statements, with the entities it names."""
    if not text.strip():
        console.print(escape(f"nothing to search for; a search has {SEARCH_SYNTAX}"))
        return
    with Store(db, readonly=True) as store:
        hits = search(store.conn, text, limit=limit)
        entities = search_entities(store.conn, text)
    if entities:
        found = Table("entity", "type", "aliases", "articles", title="Entities")
        for e in entities:
            found.add_row(escape(e.name), e.type, escape(", ".join(e.aliases)), str(e.articles))
        console.print(found)
    table = Table("kind", "date", "where", "match", show_lines=False)
    for hit in hits:
        table.add_row(hit.kind, hit.date or "", escape(hit.label), escape(hit.snippet))
    console.print(table if hits else escape(f"no article or statement matches {text!r}"))


@app.command("upgrade", epilog="Example: newsdossier upgrade --db news.db")
def upgrade_cmd(db: DbOption = DEFAULT_DB) -> None:
    """Migrate a store written by an earlier newsdossier to this one's schema (readers
    refuse an older store; ingest upgrades it too). Safe to repeat."""
    if not Path(db).exists():
        raise StoreError(f"{db}: no store here; create one with `newsdossier ingest`")
    with Store(db) as store:
        version = store.info()["schema_version"]
    console.print(f"{db}: schema version {version}, up to date")


@app.command("info", epilog="Example: newsdossier info --db news.db")
def info_cmd(db: DbOption = DEFAULT_DB) -> None:
    """Counts of every layer, schema version and model of the store."""
    with Store(db, readonly=True) as store:
        info = store.info()
    table = Table("what", "value", show_header=False)
    table.add_row("store", info["path"])
    table.add_row("schema version", str(info["schema_version"]))
    table.add_row("model", info.get("model", "-"))
    for name, count in info["counts"].items():
        table.add_row(name, str(count))
    for language, count in info["languages"].items():
        note = "" if language == "?" or has_lexicon(language) else " (not analysed)"
        table.add_row(f"language {language}", f"{count}{note}")
    console.print(table)
