"""Which files an input path stands for: the one directory walk of readers and executors."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from newsdossier.ingest.sniff import ARTICLE_SUFFIXES


def article_files(paths: Sequence[str]) -> list[str]:
    """The inputs ``paths`` stand for, in order, each directory replaced by its article files.

    A directory is walked recursively: files and folders whose name starts with a dot are
    skipped, only names ending in one of `ARTICLE_SUFFIXES` are kept, in path order. A
    directory without any such file stands for itself, so that the reader reports it. A
    file, a missing path and ``-`` (stdin) stand for themselves.
    """
    out: list[str] = []
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            out.extend(_walk(path) or [name])
        else:
            out.append(name)
    return out


def _walk(root: Path) -> list[str]:
    return [
        str(p)
        for p in sorted(root.rglob("*"))
        if p.is_file()
        and p.name.lower().endswith(ARTICLE_SUFFIXES)
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    ]
