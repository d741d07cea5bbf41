"""Scaling on one machine: full pipeline vs bare spaCy per core, and 2 workers vs 1 (pool, Ray).

    python bench/scaling.py [--articles 200] [--workers 2] [--no-ray]

Everything is measured in this one run, on the same real articles (TimeML, PolNeAR):

- bare spaCy ``nlp.pipe`` over the article texts, one process;
- stages 1-7 in one process (the `Pipeline`, no store), with each stage's share of time;
- the pool executor (process pool, store included) with 1 and with N workers;
- the ray executor with 1 and with N actors (Ray started once, before timing).

Per-core throughput of an engine is its articles/s divided by its workers. Bare spaCy and
the pipeline each run `WARM_UP` articles untimed first, so one-time loads (the model,
lexicons, name lists, the language identifier) are outside both timed runs; the
pipeline's warm-up time is printed on its own. The two are timed in turn on chunks of
``--chunk`` articles (bare spaCy on a chunk, then the pipeline on the same chunk), over
the whole corpus ``--rounds`` times, and the ratio is of their summed times: this
machine's speed drifts by a quarter within minutes, so whole runs of each, even
alternated, compare two moments; chunks of a few seconds put the drift on both.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import body_texts, write_corpus
from newsdossier.ingest import read_paths
from newsdossier.nlp import load_model
from newsdossier.runner import RunConfig, build_pipeline, get_executor
from newsdossier.runner.ray import import_ray
from newsdossier.store import Store

#: Articles run through each side before timing: bare spaCy and the pipeline alike pay
#: their one-time loads (models, lexicons, name lists) outside the timed run.
WARM_UP = 8


@dataclass
class Interleaved:
    """Seconds of bare spaCy and of stages 1-7 over the same chunks, timed in turn; the
    pipeline's seconds per stage; each round's two totals; the pipeline's warm-up."""

    bare: float = 0.0
    full: float = 0.0
    per_stage: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    rounds: list[tuple[float, float]] = field(default_factory=list)
    warm_up: float = 0.0


def interleaved(folder: Path, texts: list[str], *, rounds: int, chunk: int) -> Interleaved:
    """Bare ``nlp.pipe`` and stages 1-7 (in this process, no store) on each chunk of the
    corpus in turn, ``rounds`` times over the corpus."""
    nlp = load_model()
    pipeline = build_pipeline(RunConfig())
    timing = Interleaved()
    list(nlp.pipe(texts[:WARM_UP]))
    began = time.perf_counter()
    first = [a for a in read_paths([str(folder)]) if not isinstance(a, Exception)][:WARM_UP]
    list(pipeline.run(first))
    timing.warm_up = time.perf_counter() - began
    for _ in range(rounds):
        began = time.perf_counter()
        articles = [a for a in read_paths([str(folder)]) if not isinstance(a, Exception)]
        read = time.perf_counter() - began
        timing.per_stage["read (stage 1)"] += read
        bare, full = 0.0, read
        for at in range(0, max(len(texts), len(articles)), chunk):
            began = time.perf_counter()
            for _ in nlp.pipe(texts[at : at + chunk], batch_size=32):
                pass
            bare += time.perf_counter() - began
            began = time.perf_counter()
            for article in pipeline.run(articles[at : at + chunk]):
                for run in article.provenance:
                    timing.per_stage[run.stage] += run.seconds
            full += time.perf_counter() - began
        timing.rounds.append((bare, full))
        timing.bare += bare
        timing.full += full
    return timing


def timed(run: Callable[[Path], object], tmp: Path, label: str) -> float:
    """Seconds for one engine run into a fresh store."""
    began = time.perf_counter()
    run(tmp / label)
    return time.perf_counter() - began


def pool_run(folder: Path, workers: int) -> Callable[[Path], object]:
    """An ingest with the process pool into a fresh store under the given folder."""

    def run(where: Path) -> object:
        where.mkdir()
        with Store(where / "s.db") as store:
            return get_executor("pool").run([str(folder)], store, RunConfig(workers=workers))

    return run


def ray_run(folder: Path, workers: int) -> Callable[[Path], object]:
    """An ingest with the ray executor (shards and store fresh) under the given folder."""

    def run(where: Path) -> object:
        where.mkdir()
        config = RunConfig(workers=workers, shards=where / "shards")
        with Store(where / "s.db") as store:
            return get_executor("ray").run([str(folder)], store, config)

    return run


def main() -> None:
    """Run every measurement on one corpus and print rates and ratios."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--no-ray", action="store_true")
    parser.add_argument("--rounds", type=int, default=3, help="passes over the corpus")
    parser.add_argument("--chunk", type=int, default=25, help="articles timed in turn by each side")
    args = parser.parse_args()
    n_workers = args.workers
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        folder = tmp / "corpus"
        n = len(write_corpus(folder, limit=args.articles))
        texts = body_texts(sorted(folder.iterdir()))
        load_before = os.getloadavg()[0]
        timing = interleaved(folder, texts, rounds=args.rounds, chunk=args.chunk)
        _report_rounds(timing.rounds, load_before)
        times = {
            "pool x1": timed(pool_run(folder, 1), tmp, "p1"),
            f"pool x{n_workers}": timed(pool_run(folder, n_workers), tmp, f"p{n_workers}"),
        }
        if not args.no_ray:
            ray = import_ray()
            ray.init(num_cpus=n_workers + 1, include_dashboard=False, log_to_driver=False)
            times["ray x1"] = timed(ray_run(folder, 1), tmp, "r1")
            times[f"ray x{n_workers}"] = timed(ray_run(folder, n_workers), tmp, f"r{n_workers}")
            ray.shutdown()
    print(f"pipeline warm-up ({WARM_UP} articles, one-time loads included): {timing.warm_up:.1f} s")
    per_round = {k: v / args.rounds for k, v in timing.per_stage.items()}
    _report(n, n_workers, timing.bare / args.rounds, timing.full / args.rounds, per_round, times)


def _report_rounds(rounds: list[tuple[float, float]], load_before: float) -> None:
    """Every round's seconds and ratio, and the machine's load around them: rounds far
    apart, or a load above the core count, say other work shared the machine."""
    print("rounds over the corpus (s), bare spaCy / stages 1-7, chunks timed in turn:")
    for n, (bare, full) in enumerate(rounds, 1):
        print(f"    round {n}: {bare:6.1f} / {full:6.1f}   ratio {bare / full:.3f}")
    load_after = os.getloadavg()[0]
    print(
        f"load average (1 min) before / after the rounds: {load_before:.1f} / {load_after:.1f} "
        f"on {os.cpu_count()} cores"
    )


def _report(
    n: int,
    workers: int,
    bare: float,
    full: float,
    per_stage: dict[str, float],
    times: dict[str, float],
) -> None:
    print(f"corpus: {n} real articles (TimeML, PolNeAR)")
    print(f"bare spaCy nlp.pipe, 1 core:        {n / bare:7.2f} articles/s")
    print(f"stages 1-7 in process, 1 core:      {n / full:7.2f} articles/s")
    for stage, seconds in sorted(per_stage.items(), key=lambda kv: -kv[1]):
        print(f"    {stage:<22} {seconds:7.1f} s  {100 * seconds / full:5.1f}%")
    for label, seconds in times.items():
        k = int(label.rsplit("x", 1)[1])
        print(
            f"{label:<10} (store included): {n / seconds:7.2f} articles/s, "
            f"{n / seconds / k:.2f}/core"
        )
    print(f"ratio full/bare per core (stages 1-7, 1 process): {bare / full:.3f}  (aim >= 0.8)")
    p1, pn = times["pool x1"] / times[f"pool x{workers}"], workers
    print(
        f"ratio full engine/bare per core (pool x{workers}): "
        f"{bare / (times[f'pool x{workers}'] * workers):.3f}"
    )
    print(f"pool speed-up {pn} workers vs 1: {p1:.2f}")
    if "ray x1" in times:
        print(
            f"ray speed-up {workers} workers vs 1: "
            f"{times['ray x1'] / times[f'ray x{workers}']:.2f}  (aim >= 1.8)"
        )


if __name__ == "__main__":
    main()
