"""Which words a statement's source is: subjects cut off by a paragraph break or a
dateline, on token sequences built by hand and on sentences run through the model."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Token
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.lang.tree import ParseTree
from newsdossier.statements.reported import find_source
from tests.statements.test_statements_spans import having, run, spans


def tokens(*rows: tuple[str, str, str, int]) -> list[Token]:
    """Tokens from (text, pos, dep, head) rows, one space apart."""
    out: list[Token] = []
    pos = 0
    for i, (text, tag_pos, dep, head) in enumerate(rows):
        out.append(Token(i, pos, pos + len(text), text, text.lower(), tag_pos, "", dep, head))
        pos += len(text) + 1
    return out


def source_of(rows: list[Token], verb: int) -> str | None:
    found = find_source(ParseTree(rows), verb, lexicon_for("en").statements)
    return None if found is None else rows[found].text


def test_statements_sources_time_stamp_paragraph_is_no_subject() -> None:
    """A live blog's time stamp run into the next paragraph as the subject ("2:40 p.m.
    The manager says ..."): the speaker is the subject's part in the verb's paragraph."""
    rows = tokens(
        ("2:40", "NUM", "nummod", 1),
        ("p.m.", "NOUN", "nsubj", 5),
        ("\n\n", "SPACE", "dep", 1),
        ("The", "DET", "det", 4),
        ("manager", "NOUN", "appos", 1),
        ("says", "VERB", "ROOT", 5),
        ("it", "PRON", "nsubj", 7),
        ("rains", "VERB", "ccomp", 5),
    )
    assert source_of(rows, 5) == "manager"


def test_statements_sources_subject_in_the_verbs_paragraph_comes_first() -> None:
    rows = tokens(
        ("12:15", "NUM", "nummod", 1),
        ("p.m.", "NOUN", "nsubj", 4),
        ("\n\n", "SPACE", "dep", 1),
        ("Olsen", "PROPN", "nsubj", 4),
        ("says", "VERB", "ROOT", 4),
        ("it", "PRON", "nsubj", 6),
        ("rains", "VERB", "ccomp", 4),
    )
    assert source_of(rows, 4) == "Olsen"


def test_statements_sources_dateline_is_no_source(nlp: Any) -> None:
    a = run(nlp, "BERGEN, May 4 (AP) — Mayor Mara Olsen said the ferry would stop in May.")
    assert spans(having(a, "the ferry would stop")) == ("said", "Mayor Mara Olsen")


def test_statements_sources_paired_dashes_are_no_dateline(nlp: Any) -> None:
    a = run(nlp, "Mara Olsen — the mayor since 2019 — said the ferry would stop in May.")
    source = having(a, "the ferry would stop").source
    assert source is not None
    assert source.text.startswith("Mara Olsen")
