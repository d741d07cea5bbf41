"""Which words a statement's source is: subjects cut off by a paragraph break or a
dateline, on token sequences built by hand and on sentences run through the model."""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.article import Token
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.lang.tree import ParseTree
from newsdossier.statements.cues import find_cues
from newsdossier.statements.reported import attributions, find_source
from tests.helpers.parsed import hand_parsed
from tests.statements.test_statements_spans import having, run, spans


def source_of(rows: list[Token], verb: int) -> str | None:
    found = find_source(ParseTree(rows), verb, lexicon_for("en").statements)
    return None if found is None else rows[found].text


#: A live blog's time stamp the parser runs into the next paragraph as the subject
#: ("2:40 p.m. / The manager says ..."): the speaker is the subject's part in the verb's
#: paragraph, or the subject there when the verb's paragraph has one.
CUT_OFF = {
    "a description after the stamp": (
        [("2:40", "NUM", "nummod", 1), ("p.m.", "NOUN", "nsubj", 5), ("\n\n", "SPACE", "dep", 1),
         ("The", "DET", "det", 4), ("manager", "NOUN", "appos", 1), ("says", "VERB", "ROOT", 5),
         ("it", "PRON", "nsubj", 7), ("rains", "VERB", "ccomp", 5)],
        5, "manager",
    ),
    "a subject in the verb's paragraph": (
        [("12:15", "NUM", "nummod", 1), ("p.m.", "NOUN", "nsubj", 4), ("\n\n", "SPACE", "dep", 1),
         ("Olsen", "PROPN", "nsubj", 4), ("says", "VERB", "ROOT", 4), ("it", "PRON", "nsubj", 6),
         ("rains", "VERB", "ccomp", 4)],
        4, "Olsen",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(CUT_OFF))
def test_statements_sources_time_stamp_paragraph_is_no_subject(case: str) -> None:
    rows, verb, speaker = CUT_OFF[case]
    assert source_of(hand_parsed(rows), verb) == speaker


def test_statements_sources_dateline_is_no_source(nlp: Any) -> None:
    a = run(nlp, "BERGEN, May 4 (AP) — Mayor Mara Olsen said the ferry would stop in May.")
    assert spans(having(a, "the ferry would stop")) == ("said", "Mayor Mara Olsen")


def test_statements_sources_paired_dashes_are_no_dateline(nlp: Any) -> None:
    a = run(nlp, "Mara Olsen — the mayor since 2019 — said the ferry would stop in May.")
    source = having(a, "the ferry would stop").source
    assert source is not None
    assert source.text.startswith("Mara Olsen")


def test_statements_sources_short_parenthesis_after_the_name() -> None:
    """The party and state in parentheses after a name belong to who spoke, even where
    the parser hangs the parenthesis off the verb."""
    rows = hand_parsed(
        [("Sen.", "PROPN", "compound", 1), ("Lee", "PROPN", "nsubj", 6),
         ("(", "PUNCT", "punct", 6), ("D", "PROPN", "compound", 4),
         ("-Ore.", "PROPN", "npadvmod", 6), (")", "PUNCT", "punct", 6),
         ("said", "VERB", "ROOT", 6), ("it", "PRON", "nsubj", 8), ("rains", "VERB", "ccomp", 6)]
    )  # fmt: skip
    lexicon = lexicon_for("en")
    (att,) = attributions(rows, [], find_cues(rows, lexicon), [], lexicon)
    assert att.source == (0, 5)
