"""Evaluation (not shipped): loaders for the research corpora, scorers and the quality gate."""
