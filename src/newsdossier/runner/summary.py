"""What a run did (`IngestSummary`), and storing one processed article while counting it."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdossier.article import Article
from newsdossier.store import Store


@dataclass(slots=True)
class IngestSummary:
    """What one ingest run did: articles new, already present, and rejected with reasons."""

    new: int = 0
    present: int = 0
    rejected: list[tuple[str, str]] = field(default_factory=list)
    warnings: list[tuple[str, str]] = field(default_factory=list)
    new_ids: list[str] = field(default_factory=list)


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
