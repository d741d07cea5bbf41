"""p50/p95 latency of the entity pages, statements, search, timeline and dossier over HTTP.

    python bench/api_latency.py [--articles 100000] [--base 200] [--db /tmp/nd_bench.db]

How the store is built: ``--base`` real articles (TimeML and PolNeAR texts read in place
from ``../shared/gold``, see ``bench/corpus.py``) go through the real pipeline once; their
records are then written again with ``Store.add`` under new ids, shifted publication dates
and rotating outlet names until the store holds ``--articles`` articles, in groups of
`WRITE_GROUP` per commit as ``newsdossier ingest`` stores them. Entity resolution
and the duplicate check run for every copy, so popular actors end up in tens of thousands
of articles (the hard case for an entity page). The build is resumable: run the command
again after an interruption and it carries on from the copies already stored (``--db``
keeps them). The store-load time of each article (its group's time shared by its
articles) is kept beside the store (``<db>.load-times.json``), so the growth of the load
time from the first to the last tenth of the build is reported even for a build done over
several runs; so is each article's store-load CPU time (this process's, the store's
checkpoint thread included), which other jobs on the machine disturb less than the wall
time. A shared machine's speed drifts over a build by as much as the growth being
measured, so the build also keeps a twin: at a fortieth of the build the store is copied
(``<db>.twin.db.base``), and every 512 articles 64 copies are stored into a fresh copy of
it and timed. The twin does the same work every time, so a change in its load time from
the first tenth to the last is the machine's; the growth is also reported with each
tenth's mean divided by the mean of the twin's loads taken during it.

The server is ``newsdossier serve`` in its own processes (``--workers``, default the
server's own: one per core; their resident memory is read from ``/proc`` and summed);
requests go over real HTTP, first one at a time (``--runs`` times each), then from 8
concurrent client processes, each running the mix ``--runs / 2`` times.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import hashlib
import json
import multiprocessing
import os
import shutil
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

import httpx
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import write_corpus
from newsdossier.article import Article
from newsdossier.runner import ingest
from newsdossier.runner.summary import WRITE_GROUP
from newsdossier.store import Store, load_article

console = Console(stderr=True)

#: Concurrent clients of the second run.
CLIENTS = 8


def base_records(base: int) -> list[Article]:
    """``base`` real articles through the whole pipeline, as stored records."""
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_corpus(Path(tmp) / "texts", limit=base)
        with Store(":memory:") as scratch:
            summary = ingest([str(p) for p in paths], scratch)
            return [load_article(scratch.conn, i) for i in sorted(summary.new_ids)]


def copy_of(article: Article, copy: int, k: int) -> Article:
    """Copy number ``copy`` of the ``k``-th base article: new id, date a week per copy
    later, one of 20 outlets."""
    new_id = hashlib.sha256(f"{article.id}:{copy}".encode()).hexdigest()
    day = date.fromisoformat((article.published or "2020-01-01")[:10])
    published = (day + timedelta(days=7 * copy)).isoformat()
    outlet = f"{article.outlet or 'Outlet'} {(copy + k) % 20}"
    return dataclasses.replace(article, id=new_id, published=published, outlet=outlet)


#: Articles between two twin loads, and groups in one (see `Twin`).
TWIN_EVERY = 512
TWIN_GROUPS = 4


@dataclasses.dataclass
class LoadTimes:
    """What a build timed: each article's store-load seconds and CPU seconds (this
    process's; none in a build before they were kept), and the twin loads taken as it
    went (the number of articles stored then, wall and CPU seconds per article)."""

    times: list[float]
    cpu: list[float] = dataclasses.field(default_factory=list)
    twin: list[tuple[int, float, float]] = dataclasses.field(default_factory=list)

    @classmethod
    def read(cls, path: Path) -> LoadTimes:
        """The times kept beside a store (none for a new one)."""
        if not path.exists():
            return cls([])
        data = json.loads(path.read_text())
        if isinstance(data, list):  # kept by a build before CPU times were kept
            return cls(data)
        twin = [(int(n), float(w), float(c)) for n, w, c in data.get("twin", [])]
        return cls(data["times"], data.get("cpu", []), twin)

    def write(self, path: Path) -> None:
        """Keep the times beside the store, for a resumed build."""
        kept = {"times": self.times, "cpu": self.cpu, "twin": self.twin}
        path.write_text(json.dumps(kept))


class Twin:
    """A copy of the build's store taken at a fortieth of the build (``base``), into which
    `TWIN_GROUPS` groups of copies are stored every `TWIN_EVERY` articles of the build,
    each time from the copy as it was taken: the same work every time, so what changes in
    its time over the build is the machine, not the store."""

    def __init__(self, path: Path, base: Path, records: list[Article]) -> None:
        self.path, self.base, self.records = path, base, records

    @classmethod
    def copy(cls, store: Store, path: Path, records: list[Article]) -> Twin:
        """The twin of ``store`` at ``path``, its base a consistent copy (SQLite's backup)
        beside it."""
        base = path.with_name(path.name + ".base")
        target = sqlite3.connect(base)
        try:
            store.conn.backup(target)
        finally:
            target.close()
        return cls(path, base, records)

    def load(self) -> tuple[float, float]:
        """Store `TWIN_GROUPS` groups of copies into a fresh copy of the base; wall and CPU
        seconds per article."""
        shutil.copyfile(self.base, self.path)
        wall = cpu = 0.0
        with Store(self.path) as store:
            last = store.conn.execute("SELECT max(key) FROM documents").fetchone()[0]
            position = (int(last or 0) // len(self.records) + 1) * len(self.records)
            for _ in range(TWIN_GROUPS):
                group = []
                for n in range(position, position + WRITE_GROUP):
                    copy, k = divmod(n, len(self.records))
                    group.append(copy_of(self.records[k], copy, k))
                position += WRITE_GROUP
                started, cpu_started = time.perf_counter(), time.process_time()
                store.add_many(group, pipeline="bench-twin")
                wall += time.perf_counter() - started
                cpu += time.process_time() - cpu_started
        count = TWIN_GROUPS * WRITE_GROUP
        return wall / count, cpu / count


def build_store(db: Path, *, articles: int, base: int) -> LoadTimes:
    """Fill ``db`` up to ``articles`` articles (resuming a partial build); returns the
    seconds each ``Store.add`` took, over all runs of the build, and the twin's loads.

    From a fortieth of the build on, every `TWIN_EVERY` articles it also times a load
    into its `Twin`: this machine's speed drifts by ±15% over minutes (a shared virtual
    machine), as much as the growth measured, so the growth is also reported from the
    build's loads against the twin's taken during the same tenth."""
    times_file = db.with_name(db.name + ".load-times.json")
    twin_file = db.with_name(db.name + ".twin.db")
    kept = LoadTimes.read(times_file)
    twin: Twin | None = None
    with Store(db) as store:
        stored = int(store.conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        if stored >= articles:
            return kept
        began = time.perf_counter()
        records = base_records(base)
        console.print(f"pipeline: {len(records)} articles in {time.perf_counter() - began:.0f}s")
        # What the pipeline loaded (the language model) and the base records live as long
        # as the build: out of the collector's sight, its full collections (tens of ms,
        # at random points of the loads timed) scan only what the loads allocate.
        gc.collect()
        gc.freeze()
        position = stored  # the n-th stored article is copy n // base of record n % base
        with Progress(
            TextColumn("copies"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeRemainingColumn(),
            console=console,
        ) as bar:
            task = bar.add_task("copies", total=articles, completed=stored)
            while position < articles:
                if twin is None and position >= articles // 40:
                    base_file = twin_file.with_name(twin_file.name + ".base")
                    if base_file.exists():
                        twin = Twin(twin_file, base_file, records)
                    else:
                        twin = Twin.copy(store, twin_file, records)
                if twin is not None and position % TWIN_EVERY < WRITE_GROUP:
                    kept.twin.append((position, *twin.load()))
                group = []
                for n in range(position, min(position + WRITE_GROUP, articles)):
                    copy, k = divmod(n, len(records))
                    group.append(copy_of(records[k], copy, k))
                started, cpu = time.perf_counter(), time.process_time()
                outcomes = store.add_many(group, pipeline="bench-copy")
                each = (time.perf_counter() - started) / len(group)
                each_cpu = (time.process_time() - cpu) / len(group)
                stored_new = sum(outcome == "new" for outcome in outcomes)
                if len(kept.cpu) == len(kept.times):  # CPU kept since the build began
                    kept.cpu += [each_cpu] * stored_new
                kept.times += [each] * stored_new
                position += len(group)
                bar.advance(task, len(group))
                if position % TWIN_EVERY < WRITE_GROUP or position == articles:
                    kept.write(times_file)
    return kept


@dataclasses.dataclass(frozen=True)
class Growth:
    """Mean store-load time (ms) of the first and last tenth of a build and their ratio;
    the same for CPU time; and that ratio against the twin's loads (`paired`: wall and
    CPU; `None` without twin loads in both tenths)."""

    first: float
    last: float
    ratio: float
    cpu: tuple[float, float] | None = None
    paired: tuple[float, float] | None = None


def growth(kept: LoadTimes) -> Growth:
    """How the load time grew from the first to the last tenth of the build."""
    times = kept.times
    tenth = max(1, len(times) // 10)
    first = statistics.fmean(times[:tenth]) * 1000
    last = statistics.fmean(times[-tenth:]) * 1000
    cpu = None
    if kept.cpu and len(kept.cpu) == len(times):
        early_cpu, late_cpu = kept.cpu[:tenth], kept.cpu[-tenth:]
        cpu = (statistics.fmean(early_cpu) * 1000, statistics.fmean(late_cpu) * 1000)
    return Growth(first, last, last / first, cpu, paired_growth(kept, tenth))


def paired_growth(kept: LoadTimes, tenth: int) -> tuple[float, float] | None:
    """The last/first tenth ratio of the build's mean load time, each tenth's mean divided
    by the mean of the twin's loads taken during it: wall and CPU time. The twin does the
    same work every cycle, so what changes in it from one tenth to the other is the
    machine, not the store."""
    twin_first = [(w, c) for n, w, c in kept.twin if n < tenth]
    twin_last = [(w, c) for n, w, c in kept.twin if n >= len(kept.times) - tenth]
    if not twin_first or not twin_last or len(kept.cpu) != len(kept.times):
        return None
    ratios = []
    for build, column in ((kept.times, 0), (kept.cpu, 1)):
        first = statistics.fmean(build[:tenth]) / statistics.fmean(t[column] for t in twin_first)
        last = statistics.fmean(build[-tenth:]) / statistics.fmean(t[column] for t in twin_last)
        ratios.append(last / first)
    return ratios[0], ratios[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def server(db: Path, workers: int | None) -> Iterator[tuple[str, int]]:
    """``newsdossier serve`` over ``db`` in its own process (and its workers'): (base URL,
    pid)."""
    port = _free_port()
    command = [sys.executable, "-m", "newsdossier", "serve", "--db", str(db), "--port", str(port)]
    command += ["--workers", str(workers)] if workers else []
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                httpx.get(f"{url}/api/stats", timeout=30).raise_for_status()
                break
            except httpx.TransportError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    proc.kill()
                    _, err = proc.communicate()
                    raise RuntimeError(f"the server did not start: {err.decode()}") from None
                time.sleep(0.2)
        time.sleep(2)  # the other workers start after the first answers
        yield url, proc.pid
    finally:
        proc.terminate()
        proc.wait(10)


def _children(pid: int) -> list[int]:
    """The processes whose parent is ``pid`` (from /proc)."""
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # gone meanwhile
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def rss_mb(pid: int) -> tuple[float, float, int]:
    """Resident memory of process ``pid`` and its worker processes summed, now and at each
    one's peak, in MB (from /proc), and how many processes that is."""
    now = peak = 0.0
    pids = [pid, *_children(pid)]
    for each in pids:
        fields = {}
        for line in Path(f"/proc/{each}/status").read_text().splitlines():
            name, _, value = line.partition(":")
            fields[name] = value.split()
        now += int(fields["VmRSS"][0]) / 1024
        peak += int(fields["VmHWM"][0]) / 1024
    return now, peak, len(pids)


def pick_entities(db: Path) -> dict[str, tuple[str, str, int]]:
    """The top person (most articles) and a median one: label -> (id, name, articles);
    the top speaker with the median date of their statements."""
    with Store(db, readonly=True) as store:
        people = store.conn.execute(
            "SELECT s.entity_id, e.name, s.articles FROM entity_stats s"
            " JOIN entities e ON e.id = s.entity_id WHERE e.type = 'PERSON'"
            " ORDER BY s.articles DESC, s.entity_id"
        ).fetchall()
        speaker = store.conn.execute(
            "SELECT s.entity_id, e.name, s.statements_by FROM entity_stats s"
            " JOIN entities e ON e.id = s.entity_id ORDER BY s.statements_by DESC LIMIT 1"
        ).fetchone()
    top, median = people[0], people[len(people) // 2]
    return {
        "top": (top[0], top[1], top[2]),
        "median": (median[0], median[1], median[2]),
        "speaker": (speaker[0], speaker[1], speaker[2]),
    }


def request_mix(db: Path) -> list[tuple[str, str]]:
    """(label, path) of every request timed."""
    who = pick_entities(db)
    top, median, speaker = who["top"], who["median"], who["speaker"]
    with Store(db, readonly=True) as store:
        first, last = store.conn.execute(
            "SELECT min(day), max(day) FROM statement_days WHERE day != ''"
        ).fetchone()
        (busiest,) = store.conn.execute(
            "SELECT outlet FROM outlet_days GROUP BY outlet ORDER BY sum(articles) DESC LIMIT 1"
        ).fetchone()
    since, until = first[:4], str(int(first[:4]) + (int(last[:4]) - int(first[:4])) // 2)
    outlet = "outlet:" + quote(f'"{busiest}"')
    return [
        (f"entity page, top person ({top[2]:,} articles)", f"/entity/{top[0]}"),
        (f"entity page, median person ({median[2]:,} articles)", f"/entity/{median[0]}"),
        ("entity JSON, top person", f"/api/entities/{top[0]}"),
        ("entity JSON, median person", f"/api/entities/{median[0]}"),
        ("entity statements-about page 3, top person", f"/entity/{top[0]}/said-about?page=3"),
        (
            f"statements by {speaker[1]} {since}..{until}",
            f"/api/statements?speaker={quote(speaker[1])}&since={since}&until={until}",
        ),
        (
            "statements page by speaker and dates",
            f"/statements?speaker={quote(speaker[1])}&since={since}&until={until}",
        ),
        ("search 'president'", "/api/search?q=president"),
        ("search phrase '\"security council\"'", "/api/search?q=%22security+council%22"),
        ("search 'oil OR gas -price*'", "/api/search?q=oil+OR+gas+-price*"),
        (
            f"search 'election speaker:{speaker[1]}'",
            f"/api/search?q=election+speaker:{quote(chr(34) + speaker[1] + chr(34))}",
        ),
        ("search page 'said' outlet filter", f"/search?q=said+{outlet}"),
        ("timeline, top person", f"/api/timeline?entity={top[0]}"),
        ("timeline page, median person", f"/entity/{median[0]}/timeline"),
        ("dossier JSON, top person", f"/entity/{top[0]}/dossier.json"),
    ]


def timed(client: httpx.Client, path: str) -> float:
    """Milliseconds of one GET."""
    began = time.perf_counter()
    response = client.get(path)
    response.raise_for_status()
    return (time.perf_counter() - began) * 1000


def p95(values: list[float]) -> float:
    """95th percentile."""
    return statistics.quantiles(values, n=20)[-1]


def run_sequential(
    url: str, mix: list[tuple[str, str]], runs: int, *, workers: int = 1
) -> dict[str, list[float]]:
    """Each request of the mix ``runs`` times, one at a time, after it has warmed every one
    of the server's ``workers`` processes (`warm`)."""
    out: dict[str, list[float]] = {}
    with httpx.Client(base_url=url, timeout=120) as client:
        for label, path in mix:
            warm(url, path, workers)
            out[label] = [timed(client, path) for _ in range(runs)]
    return out


def warm(url: str, path: str, workers: int) -> None:
    """Two rounds of ``workers`` GETs of ``path`` at once. A worker takes a connection only
    while it serves none, so the GETs of a round spread over the workers, and the timed
    GETs are not a worker's first of this request: sent one at a time, two warm-up GETs
    could both go to one worker and leave the other's page cache cold for a timed one."""

    def get(_: int) -> None:
        with httpx.Client(base_url=url, timeout=120) as client:
            timed(client, path)

    with ThreadPoolExecutor(workers) as pool:
        for _ in range(2):
            list(pool.map(get, range(workers)))


def _client(url: str, mix: list[tuple[str, str]], runs: int, n: int) -> list[tuple[str, float]]:
    """Client ``n`` of the concurrent run: the mix ``runs`` times, starting at its own point."""
    times = []
    with httpx.Client(base_url=url, timeout=120) as client:
        for r in range(runs):
            for i in range(len(mix)):
                label, path = mix[(i + n + r) % len(mix)]
                times.append((label, timed(client, path)))
    return times


def run_concurrent(url: str, mix: list[tuple[str, str]], runs: int) -> dict[str, list[float]]:
    """The mix run ``runs`` times by each of `CLIENTS` clients at once, each a process of its
    own (threads of one process would wait for each other's GIL and time that too), each
    starting at another point of the mix."""
    out: dict[str, list[float]] = {label: [] for label, _ in mix}
    with ProcessPoolExecutor(CLIENTS, mp_context=multiprocessing.get_context("fork")) as pool:
        futures = [pool.submit(_client, url, mix, runs, n) for n in range(CLIENTS)]
        for future in futures:
            for label, ms in future.result():
                out[label].append(ms)
    return out


def main() -> None:
    """Build (or resume) the store, time the request mix, print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--base", type=int, default=200)
    parser.add_argument("--runs", type=int, default=30, help="timed GETs per request, 1 client")
    parser.add_argument("--db", type=Path, default=Path(tempfile.gettempdir()) / "nd_bench.db")
    parser.add_argument(
        "--workers", type=int, default=None, help="server processes (default: the server's)"
    )
    args = parser.parse_args()
    kept = build_store(args.db, articles=args.articles, base=args.base)
    with Store(args.db, readonly=True) as store:
        count = int(store.conn.execute("SELECT count(*) FROM documents").fetchone()[0])
    # the store's own files (the WAL and its index too), not the load times or the twin
    store_files = (Path(f"{args.db}{suffix}") for suffix in ("", "-wal", "-shm"))
    size = sum(p.stat().st_size for p in store_files if p.exists())
    mix = request_mix(args.db)
    with server(args.db, args.workers) as (url, pid):
        one = run_sequential(url, mix, args.runs, workers=len([pid, *_children(pid)]))
        many = run_concurrent(url, mix, max(2, args.runs // 2))
        rss, peak, processes = rss_mb(pid)
    table = Table(
        "request",
        "p50 ms",
        "p95 ms",
        f"p50 ms ({CLIENTS} clients)",
        f"p95 ms ({CLIENTS} clients)",
        title=f"{count:,} articles",
    )
    for label, _ in mix:
        table.add_row(
            label,
            f"{statistics.median(one[label]):.1f}",
            f"{p95(one[label]):.1f}",
            f"{statistics.median(many[label]):.1f}",
            f"{p95(many[label]):.1f}",
        )
    Console().print(table)
    print(f"store: {size / 1e6:,.0f} MB, {size / 1e6 / count * 1000:.1f} MB per 1,000 articles")
    print(f"server RSS, {processes} processes summed: {rss:.0f} MB (peaks summed {peak:.0f} MB)")
    if kept.times:
        grown = growth(kept)
        print(
            f"store load per article: first tenth {grown.first:.1f} ms, last tenth"
            f" {grown.last:.1f} ms, last/first {grown.ratio:.2f} ({len(kept.times):,} loads"
            " timed)"
        )
        if grown.cpu:
            early, late = grown.cpu
            print(
                f"store load CPU per article (this process): first tenth {early:.1f} ms,"
                f" last tenth {late:.1f} ms, last/first {late / early:.2f}"
            )
        if grown.paired:
            wall, cpu = grown.paired
            print(
                f"store load against its twin ({len(kept.twin)} twin loads of a first-tenth"
                f" store during the build): last/first tenth wall {wall:.3f}, CPU {cpu:.3f}"
            )
    print(f"server pid was {pid}; python {sys.version.split()[0]}; {os.cpu_count()} cores")


if __name__ == "__main__":
    main()
