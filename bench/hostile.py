"""Hostile inputs and requests (issue 13): each one's wall time and peak memory.

Builds every hostile input of the issue in a temporary folder, runs the real command
line on each in a fresh process, and prints a Rich table: wall seconds and the peak RSS
of the largest process (the CLI or one of its workers). Done when no request takes
over 2 s and no input over 60 s or 1 GB.

    .venv/bin/python bench/hostile.py
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

PROJECT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "newsdossier"]
ZH = "市议会星期二以十二票对三票通过了明年的公交预算。议员们表示，新的预算将增加夜间公交车的班次。"
JA = (
    "市議会は火曜日、来年度のバス予算を賛成多数で可決した。議員らによると、夜間バスの本数を増やす。"
)

#: Runs ``argv`` in a child and prints its wall time and the peak RSS of its descendants.
_MEASURE = """
import json, resource, subprocess, sys, time
began = time.monotonic()
done = subprocess.run(sys.argv[1:], capture_output=True, text=True)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"seconds": time.monotonic() - began, "mb": peak / 1024,
                  "code": done.returncode, "err": done.stderr.strip().splitlines()[-1:]}))
"""


def _page(title: str, body: str, head: str) -> str:
    paragraphs = f"<p>{body}</p>" * 4
    return f"<html><head>{head}<title>{title}</title></head><body>{paragraphs}</body></html>"


def build_inputs(tmp: Path) -> dict[str, Path]:
    """Every hostile input file of issue 13, written under ``tmp``."""
    files = {
        "gb18030.html": _page(ZH[:12], ZH * 3, '<meta charset="gb2312">').encode("gb18030"),
        "shift_jis.html": _page(
            JA[:12],
            JA * 3,
            '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">',
        ).encode("cp932"),
        "utf16.txt": ("The council approved the budget on Tuesday, the mayor said.\n" * 5).encode(
            "utf-16"
        ),
        "lines.txt": "\n".join(["Trump"] * 100_000).encode(),
        "big_record.jsonl": json.dumps({"text": "The council met again. " * 55_000}).encode(),
        "nested.html": (
            "<html><body>"
            + "<div>" * 10_000
            + "<p>The harbour authority said the new pier opens in May after two years.</p>" * 3
            + "</div>" * 10_000
            + "</body></html>"
        ).encode(),
        "four.jsonl": "".join(
            json.dumps({"text": f"The council met for the {n}th time on Tuesday, the mayor said."})
            + "\n"
            for n in range(4)
        ).encode(),
        "zh.txt": ("date 2025-03-04\n" + ZH * 3 + "\n").encode(),
    }
    out = {}
    for name, data in files.items():
        (tmp / name).write_bytes(data)
        out[name] = tmp / name
    return out


def cases(tmp: Path) -> list[tuple[str, list[str]]]:
    """(what, command line) for every hostile input and request."""
    inputs = build_inputs(tmp)
    db = str(tmp / "store.db")
    long = "x" * 60_000
    return [
        (
            "ingest examples (the store the requests read)",
            [*CLI, "ingest", str(PROJECT / "examples"), "--db", db],
        ),
        *[
            (f"ingest {name}", [*CLI, "ingest", str(path), "--db", db])
            for name, path in inputs.items()
        ],
        (
            "ingest four.jsonl --workers 100",
            [
                *CLI,
                "ingest",
                str(inputs["four.jsonl"]),
                "--db",
                str(tmp / "w.db"),
                "--workers",
                "100",
            ],
        ),
        ("search 'Trump ' x 3000", [*CLI, "search", "Trump " * 3000, "--db", db]),
        ("search 'Trump ' x 150 (duplicates)", [*CLI, "search", "Trump " * 150, "--db", db]),
        ("dossier 60,000 characters", [*CLI, "dossier", long, "--db", db]),
        ("quotes --speaker 60,000 characters", [*CLI, "quotes", "--speaker", long, "--db", db]),
        ("entities --min-docs 2**70", [*CLI, "entities", "--min-docs", str(2**70), "--db", db]),
        ("info", [*CLI, "info", "--db", db]),
    ]


def main() -> None:
    """Run every case and print the table."""
    table = Table(
        "case", "exit", "seconds", "peak MB", "last line on stderr", title="hostile inputs"
    )
    with tempfile.TemporaryDirectory() as folder:
        for what, argv in cases(Path(folder)):
            began = time.monotonic()
            raw = subprocess.run(
                [sys.executable, "-c", _MEASURE, *argv], capture_output=True, text=True, check=True
            ).stdout
            result = json.loads(raw)
            seconds = result["seconds"] or time.monotonic() - began
            last = (result["err"] or [""])[0][:70]
            table.add_row(what, str(result["code"]), f"{seconds:.2f}", f"{result['mb']:.0f}", last)
    Console().print(table)


if __name__ == "__main__":
    main()
