"""Throughput of the full ``extract`` path against bare spaCy ``nlp.pipe``, same texts, same run.

    python bench/throughput.py [--articles 256]

Prints articles per second for both and their ratio (full / bare).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import body_texts, write_corpus
from newsdossier.nlp import load_model, model_label
from newsdossier.record import export_record
from newsdossier.runner import RunConfig, ingest
from newsdossier.store import Store, load_article


def full_extract(paths: list[Path], model: str | None) -> float:
    """Seconds for the whole extract path: read, clean, nlp, all stages, resolve, records."""
    began = time.perf_counter()
    with Store(":memory:") as store:
        summary = ingest([str(p) for p in paths], store, RunConfig(model=model))
        for doc_id in summary.new_ids:
            export_record(load_article(store.conn, doc_id))
    if summary.rejected:
        print(f"warning: {len(summary.rejected)} rejected: {summary.rejected[:3]}")
    return time.perf_counter() - began


def bare_spacy(texts: list[str], nlp: object) -> float:
    """Seconds for ``nlp.pipe`` alone over the same texts."""
    began = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):  # type: ignore[attr-defined]
        pass
    return time.perf_counter() - began


def main() -> None:
    """Run both on the same corpus and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=256)
    parser.add_argument("--model", default=None)
    args = parser.parse_args()
    nlp = load_model(args.model)
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(Path(tmp), limit=args.articles)
        texts = body_texts(paths)
        bare_spacy(texts[:8], nlp)  # warm-up
        bare = bare_spacy(texts, nlp)
        full = full_extract(paths, args.model)
    n = len(paths)
    table = Table(
        "path",
        "articles",
        "seconds",
        "articles/s",
        title=f"Throughput, {model_label(nlp)}, 1 process",
    )
    table.add_row("bare spaCy nlp.pipe", str(n), f"{bare:.1f}", f"{n / bare:.2f}")
    table.add_row("full extract", str(n), f"{full:.1f}", f"{n / full:.2f}")
    console = Console()
    console.print(table)
    console.print(f"ratio full/bare throughput: {bare / full:.2f}")


if __name__ == "__main__":
    main()
