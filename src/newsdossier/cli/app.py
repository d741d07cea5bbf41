"""The Typer application and the options every command shares."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

app = typer.Typer(
    name="newsdossier",
    help="Who said what, when, about whom — a sourced record built from news articles.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
    pretty_exceptions_enable=False,
)

#: Human output goes to stdout; progress, warnings and errors to stderr.
console = Console()
err_console = Console(stderr=True)

DbOption = Annotated[
    Path,
    typer.Option("--db", help="Store file (created on first ingest).", envvar="NEWSDOSSIER_DB"),
]
DEFAULT_DB = Path("newsdossier.db")
