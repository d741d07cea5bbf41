"""The antecedent scorer read from JSON: logistic weights, boosted trees and constraints."""

from __future__ import annotations

import math

import pytest

from newsdossier.coref.features import FEATURES
from newsdossier.coref.scorer import load_scorer, scorer_from

#: A tree: the root splits on "same_sentence" at 0.5; left leaf -1.0, right leaf 2.0.
_TREE = [[FEATURES.index("same_sentence"), 0.5, 1, 2], [-1, -1.0, -1, -1], [-1, 2.0, -1, -1]]


def _trees(**extra: object) -> dict[str, object]:
    return {
        "model": "trees",
        "names": list(FEATURES),
        "bias": 0.25,
        "trees": [_TREE, [[-1, 0.5, -1, -1]]],
        "threshold": 0.3,
        **extra,
    }


def test_coref_scorer_trees_route_by_threshold_and_add_leaves() -> None:
    scorer = scorer_from(_trees())
    assert scorer.score({"same_sentence": 0.0}) == pytest.approx(0.25 - 1.0 + 0.5)
    assert scorer.score({"same_sentence": 0.5}) == pytest.approx(0.25 - 1.0 + 0.5)
    assert scorer.score({"same_sentence": 1.0}) == pytest.approx(0.25 + 2.0 + 0.5)
    assert scorer.probability({"same_sentence": 1.0}) == pytest.approx(1 / (1 + math.exp(-2.75)))
    assert scorer.threshold == 0.3


def test_coref_scorer_constraint_outweighs_the_trees() -> None:
    scorer = scorer_from(_trees(constraints={"gender_conflict": -30.0}))
    assert scorer.probability({"same_sentence": 1.0, "gender_conflict": 1.0}) < 1e-9
    assert scorer.probability({"same_sentence": 1.0, "gender_conflict": 0.0}) > 0.9


def test_coref_scorer_logistic_weights_with_constraints() -> None:
    weights = dict.fromkeys(FEATURES, 0.0)
    del weights["gender_conflict"]
    weights["nearest"] = 2.0
    data = {"weights": weights, "bias": -1.0, "threshold": 0.5}
    scorer = scorer_from({**data, "constraints": {"gender_conflict": -30.0}})
    assert scorer.score({"nearest": 1.0}) == pytest.approx(1.0)
    assert scorer.score({"nearest": 1.0, "gender_conflict": 1.0}) == pytest.approx(-29.0)


def test_coref_scorer_rejects_a_model_over_other_features() -> None:
    with pytest.raises(ValueError, match="FEATURES"):
        scorer_from(_trees(names=list(FEATURES[:-1])))
    with pytest.raises(ValueError, match="FEATURES"):
        scorer_from({"weights": {"nearest": 1.0}, "bias": 0.0, "threshold": 0.5})


def test_coref_scorer_rejects_a_node_pointing_outside_its_tree() -> None:
    with pytest.raises(ValueError, match="outside"):
        scorer_from(_trees(trees=[[[0, 0.5, 1, 7], [-1, 0.0, -1, -1]]]))


def test_coref_scorer_shipped_model_excludes_the_other_gender() -> None:
    scorer = load_scorer()
    row = dict.fromkeys(FEATURES, 0.0) | {"same_sentence": 1.0, "nearest": 1.0}
    assert scorer.probability(row | {"gender_conflict": 1.0}) < 1e-6
    assert scorer.probability(row) > scorer.probability(row | {"gender_conflict": 1.0})
