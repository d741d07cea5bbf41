"""Executors that run the pipeline over inputs and put the results in a store.

``ingest`` runs everything in this process (used by ``extract``); ``ingest_pool`` runs
stages 1-7 in a process pool; ``newsdossier.runner.ray.ingest_ray`` runs them on Ray
(imported on demand: Ray is an optional extra). All three store in input order.
"""

from newsdossier.runner.local import IngestSummary, build_pipeline, expand_inputs, ingest
from newsdossier.runner.pool import ingest_pool
from newsdossier.runner.shards import load_shards

__all__ = [
    "IngestSummary",
    "build_pipeline",
    "expand_inputs",
    "ingest",
    "ingest_pool",
    "load_shards",
]
