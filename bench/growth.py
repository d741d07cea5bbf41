"""Ingest time growth with 10x the articles, and store size per 1,000 articles.

    python bench/growth.py [--small 1000] [--large 10000] [--workers 2]
                           [--load-small 1000] [--load-large 10000]

1. Whole ingest (pool executor: stages 1-7 in workers, then the store) of ``--small`` and
   ``--large`` real articles (TimeML, PolNeAR: about 1,180; beyond that, editions of
   them with small unique changes, so every file has its own id). The small corpus is
   an even sample of the large one, so both mix short wire and long feature articles
   alike.
2. Store load alone (stage 8: cross-article entity resolution, duplicate index, writes)
   of ``--load-small`` and ``--load-large`` articles: the processed rows of step 1's
   large run, repeated with unique ids and a unique closing line (offsets unchanged)
   as syndicated editions would be, loaded into a fresh store. This isolates the part
   that could grow faster than linearly: nothing may compare an article with every
   stored one.

Linear means about 10x the time for 10x the articles.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus
from newsdossier.runner import IngestSummary, RunConfig, get_executor
from newsdossier.runner.shards import Row, load_rows, read_shard
from newsdossier.store import Store


def write_editions(folder: Path, limit: int, *, like: int) -> int:
    """Write ``limit`` article files drawn evenly from the first ``like`` real articles
    (so a small and a large corpus mix sources alike), then uniquely edited editions."""
    written = write_corpus(folder / "base", limit=like)
    step = max(1, len(written) // limit)
    keep = set(written[::step][:limit])
    for path in written:
        if path not in keep:
            path.unlink()
    base = sorted(keep)
    count, edition = len(base), 1
    while count < limit:
        for path in base[: limit - count]:
            header, _, text = path.read_text(encoding="utf-8").partition("\n")
            paras = [p for p in text.split("\n\n") if p.strip()]
            if len(paras) > 3:
                del paras[1 + edition % (len(paras) - 2)]
            out = folder / f"ed{edition:03d}" / path.name
            out.parent.mkdir(parents=True, exist_ok=True)
            body = f"Edition {edition} of this report.\n\n" + "\n\n".join(paras)
            out.write_text(f"{header}\n{body}\n", encoding="utf-8")
            count += 1
        edition += 1
    return count


def ingest_run(n: int, tmp: Path, workers: int, like: int) -> tuple[float, Path]:
    """Seconds for a whole ingest of ``n`` articles; the folder of its shards."""
    folder, shards = tmp / f"corpus{n}", tmp / f"shards{n}"
    write_editions(folder, n, like=like)
    began = time.perf_counter()
    with Store(tmp / f"ingest{n}.db") as store:
        config = RunConfig(workers=workers, shards=shards)
        summary = get_executor("pool").run([str(folder)], store, config)
    seconds = time.perf_counter() - began
    print(f"ingest {n:>6} articles: {summary.new} new in {seconds:8.1f} s")
    return seconds, shards


def edition_rows(shards: Path, n: int) -> list[Row]:
    """``n`` article rows: the processed rows, repeated with a unique id and closing line."""
    base = [r for p in sorted(shards.glob("part-*.parquet")) for r in read_shard(p)]
    base = [r for r in base if r["kind"] == "article"]
    out = []
    for i in range(n):
        row = base[i % len(base)]
        data = json.loads(row["article"])
        if i >= len(base):
            data["body"] += f"\n\nThis edition, number {i}, was distributed to subscribers."
            data["id"] = hashlib.sha256(f"{data['id']}|{i}".encode()).hexdigest()
        out.append({**row, "id": data["id"], "article": json.dumps(data, ensure_ascii=False)})
    return out


def load_run(rows: list[Row], tmp: Path) -> tuple[float, int]:
    """Seconds to load ``rows`` into a fresh store, and the store's size in bytes."""
    path = tmp / f"load{len(rows)}.db"
    tenth = max(1, len(rows) // 10)
    laps = []
    began = time.perf_counter()
    io_before = _io()
    with Store(path) as store:
        for start in range(0, len(rows), tenth):
            lap = time.perf_counter()
            load_rows(store, rows[start : start + tenth], IngestSummary(), pipeline="[]")
            laps.append(time.perf_counter() - lap)
        seconds = time.perf_counter() - began
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    io_after = _io()
    size = path.stat().st_size
    print(
        f"load   {len(rows):>6} articles in {seconds:8.1f} s, store {size / 1e6:.1f} MB; "
        f"ms/article in the first tenth {1000 * laps[0] / tenth:.1f}, "
        f"in the last {1000 * laps[-1] / tenth:.1f}"
    )
    if io_before and io_after:
        per = {k: (io_after[k] - io_before[k]) / len(rows) for k in io_before}
        print(
            f"       I/O per article: {per['rchar'] / 1024:.0f} KB read in {per['syscr']:.0f}"
            f" calls, {per['wchar'] / 1024:.0f} KB written in {per['syscw']:.0f} calls"
        )
    return seconds, size


def _io() -> dict[str, int]:
    """This process's I/O counters so far (Linux ``/proc/self/io``; empty elsewhere): bytes
    and calls of reads and writes, page cache included."""
    try:
        lines = Path("/proc/self/io").read_text().splitlines()
    except OSError:
        return {}
    fields = dict(line.split(": ", 1) for line in lines)
    return {k: int(fields[k]) for k in ("rchar", "wchar", "syscr", "syscw")}


def main() -> None:
    """Measure both growths and print the factors and the store size per 1,000."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--small", type=int, default=1000)
    parser.add_argument("--large", type=int, default=10000)
    parser.add_argument("--load-small", type=int, default=1000)
    parser.add_argument("--load-large", type=int, default=10000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--shards", type=Path, help="skip the ingests, load these shards")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        if args.shards:  # reuse the shards of an earlier run: store-load growth only
            small = large = float("nan")
            shards = args.shards
        else:
            small, _ = ingest_run(args.small, tmp, args.workers, args.large)
            large, shards = ingest_run(args.large, tmp, args.workers, args.large)
        load_small, _ = load_run(edition_rows(shards, args.load_small), tmp)
        load_large, size = load_run(edition_rows(shards, args.load_large), tmp)
    print(
        f"whole ingest: x{args.large / args.small:.0f} articles -> x{large / small:.2f} time"
        f"  ({args.small / small:.2f} vs {args.large / large:.2f} articles/s)"
    )
    print(
        f"store load:   x{args.load_large / args.load_small:.0f} articles -> "
        f"x{load_large / load_small:.2f} time  (aim <= 11x for 10x)"
    )
    print(f"store size: {size / args.load_large * 1000 / 1e6:.1f} MB per 1,000 articles")


if __name__ == "__main__":
    main()
