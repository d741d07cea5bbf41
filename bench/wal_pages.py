"""Which tables and indexes a store load writes, per article, in a small and a large store.

    python bench/wal_pages.py SMALL.db LARGE.db [--groups 9] [--cycles 8] [--base 200]

Counted, not timed, so a busy machine does not change the figures. Each store takes
copies of the ``--base`` first articles of LARGE (`api_latency.copy_of`, as
``bench/load_ab.py`` stores them) in groups of `WRITE_GROUP`, with SQLite's automatic
checkpoint off and the store's checkpoint thread idle; after each group the new WAL
frames are read (each frame names the page it holds), and after ``--groups`` groups the
WAL is checkpointed and emptied, ``--cycles`` times. Pages are named by the b-tree that
owns them at the end (SQLite's ``dbstat``).

Printed per article, for each b-tree: WAL frames (every page every commit writes), and
distinct pages per checkpoint (what a checkpoint copies back and syncs), largest growth
first. Both stores GROW: run it on copies.
"""

from __future__ import annotations

import argparse
import collections
import os
import struct
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from rich.console import Console
from rich.table import Table

from load_ab import Loader, originals
from newsdossier.runner.summary import WRITE_GROUP

WAL_HEADER, FRAME_HEADER, PAGE = 32, 24, 4096


Counts = dict[str, int]


def count(db: Path, base: int, groups: int, cycles: int) -> tuple[int, Counts, Counts]:
    """Articles loaded into ``db``, and WAL frames and distinct pages per checkpoint by
    b-tree name."""
    loader = Loader(db, originals(db, base))
    conn = loader.store.conn
    assert loader.store.checkpointer is not None
    loader.store.checkpointer.every = 1 << 62  # this count does the checkpoints itself
    conn.execute("PRAGMA wal_autocheckpoint=0")
    loader.load(WRITE_GROUP * groups)  # untimed start, as in load_ab
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    frames: collections.Counter[int] = collections.Counter()
    distinct: collections.Counter[int] = collections.Counter()
    wal = Path(f"{db}-wal")
    for _ in range(cycles):
        position, pages = WAL_HEADER, set()
        for _ in range(groups):
            loader.load(WRITE_GROUP)
            with wal.open("rb") as f:
                size = os.fstat(f.fileno()).st_size
                f.seek(position)
                while position + FRAME_HEADER + PAGE <= size:
                    (page,) = struct.unpack(">I", f.read(FRAME_HEADER)[:4])
                    frames[page] += 1
                    pages.add(page)
                    f.seek(PAGE, os.SEEK_CUR)
                    position += FRAME_HEADER + PAGE
        distinct.update(pages)
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    owner = dict(conn.execute("SELECT pageno, name FROM dbstat").fetchall())
    by_frames: collections.Counter[str] = collections.Counter()
    by_distinct: collections.Counter[str] = collections.Counter()
    for page, n in frames.items():
        by_frames[owner.get(page, "(free)")] += n
    for page, n in distinct.items():
        by_distinct[owner.get(page, "(free)")] += n
    loader.store.close()
    return groups * cycles * WRITE_GROUP, by_frames, by_distinct


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("small", type=Path)
    parser.add_argument("large", type=Path)
    parser.add_argument("--groups", type=int, default=9, help="groups per checkpoint")
    parser.add_argument("--cycles", type=int, default=8, help="checkpoints counted")
    parser.add_argument("--base", type=int, default=200, help="articles copied")
    parser.add_argument("--rows", type=int, default=20, help="b-trees shown")
    args = parser.parse_args()
    (n_small, f_small, d_small), (n_large, f_large, d_large) = (
        count(db, args.base, args.groups, args.cycles) for db in (args.small, args.large)
    )
    names = set(f_small) | set(f_large)
    growth = {k: d_large[k] / n_large - d_small[k] / n_small for k in names}
    table = Table(
        "b-tree", "frames, small", "frames, large", "distinct, small", "distinct, large",
        title="pages per article (distinct: per checkpoint)",
    )  # fmt: skip
    for name in sorted(names, key=lambda k: -growth[k])[: args.rows]:
        table.add_row(
            name,
            *(f"{c[name] / n:.2f}" for c, n in ((f_small, n_small), (f_large, n_large))),
            *(f"{c[name] / n:.2f}" for c, n in ((d_small, n_small), (d_large, n_large))),
        )
    table.add_row(
        "all",
        *(f"{sum(c.values()) / n:.1f}" for c, n in ((f_small, n_small), (f_large, n_large))),
        *(f"{sum(c.values()) / n:.1f}" for c, n in ((d_small, n_small), (d_large, n_large))),
    )
    Console(width=120).print(table)


if __name__ == "__main__":
    main()
