"""Cost and yield of the events and relations stages on real news texts.

Runs TimeML articles (creation time as publication date) and PolNeAR articles (no date)
through spaCy and the stages before events, then times ``find_events`` and
``find_relations`` against spaCy's ``nlp.pipe`` in the same run, and counts events per
article, the share dated, and relations per article. Research corpora are read in place.

    python -m eval.events_cost --timeml 256 --polnear 200
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import time
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from itertools import islice
from typing import Any

from eval.corpora import iter_polnear, iter_timeml
from newsdossier.article import Article
from newsdossier.entities import group_entities
from newsdossier.events import find_events
from newsdossier.nlp import annotate, load_model
from newsdossier.relations import find_relations
from newsdossier.roles import find_roles
from newsdossier.statements import find_statements
from newsdossier.timex import find_timexes

Stage = Callable[[Article], Article]
_BEFORE: tuple[tuple[str, Stage], ...] = (
    ("entities", group_entities),
    ("timex", find_timexes),
    ("roles", find_roles),
    ("statements", find_statements),
)
_OURS: tuple[tuple[str, Stage], ...] = (("events", find_events), ("relations", find_relations))


def corpus_articles(timeml: int, polnear: int) -> list[Article]:
    """Up to ``timeml`` TimeML and ``polnear`` PolNeAR (train) texts as bare articles."""
    out = [
        Article(id=d.name, source=f"timeml:{d.name}", body=d.text, published=d.dct[:10] or None)
        for d in islice(iter_timeml(), timeml)
    ]
    out += [
        Article(id=t.name, source=f"polnear:{t.name}", body=t.text)
        for t in islice(iter_polnear("train"), polnear)
    ]
    return out


def measure(articles: Sequence[Article], nlp: Any) -> dict[str, Any]:
    """Seconds per stage (wall and process CPU, the latter steadier on a shared machine),
    the CPU ratio of ours to spaCy's ``nlp.pipe`` over the same texts, and the yield."""
    began, cpu = time.perf_counter(), time.process_time()
    list(nlp.pipe([a.body for a in articles], batch_size=32))
    spacy_wall, spacy_cpu = time.perf_counter() - began, time.process_time() - cpu
    parsed = list(annotate(articles, nlp))
    wall: dict[str, float] = {}
    cpus: dict[str, float] = {}
    for name, stage in (*_BEFORE, *_OURS):
        parsed, wall[name], cpus[name] = _timed(stage, parsed)
    ours_cpu = sum(cpus[name] for name, _ in _OURS)
    return {
        "articles": len(articles),
        "spacy_pipe_seconds": {"wall": round(spacy_wall, 3), "cpu": round(spacy_cpu, 3)},
        "stage_seconds": {k: {"wall": round(wall[k], 3), "cpu": round(cpus[k], 3)} for k in wall},
        "events_relations_over_spacy_cpu": round(ours_cpu / spacy_cpu, 4),
        "per_stage_over_spacy_cpu": {name: round(cpus[name] / spacy_cpu, 4) for name, _ in _OURS},
        "yield": {
            "timeml": _yield([a for a in parsed if a.source.startswith("timeml:")]),
            "polnear": _yield([a for a in parsed if a.source.startswith("polnear:")]),
        },
    }


def _timed(stage: Stage, articles: Iterable[Article]) -> tuple[list[Article], float, float]:
    """The stage over every article: results, wall seconds, CPU seconds of this process."""
    began, cpu = time.perf_counter(), time.process_time()
    done = [stage(a) for a in articles]
    return done, time.perf_counter() - began, time.process_time() - cpu


def _yield(articles: Sequence[Article]) -> dict[str, Any]:
    events = [e for a in articles for e in a.events]
    n = max(len(articles), 1)
    dated = sum(1 for e in events if e.date)
    return {
        "articles": len(articles),
        "events_per_article": round(len(events) / n, 2),
        "share_dated": round(dated / max(len(events), 1), 3),
        "participants_per_event": round(
            sum(len(e.participants) for e in events) / max(len(events), 1), 2
        ),
        "events_by_type": dict(Counter(e.type for e in events).most_common()),
        "relations_per_article": round(sum(len(a.relations) for a in articles) / n, 2),
        "relations_by_type": dict(
            Counter(r.type for a in articles for r in a.relations).most_common()
        ),
    }


def main(argv: Sequence[str] | None = None) -> None:
    """Print the measurement as JSON."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--timeml", type=int, default=256)
    parser.add_argument("--polnear", type=int, default=200)
    args = parser.parse_args(argv)
    articles = corpus_articles(args.timeml, args.polnear)
    articles = [dataclasses.replace(a, body=a.body) for a in articles if a.body.strip()]
    print(json.dumps(measure(articles, load_model()), indent=2))


if __name__ == "__main__":
    main()
