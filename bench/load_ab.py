"""Store-load time per article in a small and a large store, measured in turn.

    python bench/load_ab.py SMALL.db LARGE.db [--chunk 512] [--rounds 8] [--base 200]

How much more an article costs to store when the store is large, without the drift of a
shared machine in the figure: the two stores take chunks of ``--chunk`` articles in turn,
``--rounds`` times each, in one process, so a slow minute falls on both. The articles are
copies (`api_latency.copy_of`: new ids, later dates, rotating outlets) of the ``--base``
first articles stored in LARGE, written with ``Store.add_many`` in groups of
`WRITE_GROUP`, as ``newsdossier ingest`` and ``bench/api_latency.py``'s build store them.
Each store first takes one untimed chunk (the one-time loads of the process, the store's
pages into its cache). Both stores GROW by ``chunk * (rounds + 1)`` articles: run it on
copies. With the defaults each store takes 4,096 timed articles, one whole cycle of the
read model's folds (`newsdossier.store.aggregates.FOLD_EVERY`), so both pay for one fold.

Printed: wall and CPU milliseconds per article of each round, their means, and the
ratios large/small. CPU is the whole process's, so it includes the store's checkpoint
thread (`newsdossier.store.checkpoint`), whose own share is printed beside it; wall is the
writer's, which does not wait for that thread.
"""

from __future__ import annotations

import argparse
import gc
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rich.console import Console
from rich.table import Table

from api_latency import copy_of
from newsdossier.article import Article
from newsdossier.runner.summary import WRITE_GROUP
from newsdossier.store import Store, load_article


def originals(db: Path, base: int) -> list[Article]:
    """The first ``base`` articles stored in ``db`` (by document key)."""
    with Store(db, readonly=True) as store:
        ids = store.conn.execute("SELECT id FROM documents ORDER BY key LIMIT ?", (base,))
        return [load_article(store.conn, i) for (i,) in ids.fetchall()]


class Loader:
    """Copies of ``records`` stored into one store, each copy number after the store's
    own (so dates keep moving forward as in a build)."""

    def __init__(self, db: Path, records: list[Article]) -> None:
        self.store = Store(db)
        self.records = records
        self.checkpoint_cpu = 0.0  # seconds of the checkpoint thread, over timed loads
        last = self.store.conn.execute("SELECT max(key) FROM documents").fetchone()[0] or 0
        self.position = (int(last) // len(records) + 1) * len(records)

    def load(self, articles: int) -> tuple[float, float]:
        """Store ``articles`` more copies; wall and CPU milliseconds per article."""
        wall = cpu = 0.0
        checkpointer = self.store.checkpointer
        checkpoint_cpu = checkpointer.cpu_seconds if checkpointer else 0.0
        for _ in range(articles // WRITE_GROUP):
            group = []
            for n in range(self.position, self.position + WRITE_GROUP):
                copy, k = divmod(n, len(self.records))
                group.append(copy_of(self.records[k], copy, k))
            self.position += WRITE_GROUP
            started, cpu_started = time.perf_counter(), time.process_time()
            self.store.add_many(group, pipeline="bench-copy")
            wall += time.perf_counter() - started
            cpu += time.process_time() - cpu_started
        done = articles // WRITE_GROUP * WRITE_GROUP
        if checkpointer is not None:
            self.checkpoint_cpu += checkpointer.cpu_seconds - checkpoint_cpu
        return wall / done * 1000, cpu / done * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("small", type=Path)
    parser.add_argument("large", type=Path)
    parser.add_argument("--chunk", type=int, default=512, help="articles per turn")
    parser.add_argument("--rounds", type=int, default=8, help="turns of each store")
    parser.add_argument("--base", type=int, default=200, help="articles copied")
    args = parser.parse_args()
    records = originals(args.large, args.base)
    loaders = {"small": Loader(args.small, records), "large": Loader(args.large, records)}
    sizes = {
        name: int(loader.store.conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        for name, loader in loaders.items()
    }
    for loader in loaders.values():
        loader.load(args.chunk)  # untimed: one-time loads (lexicons, caches) and warm pages
        loader.checkpoint_cpu = 0.0
    gc.collect()
    gc.freeze()  # the records and loaded modules: out of the collector's walks
    wall: dict[str, list[float]] = {name: [] for name in loaders}
    cpu: dict[str, list[float]] = {name: [] for name in loaders}
    table = Table("round", "small wall ms", "small CPU ms", "large wall ms", "large CPU ms")
    for turn in range(args.rounds):
        for name, loader in loaders.items():
            w, c = loader.load(args.chunk)
            wall[name].append(w)
            cpu[name].append(c)
        table.add_row(str(turn + 1), *(f"{x[n][-1]:.2f}" for n in loaders for x in (wall, cpu)))
    console = Console()
    console.print(table)
    for name in loaders:
        print(
            f"{name}: {sizes[name]:,} articles at the start; mean wall"
            f" {statistics.fmean(wall[name]):.2f} ms, CPU {statistics.fmean(cpu[name]):.2f} ms"
            f" per article (checkpoint thread: CPU"
            f" {loaders[name].checkpoint_cpu * 1000 / (args.chunk * args.rounds):.2f} ms)"
        )
    ratio_wall = statistics.fmean(wall["large"]) / statistics.fmean(wall["small"])
    ratio_cpu = statistics.fmean(cpu["large"]) / statistics.fmean(cpu["small"])
    print(f"large/small: wall {ratio_wall:.3f}, CPU {ratio_cpu:.3f}")
    for loader in loaders.values():
        loader.store.close()


if __name__ == "__main__":
    main()
