"""p95 latency of the entity page and of search, over HTTP, on a store of >= 10,000 articles.

    python bench/api_latency.py [--articles 10000] [--base 200] [--db /tmp/bench.db]

How the store is built: ``--base`` real articles (TimeML and PolNeAR texts read in place
from ``../shared/gold``, see ``bench/corpus.py``) go through the real pipeline once; their
records are then written again with ``Store.add`` under new ids, shifted publication dates
and rotating outlet names until the store holds ``--articles`` articles. Entity resolution
runs for every copy, so popular actors end up in thousands of articles (the hard case for
an entity page). An existing ``--db`` is reused.

The app runs under uvicorn in a thread; requests go one at a time over real HTTP.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus
from newsdossier.api.server import BackgroundServer
from newsdossier.runner import ingest
from newsdossier.store import Store, load_article

QUERIES = ("president", "security council", "said on Monday", "election campaign", "oil prices")


def build_store(db: Path, *, articles: int, base: int) -> None:
    """Process ``base`` real articles, then copy their records until ``articles`` are stored."""
    console = Console(stderr=True)
    began = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(Path(tmp) / "texts", limit=base)
        with Store(":memory:") as scratch:
            summary = ingest([str(p) for p in paths], scratch)
            records = [load_article(scratch.conn, i) for i in summary.new_ids]
    console.print(f"pipeline: {len(records)} articles in {time.perf_counter() - began:.0f}s")
    began = time.perf_counter()
    with Store(db) as store:
        copy = 0
        while store.info()["counts"]["documents"] < articles:
            for k, article in enumerate(records):
                new_id = hashlib.sha256(f"{article.id}:{copy}".encode()).hexdigest()
                day = date.fromisoformat((article.published or "2020-01-01")[:10])
                published = (day + timedelta(days=7 * copy)).isoformat()
                outlet = f"{article.outlet or 'Outlet'} {(copy + k) % 20}"
                clone = dataclasses.replace(article, id=new_id, published=published, outlet=outlet)
                store.add(clone, pipeline="bench-copy")
            copy += 1
        count = store.info()["counts"]
    console.print(f"copies: {count['documents']} articles in {time.perf_counter() - began:.0f}s")


def timed(client: httpx.Client, url: str, *, runs: int) -> list[float]:
    """Milliseconds of ``runs`` sequential GETs (after two warm-up requests)."""
    for _ in range(2):
        client.get(url).raise_for_status()
    out = []
    for _ in range(runs):
        began = time.perf_counter()
        client.get(url).raise_for_status()
        out.append((time.perf_counter() - began) * 1000)
    return out


def p95(values: list[float]) -> float:
    """95th percentile."""
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    """Build (or reuse) the store, time the pages, print a table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--base", type=int, default=200)
    parser.add_argument("--runs", type=int, default=40)
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "nd_bench.db")
    args = parser.parse_args()
    if not args.db.exists():
        build_store(args.db, articles=args.articles, base=args.base)
    with Store(args.db, readonly=True) as store:
        counts = store.info()["counts"]
        top = store.conn.execute(
            "SELECT entity_id, count(*) AS n FROM doc_entities d JOIN entities e ON e.id ="
            " d.entity_id WHERE e.type = ? GROUP BY entity_id ORDER BY n DESC LIMIT 1",
            ("PERSON",),
        ).fetchone()
        widest = store.conn.execute(
            "SELECT entity_id, count(*) AS n FROM doc_entities GROUP BY entity_id"
            " ORDER BY n DESC LIMIT 1"
        ).fetchone()
    table = Table("request", "p50 ms", "p95 ms", "max ms", title=f"{counts['documents']} articles")
    with (
        BackgroundServer(args.db) as server,
        httpx.Client(base_url=server.url, timeout=60) as client,
    ):
        cases = [
            (f"entity page, top person ({top['n']} articles)", f"/entity/{top['entity_id']}"),
            (f"entity page, widest entity ({widest['n']} articles)", f"/entity/{widest[0]}"),
            ("entity JSON (API), top person", f"/api/entities/{top['entity_id']}"),
            *[(f"search page {q!r}", f"/search?q={q}") for q in QUERIES[:2]],
            *[(f"search API {q!r}", f"/api/search?q={q}") for q in QUERIES],
        ]
        for label, url in cases:
            ms = timed(client, url, runs=args.runs)
            table.add_row(label, f"{statistics.median(ms):.0f}", f"{p95(ms):.0f}", f"{max(ms):.0f}")
    Console().print(table)
    print(f"counts: {counts}")


if __name__ == "__main__":
    main()
