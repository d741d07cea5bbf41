"""Speakers the parser leaves without a subject: a quotative inversion read as the verb's
object, and a name hung on the phrase before it. On token sequences built by hand with
the parse the model gives such sentences, written for these tests."""

from __future__ import annotations

import dataclasses

from newsdossier.article import Token
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.lang.quotes import find_quotes
from newsdossier.lang.tree import ParseTree
from newsdossier.statements.cues import find_cues
from newsdossier.statements.reported import attributions, find_source
from tests.helpers.parsed import hand_parsed


def parsed(rows: list[tuple[str, str, str, int]], tags: dict[int, str]) -> list[Token]:
    """Hand-parsed tokens with the fine-grained tags of ``tags`` (index -> tag)."""
    return [dataclasses.replace(t, tag=tags.get(t.i, t.tag)) for t in hand_parsed(rows)]


def source_words(rows: list[Token], verb: int) -> str | None:
    """The words of the source phrase's head subtree, or None."""
    tree = ParseTree(rows)
    head = find_source(tree, verb, lexicon_for("en").statements)
    if head is None:
        return None
    return " ".join(rows[i].text for i in sorted(tree.subtree_tokens(head)))


#: '"The pier is closed," added another harbor official.' with the official as object.
INVERTED = [
    ("“", "PUNCT", "punct", 5), ("The", "DET", "det", 2), ("pier", "NOUN", "nsubj", 3),
    ("is", "AUX", "ccomp", 7), ("closed", "ADJ", "acomp", 3), (",", "PUNCT", "punct", 7),
    ("”", "PUNCT", "punct", 7), ("added", "VERB", "ROOT", 7), ("another", "DET", "det", 10),
    ("harbor", "NOUN", "compound", 10), ("official", "NOUN", "dobj", 7),
    (".", "PUNCT", "punct", 7),
]  # fmt: skip


def test_statements_parse_repairs_inverted_speaker_after_quote() -> None:
    rows = parsed(INVERTED, {7: "VBD"})
    assert source_words(rows, 7) == "another harbor official"


def test_statements_parse_repairs_object_without_quote_is_no_speaker() -> None:
    # "The mayor's office added another harbor official." has no quote before the verb.
    rows = parsed(
        [("Officials", "NOUN", "nsubj", 1), ("added", "VERB", "ROOT", 1),
         ("another", "DET", "det", 3), ("official", "NOUN", "dobj", 1)],
        {1: "VBD"},
    )  # fmt: skip
    assert source_words(rows, 1) == "Officials"
    no_subject = parsed([("added", "VERB", "ROOT", 0), ("another", "DET", "det", 2),
                         ("official", "NOUN", "dobj", 0)], {0: "VBD"})  # fmt: skip
    assert source_words(no_subject, 0) is None


#: "In a note to the council, her deputy, Mara Olsen, said the pier would close." with the
#: deputy hung on "council" as an apposition and "said" left without a subject.
STRANDED = [
    ("In", "ADP", "prep", 12), ("a", "DET", "det", 2), ("note", "NOUN", "pobj", 0),
    ("to", "ADP", "prep", 2), ("the", "DET", "det", 5), ("council", "NOUN", "pobj", 3),
    (",", "PUNCT", "punct", 5), ("her", "PRON", "poss", 8), ("deputy", "NOUN", "appos", 5),
    (",", "PUNCT", "punct", 8), ("Olsen", "PROPN", "appos", 8), (",", "PUNCT", "punct", 12),
    ("said", "VERB", "ROOT", 12), ("the", "DET", "det", 14), ("pier", "NOUN", "nsubj", 16),
    ("would", "AUX", "aux", 16), ("close", "VERB", "ccomp", 12),
]  # fmt: skip


def test_statements_parse_repairs_speaker_hung_on_the_phrase_before() -> None:
    rows = parsed(STRANDED, {12: "VBD"})
    # The longest noun phrase between commas: the deputy with her name, not the note.
    assert source_words(rows, 12) == "her deputy , Olsen"


def test_statements_parse_repairs_apposition_to_another_subject_is_no_speaker() -> None:
    # '"...," said Olsen, the deputy, reports the paper.': "the deputy" describes the
    # subject of "said"; the reporting verb's own speaker is not before it.
    rows = parsed(
        [("said", "VERB", "ccomp", 6), ("Olsen", "PROPN", "nsubj", 0), (",", "PUNCT", "punct", 1),
         ("the", "DET", "det", 4), ("deputy", "NOUN", "appos", 1), (",", "PUNCT", "punct", 6),
         ("reports", "VERB", "ROOT", 6)],
        {0: "VBD", 6: "VBZ"},
    )  # fmt: skip
    assert source_words(rows, 6) is None


def test_statements_parse_repairs_participle_is_never_repaired() -> None:
    # "In a note to the council, her deputy, Olsen, saying ..." : only a finite verb
    # needs a subject of its own.
    rows = parsed(STRANDED, {12: "VBG"})
    assert source_words(rows, 12) is None


#: '“We lost, ” Mara Olsen, a former aide, said .' with "We" (inside the quote) as the
#: subject of "said" and the speaker hung on it.
QUOTED_SUBJECT = [
    ("“", "PUNCT", "punct", 10), ("We", "PRON", "nsubj", 10), ("lost", "VERB", "ccomp", 10),
    (",", "PUNCT", "punct", 10), ("”", "PUNCT", "punct", 10), ("Olsen", "PROPN", "appos", 1),
    (",", "PUNCT", "punct", 5), ("a", "DET", "det", 8), ("aide", "NOUN", "appos", 5),
    (",", "PUNCT", "punct", 10), ("said", "VERB", "ROOT", 10), (".", "PUNCT", "punct", 10),
]  # fmt: skip


def test_statements_parse_repairs_subject_inside_the_quote_is_no_speaker() -> None:
    rows = parsed(QUOTED_SUBJECT, {10: "VBD", 2: "VBD"})
    body = " ".join(t.text for t in rows)
    lexicon = lexicon_for("en")
    (att,) = attributions(rows, [], find_cues(rows, lexicon), find_quotes(body), lexicon)
    assert att.source is not None
    assert " ".join(t.text for t in rows[att.source[0] : att.source[1] + 1]) == "Olsen , a aide"


def test_statements_parse_repairs_speaker_right_before_the_verb() -> None:
    # "In a note to the council, the deputy stated ..." with "deputy" hung on "council".
    rows = parsed(
        [("In", "ADP", "prep", 9), ("a", "DET", "det", 2), ("note", "NOUN", "pobj", 0),
         ("to", "ADP", "prep", 2), ("the", "DET", "det", 5), ("council", "NOUN", "pobj", 3),
         (",", "PUNCT", "punct", 5), ("the", "DET", "det", 8), ("deputy", "NOUN", "appos", 5),
         ("stated", "VERB", "ROOT", 9)],
        {9: "VBD"},
    )  # fmt: skip
    assert source_words(rows, 9) == "the deputy"


def test_statements_parse_repairs_date_is_no_speaker() -> None:
    # "..., last week said" names when, not who.
    rows = parsed(
        [("Lee", "PROPN", "nsubj", 1), ("left", "VERB", "ROOT", 1), (",", "PUNCT", "punct", 1),
         ("last", "ADJ", "amod", 4), ("week", "NOUN", "npadvmod", 1), ("said", "VERB", "ROOT", 5)],
        {5: "VBD"},
    )  # fmt: skip
    rows = [dataclasses.replace(t, ent_type="DATE") if t.i in (3, 4) else t for t in rows]
    assert source_words(rows, 5) is None


def test_statements_parse_repairs_inverted_speaker_hung_on_a_later_verb() -> None:
    # '"The pier is closed," said Mara Olsen, a deputy. She left.' with "Olsen" parsed as
    # the subject of "left": the name opening after the verb is still its speaker.
    rows = parsed(
        [("“", "PUNCT", "punct", 3), ("The", "DET", "det", 2), ("pier", "NOUN", "nsubj", 3),
         ("is", "AUX", "ccomp", 7), ("closed", "ADJ", "acomp", 3), (",", "PUNCT", "punct", 7),
         ("”", "PUNCT", "punct", 7), ("said", "VERB", "ROOT", 7), ("Mara", "PROPN", "compound", 9),
         ("Olsen", "PROPN", "nsubj", 14), (",", "PUNCT", "punct", 9), ("a", "DET", "det", 12),
         ("deputy", "NOUN", "appos", 9), (".", "PUNCT", "punct", 7), ("left", "VERB", "ROOT", 14)],
        {7: "VBD", 14: "VBD"},
    )  # fmt: skip
    assert source_words(rows, 7) == "Mara Olsen , a deputy"


def test_statements_parse_repairs_inverted_speaker_after_a_question() -> None:
    # '"Why now?" asked the deputy.' with the deputy read as the object of "asked".
    rows = parsed(
        [("“", "PUNCT", "punct", 5), ("Why", "ADV", "advmod", 2), ("now", "ADV", "advmod", 5),
         ("?", "PUNCT", "punct", 5), ("”", "PUNCT", "punct", 5), ("asked", "VERB", "ROOT", 5),
         ("the", "DET", "det", 7), ("deputy", "NOUN", "dobj", 5), (".", "PUNCT", "punct", 5)],
        {5: "VBD"},
    )  # fmt: skip
    assert source_words(rows, 5) == "the deputy"
