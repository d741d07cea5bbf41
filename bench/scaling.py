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
pipeline's warm-up time is printed on its own. The two run in turn ``--rounds`` times and
each keeps its fastest round, so their ratio does not hang on when each happened to run.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
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


def bare_spacy(texts: list[str]) -> float:
    """Seconds for ``nlp.pipe`` alone over the texts (model loaded before timing)."""
    nlp = load_model()
    list(nlp.pipe(texts[:WARM_UP]))
    began = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    return time.perf_counter() - began


def stages_in_process(folder: Path) -> tuple[float, dict[str, float], float]:
    """Seconds for stages 1-7 in this process (no store), seconds per stage, and the
    seconds of the untimed warm-up run (the one-time loads included)."""
    pipeline = build_pipeline(RunConfig())
    began = time.perf_counter()
    first = [a for a in read_paths([str(folder)]) if not isinstance(a, Exception)][:WARM_UP]
    list(pipeline.run(first))
    warm_up = time.perf_counter() - began
    began = time.perf_counter()
    articles = [a for a in read_paths([str(folder)]) if not isinstance(a, Exception)]
    read = time.perf_counter() - began
    per_stage: dict[str, float] = defaultdict(float, {"read (stage 1)": read})
    for article in pipeline.run(articles):
        for run in article.provenance:
            per_stage[run.stage] += run.seconds
    return time.perf_counter() - began, dict(per_stage), warm_up


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
    parser.add_argument(
        "--rounds", type=int, default=3, help="alternated runs of bare spaCy and the pipeline"
    )
    args = parser.parse_args()
    n_workers = args.workers
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        folder = tmp / "corpus"
        n = len(write_corpus(folder, limit=args.articles))
        texts = body_texts(sorted(folder.iterdir()))
        # Bare spaCy and the pipeline alternate, each keeping its fastest round: this
        # machine's speed drifts by a quarter within minutes (one bare run gave 10.9 and
        # another 14.0 articles/s), so one run of each compares two moments, not two codes.
        bares, fulls = [], []
        load_before = os.getloadavg()[0]
        for _ in range(args.rounds):
            bares.append(bare_spacy(texts))
            fulls.append(stages_in_process(folder))
        bare = min(bares)
        full, per_stage, warm_up = min(fulls, key=lambda run: run[0])
        _report_rounds(bares, [run[0] for run in fulls], load_before)
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
    print(f"pipeline warm-up ({WARM_UP} articles, one-time loads included): {warm_up:.1f} s")
    _report(n, n_workers, bare, full, per_stage, times)


def _report_rounds(bares: list[float], fulls: list[float], load_before: float) -> None:
    """Every round's seconds, and the machine's load around them: rounds far apart, or a
    load above the core count, say other work shared the machine while it measured."""
    print("rounds (s), in the order run:")
    print("    bare spaCy   " + "  ".join(f"{s:6.1f}" for s in bares))
    print("    stages 1-7   " + "  ".join(f"{s:6.1f}" for s in fulls))
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
