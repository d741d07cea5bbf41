"""Executors that run the pipeline over inputs and put the results in a store."""

from newsdossier.runner.local import IngestSummary, build_pipeline, expand_inputs, ingest

__all__ = ["IngestSummary", "build_pipeline", "expand_inputs", "ingest"]
