"""The edges of a content span: no coordinating conjunction left at its end; token rows
built by hand for a sentence written for this test."""

from __future__ import annotations

from newsdossier.lang.lexicon import lexicon_for
from newsdossier.statements.content import trim_content
from tests.helpers.parsed import hand_parsed

#: "She said the ferry runs late and she left." with the content cut before "she left".
ROWS = [
    ("She", "PRON", "nsubj", 1), ("said", "VERB", "ROOT", 1), ("the", "DET", "det", 3),
    ("ferry", "NOUN", "nsubj", 4), ("runs", "VERB", "ccomp", 1), ("late", "ADV", "advmod", 4),
    ("and", "CCONJ", "cc", 1), ("she", "PRON", "nsubj", 8), ("left", "VERB", "conj", 1),
]  # fmt: skip


def test_statements_content_edges_trailing_coordinator_dropped() -> None:
    tokens = hand_parsed(ROWS)
    body = " ".join(t.text for t in tokens)
    words = lexicon_for("en").statements
    start, end = trim_content(tokens, body, (tokens[2].start, tokens[6].end), words)
    assert body[start:end] == "the ferry runs late"


def test_statements_content_edges_inner_coordinator_kept() -> None:
    tokens = hand_parsed(ROWS)
    body = " ".join(t.text for t in tokens)
    words = lexicon_for("en").statements
    start, end = trim_content(tokens, body, (tokens[2].start, tokens[8].end), words)
    assert body[start:end] == "the ferry runs late and she left"
