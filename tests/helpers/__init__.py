"""Helpers shared by test modules: the CLI runner, a hand-built corpus, HTML checks."""
