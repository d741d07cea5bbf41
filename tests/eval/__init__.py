"""Tests of the evaluation code (top-level ``eval`` package) and the quality gate."""
