"""The compiled trees (`compile_trees`) give the node walk's floats, bit for bit."""

from __future__ import annotations

import random

from newsdossier.coref.features import FEATURES
from newsdossier.coref.scorer import Node, Scorer, compile_trees, load_scorer, walk_trees


def _bits(value: float) -> str:
    return float.hex(value)


def _random_row(rng: random.Random, names: tuple[str, ...], cuts: list[float]) -> dict:
    """A feature row whose values often sit exactly on a split threshold, on either
    side of it, or are missing (the walk reads 0.0 then)."""
    row: dict[str, float] = {}
    for name in names:
        pick = rng.random()
        if pick < 0.15:
            continue
        if pick < 0.55 and cuts:
            cut = rng.choice(cuts)
            row[name] = rng.choice([cut, cut - 1e-9, cut + 1e-9, -cut])
        elif pick < 0.7:
            row[name] = rng.choice([0.0, -0.0, 1.0, True, False, 0, 3])
        else:
            row[name] = rng.uniform(-5.0, 50.0)
    return row


def _random_tree(rng: random.Random, width: int, depth: int) -> tuple[Node, ...]:
    nodes: list[Node] = []

    def grow(level: int) -> int:
        at = len(nodes)
        if level >= depth or rng.random() < 0.2:
            value = rng.choice([rng.gauss(0.0, 1.0), 0.0, -0.0, 1e-300, float("inf")])
            nodes.append(Node(-1, value))
            return at
        nodes.append(Node(0, 0.0))  # placeholder until the children are known
        left, right = grow(level + 1), grow(level + 1)
        threshold = rng.choice([0.5, 0.0, -0.0, 1.5, rng.uniform(-3.0, 30.0)])
        nodes[at] = Node(rng.randrange(width), threshold, left, right)
        return at

    grow(0)
    return tuple(nodes)


def _walked_score(scorer: Scorer, row: dict) -> float:
    """`Scorer.score` as it was before the trees were compiled."""
    z = scorer.bias
    for weights in (scorer.weights, scorer.constraints):
        z += sum(w * row.get(name, 0.0) for name, w in weights.items())
    return z + walk_trees(scorer.trees, scorer.names, row)


def test_coref_scorer_compiled_shipped_trees_equal_the_walk() -> None:
    scorer = load_scorer()
    assert scorer.trees, "the shipped model is boosted trees"
    cuts = sorted({node.value for tree in scorer.trees for node in tree if node.feature >= 0})
    rng = random.Random(20261206)
    for _ in range(3000):
        row = _random_row(rng, scorer.names, cuts)
        walked = walk_trees(scorer.trees, scorer.names, row)
        assert _bits(scorer.leaves(row)) == _bits(walked)
        assert _bits(scorer.score(row)) == _bits(_walked_score(scorer, row))


def test_coref_scorer_compiled_random_trees_equal_the_walk() -> None:
    rng = random.Random(7)
    names = tuple(FEATURES)
    for _ in range(40):
        trees = [_random_tree(rng, len(names), rng.randrange(1, 9)) for _ in range(30)]
        leaves = compile_trees(trees, names)
        cuts = [node.value for tree in trees for node in tree if node.feature >= 0]
        for _ in range(50):
            row = _random_row(rng, names, cuts)
            assert _bits(leaves(row)) == _bits(walk_trees(trees, names, row))


def test_coref_scorer_compiled_nan_threshold_sends_right_as_the_walk() -> None:
    nan_split = (Node(0, float("nan"), 1, 2), Node(-1, -1.0), Node(-1, 2.0))
    leaves = compile_trees([nan_split], ("a",))
    for value in (0.0, 1.0, float("nan")):
        assert leaves({"a": value}) == walk_trees([nan_split], ("a",), {"a": value}) == 2.0


def test_coref_scorer_compiled_deep_and_broken_trees_are_walked() -> None:
    """A chain deeper than the compiled limit, and a tree whose child index is -1 (the
    walk reads the last node), still give the walk's value."""
    depth = 200
    chain = [Node(0, float(n), n + 1, depth + n + 1) for n in range(depth)]
    chain.append(Node(-1, 0.25))
    chain += [Node(-1, float(n)) for n in range(depth)]
    broken = (Node(0, 0.5, 1, -1), Node(-1, 3.0), Node(-1, 7.0))
    trees = [tuple(chain), broken]
    leaves = compile_trees(trees, ("a",))
    for value in (-1.0, 0.5, 0.7, 3.2, 150.0, 500.0):
        assert leaves({"a": value}) == walk_trees(trees, ("a",), {"a": value})
