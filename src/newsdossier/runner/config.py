"""`RunConfig`: everything besides the inputs that decides a run, for every executor."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from newsdossier.pipeline import DEFAULT_BATCH_SIZE
from newsdossier.stages import DEFAULT_PIPELINE

#: A chunk of input files (one Parquet shard) closes when it holds this many files or
#: this many bytes: small enough that a failed run loses little, big enough that a
#: corpus of a million files is a few thousand shards.
CHUNK_FILES = 64
CHUNK_BYTES = 8_000_000


@dataclass(frozen=True, slots=True)
class RunConfig:
    """Everything besides the inputs that decides a run; each executor reads what it uses.

    ``stages``, ``model`` and the reader metadata (``published``, ``outlet``, ``url``,
    ``manifest``) decide what is stored (``published`` also names the shards);
    the other fields decide how the work is spread, never what comes out. The config is
    plain data, so it crosses process boundaries: every worker builds its pipeline from it.
    """

    stages: tuple[str, ...] = DEFAULT_PIPELINE
    """Registered stage names (stages 1-7), run in this order."""
    model: str | None = None
    """spaCy model name or path; None: the best one installed."""
    published: str | None = None
    """Publication date (``YYYY-MM-DD``) for articles that carry none."""
    outlet: str | None = None
    """Outlet for articles that name none (their URL's domain otherwise)."""
    url: str | None = None
    """URL for articles that carry none."""
    manifest: Path | None = None
    """Sidecar file of per-file metadata (CSV or JSON Lines: path, url, outlet, published,
    title); see `newsdossier.ingest.manifest`."""
    batch_size: int = DEFAULT_BATCH_SIZE
    """Articles sent to a worker at once, and taken at once by a batch stage (spaCy)."""
    workers: int | None = None
    """Worker processes (``pool``) or actors (``ray``); None: one per core. ``local``: one."""
    shards: Path | None = None
    """Folder of Parquet shards, one per chunk: a rerun loads finished chunks instead of
    computing them again. ``pool`` writes none unless given; ``ray`` always writes them
    (default: ``DB.shards`` beside the store); ``local`` writes none."""
    address: str | None = None
    """Ray cluster to use (``ray://host:10001``, ``auto``); None: a private local Ray."""
    chunk_files: int = CHUNK_FILES
    """Most input files in one chunk (one shard)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "stages", tuple(self.stages))
        for name in ("batch_size", "chunk_files", "workers"):
            value = getattr(self, name)
            if value is not None and value < 1:
                raise ValueError(f"RunConfig.{name} must be at least 1, not {value}")
