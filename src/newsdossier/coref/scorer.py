"""The antecedent scorer: a logistic regression over `features.FEATURES`, pure Python.

Its weights live in ``weights.json`` beside this module, written by ``eval/gap_train.py``
(fitted on GAP development, Apache-2.0; see that script for how): one weight per feature,
a bias, and the probability a best candidate needs to be linked (``threshold``, chosen on
the same development set). Nothing but the standard library runs at inference time.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from newsdossier.coref.features import FEATURES

WEIGHTS_FILE = Path(__file__).with_name("weights.json")


@dataclass(frozen=True, slots=True)
class Scorer:
    """Weights of a logistic regression over named features, and the linking threshold."""

    weights: dict[str, float]
    bias: float
    threshold: float

    def probability(self, features: dict[str, float]) -> float:
        """The probability that a candidate with these features is the antecedent."""
        z = self.bias + sum(self.weights[name] * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))


def scorer_from(data: dict[str, object]) -> Scorer:
    """A `Scorer` from the JSON object ``weights.json`` holds.

    Raises:
        ValueError: the weights do not name exactly the features of `FEATURES`.
    """
    raw = data["weights"]
    if not isinstance(raw, dict) or set(raw) != set(FEATURES):
        raise ValueError("weights.json must give one weight per name in coref.features.FEATURES")
    weights = {str(k): float(v) for k, v in raw.items()}
    return Scorer(weights, float(str(data["bias"])), float(str(data["threshold"])))


@cache
def load_scorer(path: Path = WEIGHTS_FILE) -> Scorer:
    """The shipped scorer (read once per process)."""
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return scorer_from(data)
