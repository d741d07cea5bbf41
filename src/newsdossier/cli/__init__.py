"""The ``newsdossier`` command line: thin commands over the library (Typer + Rich)."""

from __future__ import annotations

import sys

import typer

from newsdossier.cli import corpus, records
from newsdossier.cli.app import app
from newsdossier.errors import NewsdossierError

__all__ = ["app", "main"]

_COMMAND_MODULES = (corpus, records)  # importing them registers their commands


def main() -> None:
    """Entry point of the console script: library errors become one-line messages."""
    try:
        code = app(standalone_mode=False)
    except NewsdossierError as exc:
        typer.echo(f"Error: {exc}", err=True)
        sys.exit(1)
    except typer.TyperException as exc:
        show = getattr(exc, "show", None)
        if show is not None:
            show()
        else:
            typer.echo(f"Error: {exc}", err=True)
        sys.exit(int(getattr(exc, "exit_code", 2)))
    except (typer.Abort, KeyboardInterrupt):
        typer.echo("Aborted.", err=True)
        sys.exit(130)
    sys.exit(code if isinstance(code, int) else 0)
