"""What a run did (`IngestSummary`), and storing one processed article while counting it."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from newsdossier.article import Article
from newsdossier.store import Store

#: Most processed articles stored under one commit. A commit (with the full-text indexes'
#: flush and merge) cost ~7 ms of the ~20 ms an article took to store at 2,000 articles
#: (bench/api_latency.py); 16 is the pipeline's batch, so no article waits for a later one.
WRITE_GROUP = 16


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did: articles new, already present, and rejected with reasons."""

    new: int = 0
    present: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)


def store_results(
    store: Store, articles: Iterable[Article], summary: IngestSummary, *, pipeline: str
) -> None:
    """Store processed articles (or record why they were rejected) and count them; up to
    `WRITE_GROUP` articles share a commit (`Store.add_many`)."""
    group: list[Article] = []
    for article in articles:
        if article.rejection is not None:
            r = article.rejection
            summary.rejected.append((article.source, f"{r.stage}: {r.detail}"))
            store.reject(
                article.source, stage=r.stage, code=r.code, detail=r.detail, doc_id=article.id
            )
            continue
        summary.warnings.extend((article.source, w) for w in article.warnings)
        group.append(article)
        if len(group) >= WRITE_GROUP:
            _add_group(store, group, summary, pipeline)
            group = []
    _add_group(store, group, summary, pipeline)


def _add_group(store: Store, group: list[Article], summary: IngestSummary, pipeline: str) -> None:
    if not group:
        return
    for article, outcome in zip(group, store.add_many(group, pipeline=pipeline), strict=True):
        if outcome == "new":
            summary.new += 1
            summary.new_ids.append(article.id)
        else:
            summary.present += 1
