"""Evaluation: loaders for the annotated research corpora and scorers for each stage."""
