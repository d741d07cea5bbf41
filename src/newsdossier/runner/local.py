"""The local executor: read inputs, run the pipeline in this process, store each article."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from newsdossier.article import Article
from newsdossier.errors import InputError
from newsdossier.ingest import read_paths
from newsdossier.ingest.sniff import ARTICLE_SUFFIXES
from newsdossier.nlp import load_model, model_label
from newsdossier.pipeline import Pipeline
from newsdossier.stages import DEFAULT_PIPELINE
from newsdossier.store import Store


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did: articles new, already present, and rejected with reasons."""

    new: int = 0
    present: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """The input files a run will read (directories walked), for progress reporting."""
    out: list[str] = []
    for name in paths:
        path = Path(name)
        if name != "-" and path.is_dir():
            files = [
                str(p)
                for p in sorted(path.rglob("*"))
                if p.is_file()
                and p.name.lower().endswith(ARTICLE_SUFFIXES)
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            ]
            out.extend(files or [name])  # an empty directory is reported by the reader
        else:
            out.append(name)
    return out


def build_pipeline(model: str | None = None) -> Pipeline:
    """The default pipeline with the chosen (or best installed) spaCy model."""
    return Pipeline(DEFAULT_PIPELINE, nlp=load_model(model))


def ingest(
    paths: Sequence[str],
    store: Store,
    *,
    published: str | None = None,
    model: str | None = None,
    on_file: Callable[[str], None] | None = None,
) -> IngestSummary:
    """Read, process and store every article under ``paths``; one transaction per article.

    Articles already in the store are skipped before any processing. ``on_file`` is
    called with each input file name once it has been read (for progress bars)."""
    summary = IngestSummary()
    pipeline = build_pipeline(model)
    store.set_meta("model", model_label(pipeline.nlp))
    store.set_meta("pipeline", json.dumps(pipeline.names))
    fresh = _fresh_articles(paths, store, summary, published, on_file)
    for article in pipeline.run(fresh):
        store_result(store, article, summary, pipeline=json.dumps(pipeline.names))
    return summary


def store_result(store: Store, article: Article, summary: IngestSummary, *, pipeline: str) -> None:
    """Store a processed article (or record why it was rejected) and count it."""
    if article.rejection is not None:
        r = article.rejection
        summary.rejected.append((article.source, f"{r.stage}: {r.detail}"))
        store.reject(article.source, stage=r.stage, code=r.code, detail=r.detail, doc_id=article.id)
        return
    summary.warnings.extend((article.source, w) for w in article.warnings)
    if store.add(article, pipeline=pipeline) == "new":
        summary.new += 1
        summary.new_ids.append(article.id)
    else:
        summary.present += 1


def _fresh_articles(
    paths: Sequence[str],
    store: Store,
    summary: IngestSummary,
    published: str | None,
    on_file: Callable[[str], None] | None,
) -> Iterator[Article]:
    seen: set[str] = set()
    for name in expand_inputs(paths):
        for item in read_paths([name], published=published):
            if isinstance(item, InputError):
                summary.rejected.append((item.path, item.problem))
                store.reject(item.path, stage="ingest", code=item.code, detail=item.problem)
            elif item.id in seen or store.has(item.id):
                summary.present += 1
            else:
                seen.add(item.id)
                yield item
        if on_file:
            on_file(name)
