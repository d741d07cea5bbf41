"""The antecedent scorer over `features.FEATURES`, pure Python.

Its parameters live in ``weights.json`` beside this module, written by
``eval/gap_train.py`` (fitted on GAP development, Apache-2.0; see that script for how).
Two kinds of model read the same feature rows and give a log-odds score:

- ``"logistic"``: one weight per feature and a bias;
- ``"trees"``: boosted regression trees (a base score plus the leaf value each tree
  reaches; a node sends a row left when its feature is at most the node's threshold).

Both add the fixed weights of ``constraints`` (features that exclude a candidate rather
than weigh it, such as a person the article shows with the other gender) and carry the
probability a best candidate needs to be linked (``threshold``, chosen on the same
development set). Nothing but the standard library runs at inference time.

The trees are turned into Python once, when the scorer is made (`compile_trees`): one
function computing every tree's leaf as nested conditional expressions, instead of a
walk from node to node per row and tree (`walk_trees`). Over the 2,501 candidate rows of
208 real articles, the shipped 200 trees took 0.15 s walked and 0.03 s compiled, and the
scores are the same floats: the same comparisons choose the same leaves, added by the
same ``sum``.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import cast

from newsdossier.coref.features import FEATURES

WEIGHTS_FILE = Path(__file__).with_name("weights.json")


@dataclass(frozen=True, slots=True)
class Node:
    """One tree node: a split (``feature`` >= 0: go to ``left`` when the value is at most
    ``value``, else ``right``) or a leaf (``feature`` -1: ``value`` is its score)."""

    feature: int
    value: float
    left: int = -1
    right: int = -1


@dataclass(frozen=True, slots=True)
class Scorer:
    """A log-odds model over named features, and the linking threshold.

    ``weights`` and ``bias`` make a logistic regression; ``trees`` (over the feature names
    ``names``) add boosted trees to the bias; ``constraints`` are fixed weights added in
    either case.
    """

    weights: dict[str, float]
    bias: float
    threshold: float
    trees: tuple[tuple[Node, ...], ...] = ()
    names: tuple[str, ...] = ()
    constraints: dict[str, float] = field(default_factory=dict)
    leaves: Callable[[Mapping[str, float]], float] = field(init=False, repr=False, compare=False)
    """The summed leaf values of the trees for a row of features (`compile_trees`)."""

    def __post_init__(self) -> None:
        object.__setattr__(self, "leaves", compile_trees(self.trees, self.names))

    def score(self, features: Mapping[str, float]) -> float:
        """The log-odds that a candidate with these features is the antecedent."""
        z = self.bias
        for weights in (self.weights, self.constraints):
            z += sum(w * features.get(name, 0.0) for name, w in weights.items())
        if self.trees:
            z += self.leaves(features)
        return z

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability that a candidate with these features is the antecedent."""
        z = self.score(features)
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def _leaf(tree: Sequence[Node], row: Sequence[float]) -> float:
    """The value of the leaf ``row`` reaches in ``tree`` (node 0 is the root)."""
    node = tree[0]
    while node.feature >= 0:
        node = tree[node.left if row[node.feature] <= node.value else node.right]
    return node.value


def walk_trees(
    trees: Sequence[Sequence[Node]], names: Sequence[str], features: Mapping[str, float]
) -> float:
    """The summed leaf values of ``trees`` for ``features``, walking node by node: what
    the function `compile_trees` makes computes, and the reference it is tested against."""
    row = [features.get(name, 0.0) for name in names]
    return sum(_leaf(tree, row) for tree in trees)


#: Deeper trees are walked (`walk_trees`), not compiled: a conditional expression nested
#: this deep is near what the compiler accepts, and a tree with a cycle never ends.
_MAX_COMPILED_DEPTH = 60


def compile_trees(
    trees: Sequence[Sequence[Node]], names: Sequence[str]
) -> Callable[[Mapping[str, float]], float]:
    """A function giving `walk_trees` ``(trees, names, features)`` for ``features``, the
    same float for every row: generated Python source, compiled once.

    Each feature a split reads is fetched once (``features.get(name, 0.0)``, as the walk
    does), and each distinct split (feature, threshold) is tested once, with the walk's
    own comparison ``value <= threshold`` (the shipped 200 trees hold 2,431 splits but 138
    distinct ones). Each tree is then one conditional expression over those tests,
    ``(a if s3 else b)``. Thresholds and leaf values are written with ``repr``, which
    gives back the same float; the leaves are added by ``sum`` over a tuple in tree
    order, as the walk adds them."""
    constants: dict[str, object] = {}
    splits: dict[tuple[int, float], str] = {}

    def literal(value: float) -> str:
        if math.isfinite(value):
            return repr(value)
        name = f"_c{len(constants)}"  # inf or nan: no literal for it
        constants[name] = value
        return name

    def expression(tree: Sequence[Node], at: int, depth: int) -> str | None:
        if not 0 <= at < len(tree) or depth > _MAX_COMPILED_DEPTH:
            return None  # a broken or very deep tree: walked
        node = tree[at]
        if node.feature < 0:
            return literal(node.value)
        left = expression(tree, node.left, depth + 1)
        right = expression(tree, node.right, depth + 1)
        if left is None or right is None:
            return None
        test = splits.setdefault((node.feature, node.value), f"s{len(splits)}")
        return f"({left} if {test} else {right})"

    terms = []
    for n, tree in enumerate(trees):
        compiled = expression(tree, 0, 0)
        if compiled is None:
            constants[f"_t{n}"] = tree
            compiled = f"_leaf(_t{n}, _row(features))"
        terms.append(compiled)
    lines = ["def leaves(features):", "    get = features.get"]
    lines += [f"    x{k} = get({names[k]!r}, 0.0)" for k in sorted({k for k, _ in splits})]
    lines += [f"    {test} = x{k} <= {literal(value)}" for (k, value), test in splits.items()]
    lines += ["    return sum((", *(f"        {term}," for term in terms), "    ))"]
    namespace: dict[str, object] = {
        **constants,
        "_leaf": _leaf,
        "_row": lambda features: [features.get(name, 0.0) for name in names],
    }
    exec(compile("\n".join(lines), "<coref trees>", "exec"), namespace)
    return cast("Callable[[Mapping[str, float]], float]", namespace["leaves"])


def scorer_from(data: Mapping[str, object]) -> Scorer:
    """A `Scorer` from the JSON object ``weights.json`` holds.

    Raises:
        ValueError: the model does not name exactly the features of `FEATURES`, or a tree
            points outside itself.
    """
    constraints = _numbers(data.get("constraints", {}))
    threshold, bias = float(str(data["threshold"])), float(str(data["bias"]))
    if data.get("model", "logistic") == "logistic":
        weights = _numbers(data["weights"])
        if set(weights) | set(constraints) != set(FEATURES):
            raise ValueError("weights.json must weigh every name in coref.features.FEATURES")
        return Scorer(weights, bias, threshold, constraints=constraints)
    names = tuple(str(n) for n in _sequence(data["names"]))
    if set(names) != set(FEATURES):
        raise ValueError("weights.json's trees must read exactly coref.features.FEATURES")
    trees = tuple(_tree(raw, len(names)) for raw in _sequence(data["trees"]))
    return Scorer({}, bias, threshold, trees, names, constraints)


def _tree(raw: object, width: int) -> tuple[Node, ...]:
    """A tree from its JSON form: a list of ``[feature, value, left, right]`` nodes."""
    nodes = tuple(
        Node(int(str(f)), float(str(v)), int(str(lo)), int(str(hi)))
        for f, v, lo, hi in (_sequence(n) for n in _sequence(raw))
    )
    for node in nodes:
        inside = 0 <= node.left < len(nodes) and 0 <= node.right < len(nodes)
        if node.feature >= width or (node.feature >= 0 and not inside):
            raise ValueError("a tree node in weights.json points outside its tree")
    return nodes


def _numbers(raw: object) -> dict[str, float]:
    if not isinstance(raw, dict):
        raise ValueError("weights.json: expected an object of numbers")
    return {str(k): float(v) for k, v in raw.items()}


def _sequence(raw: object) -> list[object]:
    if not isinstance(raw, list):
        raise ValueError("weights.json: expected a list")
    return raw


@cache
def load_scorer(path: Path = WEIGHTS_FILE) -> Scorer:
    """The shipped scorer (read once per process)."""
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return scorer_from(data)
