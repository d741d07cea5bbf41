"""The GAP trainer's bag of boosted trees exports to the pure-Python scorer with the same
scores, and a GAP name is held by any mention overlapping it (a title in the name)."""

from __future__ import annotations

import numpy as np
from eval.gap import Example, holds_name
from eval.gap_train import BAG, Row, _trees, exported_trees

from newsdossier.coref.features import FEATURES
from newsdossier.coref.scorer import scorer_from


def _rows(count: int, seed: int) -> list[Row]:
    """Rows of random feature values in quarters of 0..1 (the stage's features are flags
    and a few steps), the referent decided by two features."""
    rng = np.random.default_rng(seed)
    rows = []
    for n in range(count):
        values = [float(v) / 4 for v in rng.integers(0, 5, len(FEATURES))]
        label = int(values[0] + values[5] > 1.0)
        rows.append(Row(n // 3, values, label == 1, False, label))
    return rows


def test_gap_train_bag_exports_the_scores_it_was_fitted_to() -> None:
    rows = _rows(300, 0)
    x_all = np.array([r.features for r in rows])
    bag = _trees(rows, x_all, {r.example for r in rows}, (2, 20), seed=3)
    assert len(bag.members) == BAG
    assert len({m.random_state for m in bag.members}) == BAG
    expected = np.mean([m.decision_function(x_all) for m in bag.members], axis=0)
    assert np.allclose(bag.decision_function(x_all), expected)
    data = exported_trees(bag, x_all)
    assert len(data["trees"]) == BAG * 20
    scorer = scorer_from({**data, "model": "trees", "threshold": 0.5})
    mine = [scorer.score(dict(zip(FEATURES, r.features, strict=True))) for r in rows]
    assert np.max(np.abs(np.array(mine) - expected)) < 1e-3


def test_gap_name_with_a_title_is_held_by_the_mention_inside_it() -> None:
    text = "In 1961 President Kennedy met him."
    example = Example(
        id="t",
        text=text,
        pronoun="him",
        pronoun_offset=text.index("him"),
        a_offset=text.index("President"),
        b_offset=0,
        a_coref=True,
        b_coref=False,
        a_name="President Kennedy",
        b_name="In",
    )
    kennedy = (text.index("Kennedy"), text.index("Kennedy") + len("Kennedy"))
    assert holds_name([kennedy], example, "A")
    assert not holds_name([kennedy], example, "B")
    assert not holds_name([(text.index("met"), text.index("met") + 3)], example, "A")
