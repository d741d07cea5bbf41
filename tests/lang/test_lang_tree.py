"""The shared parse view: both kinds of subtree, clauses, spans, on hand-built parses."""

from __future__ import annotations

from newsdossier.lang.recent import Recent
from newsdossier.lang.tree import ParseTree, parse_tree
from tests.helpers.parsed import hand_parsed

_parse = hand_parsed


#: "Lee said troops attacked the base ." — "attacked" opens a clause of its own (ccomp).
REPORTED = _parse(
    [
        ("Lee", "PROPN", "nsubj", 1),
        ("said", "VERB", "ROOT", 1),
        ("troops", "NOUN", "nsubj", 3),
        ("attacked", "VERB", "ccomp", 1),
        ("the", "DET", "det", 5),
        ("base", "NOUN", "dobj", 3),
        (".", "PUNCT", "punct", 1),
    ]
)


def test_lang_tree_subtree_tokens_cross_clauses() -> None:
    tree = ParseTree(REPORTED)
    assert tree.subtree_tokens(1) == frozenset(range(7))
    assert tree.subtree_tokens(3) == frozenset({2, 3, 4, 5})
    assert tree.subtree_tokens(5) == frozenset({4, 5})


def test_lang_tree_clause_subtree_stops_at_clause_openers() -> None:
    tree = ParseTree(REPORTED)
    assert tree.clause_subtree(1) == [0, 1, 6]
    assert tree.clause_subtree(3) == [2, 3, 4, 5]
    assert tree.clause_subtree(5) == [4, 5]


def test_lang_tree_clauses_and_paths() -> None:
    tree = ParseTree(REPORTED)
    assert [tree.clause(i) for i in range(7)] == [1, 1, 3, 3, 3, 3, 1]
    assert tree.path_length(2, 5) == 2
    assert tree.path_length(0, 5) is None
    assert list(tree.ancestors(4)) == [5, 3, 1]
    assert tree.deps(1, "nsubj", "ccomp") == [0, 3]


def test_lang_tree_verb_conjunct_opens_a_clause_noun_conjunct_does_not() -> None:
    # "Lee met Kim and Park and left ."
    tokens = _parse(
        [
            ("Lee", "PROPN", "nsubj", 1),
            ("met", "VERB", "ROOT", 1),
            ("Kim", "PROPN", "dobj", 1),
            ("and", "CCONJ", "cc", 2),
            ("Park", "PROPN", "conj", 2),
            ("and", "CCONJ", "cc", 1),
            ("left", "VERB", "conj", 1),
            (".", "PUNCT", "punct", 1),
        ]
    )
    tree = ParseTree(tokens)
    assert tree.opens_clause(6)
    assert not tree.opens_clause(4)
    assert tree.clause_subtree(1) == [0, 1, 2, 3, 4, 5, 7]
    assert tree.conjuncts(2) == [2, 4]


def test_lang_tree_block_trims_edge_punctuation_and_gives_chars() -> None:
    tree = ParseTree(REPORTED)
    assert tree.block({3, 4, 5, 6}, 3) == (3, 5)
    assert tree.block({0, 2}, 2) == (2, 2)
    assert tree.block({0}, 2) is None
    first, last = tree.block(tree.subtree_tokens(3), 3) or (0, 0)
    start, end = tree.chars(first, last)
    assert " ".join(t.text for t in REPORTED)[start:end] == "troops attacked the base"


def test_lang_tree_shared_for_the_same_tokens_only() -> None:
    """Stages reading the same token records share one tree; equal but other records,
    or records read after a few other articles', get their own."""
    tokens = tuple(REPORTED)
    tree = parse_tree(tokens)
    assert parse_tree(tokens) is tree
    assert parse_tree(tuple(REPORTED)) is not tree
    for _ in range(8):
        parse_tree(tuple(REPORTED))
    assert parse_tree(tokens) is not tree
    assert parse_tree(tokens).subtree_tokens(3) == frozenset({2, 3, 4, 5})


def test_lang_recent_matches_by_identity_item_by_item() -> None:
    recent: Recent[str] = Recent(size=2)
    a, b = ["a"], ["b"]
    assert recent.get((a, b), lambda: "ab") == "ab"
    assert recent.get((a, b), lambda: "again") == "ab"
    assert recent.get((a, ["b"]), lambda: "other b") == "other b"
    assert recent.get((b, a), lambda: "ba") == "ba"
    assert recent.get((a, b), lambda: "dropped") == "dropped"  # only 2 kept
