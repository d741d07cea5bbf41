"""Issue 13: the pool's processes and Ray's actors are capped alike, by cores and by articles.

Pure functions over input names and a core count: no process pool and no Ray is started.
"""

from __future__ import annotations

from pathlib import Path

from newsdossier.limits import MAX_WORKERS_PER_CORE
from newsdossier.runner.ray import actor_count
from newsdossier.runner.worker import articles_in, worker_count


def _feed(folder: Path, records: int, *, last_newline: bool = True) -> str:
    path = folder / "feed.jsonl"
    lines = [f'{{"text": "The council met for the {n}th time."}}' for n in range(records)]
    path.write_text("\n".join(lines) + ("\n" if last_newline else ""), encoding="utf-8")
    return str(path)


def test_runner_cap_worker_count_by_cores_and_articles(tmp_path: Path) -> None:
    feed = _feed(tmp_path, 4)
    assert worker_count([feed], 100, cores=2) == 2 * MAX_WORKERS_PER_CORE
    assert worker_count([feed], 100, cores=64) == 4
    assert worker_count([feed], None, cores=3) == min(3 * MAX_WORKERS_PER_CORE, 4)
    assert worker_count(["a.txt", "b.html"], 8, cores=16) == 2
    assert worker_count(["-"], 6, cores=16) == 6
    assert worker_count(["news.warc.gz"], None, cores=5) == 5
    assert worker_count([], 3, cores=4) == 1
    assert worker_count(["a.txt"], 0, cores=0) == 1


def test_runner_cap_ray_actors_follow_the_pool_cap(tmp_path: Path) -> None:
    feed = _feed(tmp_path, 4)
    # before issue 13, --workers 100 asked Ray for 100 actors whatever the cores or inputs
    assert actor_count([feed], 100, cpus=3) == 2
    assert actor_count([feed], 100, cpus=65) == 4
    assert actor_count([feed, "a.txt"], None, cpus=9) == 5
    assert actor_count(["a.txt"], 100, cpus=1) == 1
    for cpus in range(1, 10):
        for workers in (None, 1, 3, 100):
            assert actor_count([feed], workers, cpus=cpus) == worker_count(
                [feed], workers, cores=cpus - 1
            )


def test_runner_cap_articles_in_counts_records(tmp_path: Path) -> None:
    assert articles_in(_feed(tmp_path, 7)) == 7
    assert articles_in(_feed(tmp_path, 7, last_newline=False)) == 7
    assert articles_in(str(tmp_path / "missing.jsonl")) == 1
    assert articles_in("story.html") == 1
    assert articles_in("-") >= 1 << 30
    assert articles_in(str(_feed(tmp_path, 50)), most=3) >= 3


def test_runner_cap_articles_in_warc_marker_across_blocks(tmp_path: Path) -> None:
    # One WARC response record header lands on the 1 MiB read boundary.
    marker = b"WARC-Type: response"
    head = b"WARC/1.0\r\n" + marker + b"\r\n\r\nfirst\r\n"
    pad = b"x" * ((1 << 20) - len(head) - 5)
    data = head + pad + marker + b"\r\n\r\nsecond\r\n" + marker + b"\r\n\r\nthird\r\n"
    warc = tmp_path / "news.warc"
    warc.write_bytes(data)
    assert articles_in(str(warc)) == 3
