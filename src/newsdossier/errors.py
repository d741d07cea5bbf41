"""Exceptions of newsdossier: one tree, each message says what happened and what to do.

    NewsdossierError
    ├── InputError          a file or stream cannot be read as articles (names the file)
    │   └── RecordError     one record inside a file (a JSONL line, a WARC record) is bad
    ├── ModelError          the spaCy model cannot be found or loaded
    ├── StoreError          the database is not a newsdossier store, or is newer than us
    ├── QueryError          a lookup found nothing, or too much (with suggestions)
    └── OutputError         an output file or folder cannot be written (names it)

Every error pickles with its fields, so it can cross process boundaries.
"""

from __future__ import annotations

from typing import Any


class NewsdossierError(Exception):
    """Base of every error newsdossier raises on purpose."""

    code = "NI-E000"

    def __init__(self, message: str, **fields: Any) -> None:
        super().__init__(message)
        self.message = message
        self.fields = fields

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.message, self.fields))

    def __str__(self) -> str:
        return f"[{self.code}] {self.message}"


def _rebuild(cls: type[NewsdossierError], message: str, fields: dict[str, Any]) -> Any:
    return cls(message, **fields)


#: Longest problem text an `InputError` keeps: one terminal line or two.
MAX_PROBLEM_CHARS = 300


def one_line(text: str, limit: int = MAX_PROBLEM_CHARS) -> str:
    """``text`` as one printable line: control characters and line breaks become spaces
    (other unprintable characters their escape), whitespace runs one space, at most
    ``limit`` characters."""
    out = []
    for ch in text:
        if ch.isprintable():
            out.append(ch)
        elif ch.isspace() or ord(ch) < 32:
            out.append(" ")
        else:
            out.append(ascii(ch)[1:-1])
    line = " ".join("".join(out).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


class InputError(NewsdossierError):
    """A path or stream cannot be read as articles; the message names the file.

    The problem is kept to one printable line (`one_line`): messages of libraries (raw
    bytes of a corrupt archive, spaCy's multi-line errors) never spill over the terminal."""

    code = "NI-E010"

    def __init__(self, path: str, problem: str, **fields: Any) -> None:
        path, problem = one_line(path, 500), one_line(problem)
        super().__init__(f"{path}: {problem}", path=path, problem=problem, **fields)
        self.path = path
        self.problem = problem

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_input, (type(self), self.path, self.problem))


def _rebuild_input(cls: type[InputError], path: str, problem: str) -> InputError:
    return cls(path, problem)


class RecordError(InputError):
    """One record inside an otherwise readable file is bad (a JSONL line, a WARC record)."""

    code = "NI-E011"


class ModelError(NewsdossierError):
    """The spaCy model cannot be found or loaded."""

    code = "NI-E020"


class StoreError(NewsdossierError):
    """The database file is not a newsdossier store, or its schema is newer than this code."""

    code = "NI-E030"


class QueryError(NewsdossierError):
    """A lookup found nothing or is ambiguous; ``suggestions`` lists close matches."""

    code = "NI-E040"

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        super().__init__(message, suggestions=suggestions or [])
        self.suggestions = suggestions or []

    def __reduce__(self) -> tuple[Any, ...]:
        return (QueryError, (self.message, self.suggestions))


class OutputError(NewsdossierError):
    """An output path cannot be written: missing folder, wrong kind, exists, no permission."""

    code = "NI-E060"
