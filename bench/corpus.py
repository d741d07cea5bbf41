"""A benchmark corpus of real articles: PolNeAR and TimeML texts written as dated text files.

The texts are research-only: they are read from ``shared/gold`` and written to a
temporary folder for the run, never into the project.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

# The research-corpus readers live in the project's eval/ (not shipped); benchmarks run as
# scripts (`python bench/x.py`), so the project root is put on the path as the bench
# folder already is.
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval.corpora import iter_polnear, iter_timeml

_DATE_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


def write_corpus(folder: Path, *, limit: int) -> list[Path]:
    """Write up to ``limit`` real articles as ``date YYYY-MM-DD`` text files; return them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    for doc in iter_timeml():
        dct = doc.dct[:10]
        paths.append(_write(folder / f"timeml_{doc.name}.txt", dct, doc.text))
        if len(paths) >= limit:
            return paths
    for split in ("dev", "train"):
        for text in iter_polnear(split):
            match = _DATE_IN_NAME.search(text.name)
            date = match[1] if match else None
            paths.append(_write(folder / f"polnear_{text.name}.txt", date, text.text))
            if len(paths) >= limit:
                return paths
    return paths


def _write(path: Path, date: str | None, text: str) -> Path:
    header = f"date {date}\n" if date else ""
    path.write_text(header + text.strip() + "\n", encoding="utf-8")
    return path


def body_texts(paths: list[Path]) -> list[str]:
    """The article texts without their date header (what bare spaCy is given)."""
    out = []
    for path in paths:
        text = path.read_text(encoding="utf-8")
        out.append(text.split("\n", 1)[1] if text.startswith("date ") else text)
    return out
