"""Fit the coreference stage's antecedent scorer on GAP development (Apache-2.0).

Every development passage goes through the pipeline up to coreference (`eval.gap`'s
stages without ``coref.v1``, the article carrying its row's URL as `eval.gap` gives it);
at its pronoun, the stage's own candidate list
(`newsdossier.coref.pronouns.personal_candidates`, after the earlier pronouns of the
passage were resolved in reading order as the stage does) gives one row of features per
candidate. A candidate whose entity holds the gold name (A or B marked TRUE) is a positive;
one holding a FALSE name, or any other candidate when a name is TRUE, is a negative (an
entity holds a name when one of its name mentions, or the title or given name the stage
adds before one, `nominals.name_modifiers`, overlaps the name: `eval.gap.holds_name`); when
neither name is TRUE, candidates holding neither are left out (the referent is someone we
cannot see). Two kinds of model can be fitted (scikit-learn, development only):

- ``trees`` (the default): gradient-boosted regression trees over the labelled rows, for
  each setting of `TREE_GRID`, fitted `BAG` times with successive seeds and averaged
  (`Bag`);
- ``logistic``: a logistic regression over candidate pairs, for each regularisation
  strength in `C_GRID`.

Out-of-fold probabilities (`FOLDS`-fold over passages) choose the setting and the linking
threshold that give the best GAP F1 of the stage's decision (the best candidate, linked
when its probability reaches the threshold). The model is written to
``src/newsdossier/coref/weights.json`` (trees as plain node lists; the script checks that
the pure-Python scorer, `newsdossier.coref.scorer`, gives scikit-learn's scores); inference
needs no scikit-learn. Validation is never read here.

    python -m eval.gap_train [--passes 3] [--model trees|logistic] [--seed 0]
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Container, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

import numpy as np
from sklearn.ensemble import GradientBoostingClassifier  # type: ignore[import-untyped]
from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]
from sklearn.model_selection import GroupKFold  # type: ignore[import-untyped]

from eval.gap import GAP_STAGES, Example, holds_name, read_examples, run_pipeline
from newsdossier.article import Article
from newsdossier.coref.context import Context
from newsdossier.coref.features import FEATURES
from newsdossier.coref.nominals import name_modifiers
from newsdossier.coref.pronouns import personal, personal_candidates, pronoun_class
from newsdossier.coref.scorer import WEIGHTS_FILE, load_scorer, scorer_from
from newsdossier.nlp import load_model

#: Regularisation strengths tried (inverse L2 weight, scikit-learn's ``C``).
C_GRID = (0.03, 0.1, 0.3, 1.0, 3.0, 10.0)
#: Tree settings tried: (depth, number of trees); every setting learns at `TREE_RATE`
#: on `TREE_SUBSAMPLE` of the rows per tree, with leaves of at least `TREE_LEAF` rows.
TREE_GRID = ((3, 200), (3, 300), (4, 200))
TREE_RATE = 0.05
TREE_SUBSAMPLE = 0.8
TREE_LEAF = 20
#: Decimals kept of the trees' thresholds and leaf values (features are spaced far wider;
#: the rounding moves a score by under 1e-3, which the export checks).
DIGITS = 6
#: Seed of the trees' row sampling (the fit is reproducible).
SEED = 0
#: Fits in the bag: the trees of `BAG` fits, seeded ``seed``, ``seed + 1``..., their
#: log-odds averaged. One fit's validation F1 moved by about 0.007 with the seed alone;
#: the bag's varies less, and costs the stage little (the scorer is compiled).
BAG = 4
#: Folds over passages for the out-of-fold choice of ``C`` and the threshold.
FOLDS = 5
#: GAP's pronouns by gender, for the out-of-fold F1 and bias reported with the fit.
GENDER_PRONOUNS = {
    "masculine": frozenset({"he", "him", "his"}),
    "feminine": frozenset({"she", "her", "hers"}),
}
#: Linking thresholds tried.
THRESHOLDS = tuple(round(0.05 * k, 2) for k in range(1, 19))


@dataclass(frozen=True, slots=True)
class Row:
    """One candidate of one passage: features, whether it holds A / B, and its label."""

    example: int
    features: list[float]
    holds_a: bool
    holds_b: bool
    label: int | None


#: Features that are constraints, not evidence: a candidate with one set is excluded at run
#: time (its fixed weight outweighs every other feature), so it is left out of training.
#: A person the article shows with the other gender (an honorific, an earlier pronoun) is
#: never the antecedent: fitted on GAP the weight came out at -1.24, which let "she" go to
#: "Mr. Okafor" in news text, where an honorific is evidence an analyst relies on.
HARD_FEATURES = {"gender_conflict": -30.0}


def candidate_rows(examples: Sequence[Example], articles: Sequence[Article]) -> list[Row]:
    """The stage's candidates at each passage's pronoun, as training rows."""
    rows: list[Row] = []
    for n, (ex, article) in enumerate(zip(examples, articles, strict=True)):
        shift = max(ex.text.find(article.body), 0)
        ctx = Context(article)
        at = ctx.token_at(ex.pronoun_offset - shift)
        if not ctx.tokens or ctx.tokens[at].start != ex.pronoun_offset - shift:
            continue
        for tok in ctx.tokens[:at]:
            if pronoun_class(tok, ctx) == "personal":
                personal(ctx, tok)
        prefixes: dict[str, list[tuple[int, int]]] = {}
        for prefix in name_modifiers(ctx):
            prefixes.setdefault(prefix.entity.id, []).append((prefix.start, prefix.end))
        for cand in personal_candidates(ctx, ctx.tokens[at]):
            if any(cand.features[f] for f in HARD_FEATURES):
                continue
            held = [(m.start, m.end) for m in cand.entity.mentions]
            held += prefixes.get(cand.entity.id, [])
            spans = [(s + shift, e + shift) for s, e in held]
            a, b = holds_name(spans, ex, "A"), holds_name(spans, ex, "B")
            positive = (a and ex.a_coref) or (b and ex.b_coref)
            label: int | None = 1 if positive else 0
            if not positive and not (a or b) and not (ex.a_coref or ex.b_coref):
                label = None
            rows.append(Row(n, [cand.features[f] for f in FEATURES], a, b, label))
    return rows


def gap_f1(
    examples: Sequence[Example],
    rows: Sequence[Row],
    probs: Any,
    threshold: float,
    only: Container[int] | None = None,
) -> float:
    """GAP F1 of linking each passage's best candidate when its probability >= threshold
    (over the passages numbered in ``only`` when given: one pronoun gender, say)."""
    best: dict[int, tuple[float, Row]] = {}
    for row, p in zip(rows, probs, strict=True):
        if row.example not in best or p > best[row.example][0]:
            best[row.example] = (float(p), row)
    tp = fp = fn = 0
    for n, ex in enumerate(examples):
        if only is not None and n not in only:
            continue
        top = best.get(n)
        a, b = (top[1].holds_a, top[1].holds_b) if top and top[0] >= threshold else (False, False)
        for gold, said in ((ex.a_coref, a), (ex.b_coref, b)):
            tp += gold and said
            fp += said and not gold
            fn += gold and not said
    return 2 * tp / (2 * tp + fp + fn) if tp else 0.0


def fit(
    examples: Sequence[Example], rows: Sequence[Row], model: str = "trees", seed: int = SEED
) -> dict[str, Any]:
    """The scorer's JSON: the model (``trees`` or ``logistic``), setting and threshold
    chosen by out-of-fold GAP F1 (see the module doc); ``seed``: the trees' row sampling."""
    x_all = np.array([r.features for r in rows])
    passages = sorted({r.example for r in rows})
    settings: Sequence[Any] = TREE_GRID if model == "trees" else C_GRID
    make = partial(_trees, seed=seed) if model == "trees" else _ranker
    chosen: tuple[float, Any, float] = (-1.0, settings[0], THRESHOLDS[0])
    chosen_probs = np.zeros(len(rows))
    for setting in settings:
        probs = np.zeros(len(rows))
        for train, test in GroupKFold(FOLDS).split(passages, groups=passages):
            fitted = make(rows, x_all, {passages[t] for t in train}, setting)
            out = [i for i, r in enumerate(rows) if r.example in {passages[t] for t in test}]
            probs[out] = fitted.predict_proba(x_all[out])[:, 1]
        for t in THRESHOLDS:
            f1 = gap_f1(examples, rows, probs, t)
            if f1 > chosen[0]:
                chosen = (f1, setting, t)
                chosen_probs = probs.copy()
    f1, setting, t = chosen
    by_gender = {
        gender: gap_f1(examples, rows, chosen_probs, t, _passages_of(examples, pronouns))
        for gender, pronouns in GENDER_PRONOUNS.items()
    }
    fitted = make(rows, x_all, set(passages), setting)
    about = (
        f"Antecedent scorer of the coreference stage: {model} fitted by eval/gap_train.py on "
        f"GAP development ({len(examples)} passages, Apache-2.0), setting {setting}"
        f"{f' (a bag of {BAG} fits)' if model == 'trees' else ''} and "
        f"threshold chosen by {FOLDS}-fold out-of-fold GAP F1 ({f1:.4f}; masculine "
        f"{by_gender['masculine']:.4f}, feminine {by_gender['feminine']:.4f}, bias "
        f"{by_gender['feminine'] / max(by_gender['masculine'], 1e-9):.3f})."
    )
    constraints = dict(HARD_FEATURES)
    if isinstance(fitted, LogisticRegression):
        data: dict[str, Any] = {
            "about": about,
            "model": "logistic",
            "weights": {
                f: round(float(w), 6)
                for f, w in zip(FEATURES, fitted.coef_[0], strict=True)
                if f not in constraints
            },
            "bias": round(float(fitted.intercept_[0]), 6),
        }
    else:
        data = {"about": about, "model": "trees", **exported_trees(fitted, x_all)}
    data.update({"constraints": constraints, "threshold": t})
    return data


def _passages_of(examples: Sequence[Example], pronouns: frozenset[str]) -> set[int]:
    """The numbers of the passages whose pronoun is one of ``pronouns``."""
    return {n for n, ex in enumerate(examples) if ex.pronoun.lower() in pronouns}


def exported_trees(model: Bag, x_all: Any) -> dict[str, Any]:
    """The bag's trees as ``weights.json`` holds them (``names``, ``bias``, ``trees``:
    ``[feature, threshold or leaf value, left, right]`` per node, leaf values already
    scaled by the learning rate and divided among the bag's members), checked against
    scikit-learn's own scores on ``x_all``.

    Raises:
        AssertionError: the exported trees score a row otherwise than scikit-learn.
    """
    trees = []
    share = 1.0 / len(model.members)
    for member in model.members:
        for estimator in member.estimators_[:, 0]:
            tree = estimator.tree_
            nodes = []
            for k in range(tree.node_count):
                if tree.children_left[k] < 0:
                    scale = member.learning_rate * share
                    leaf = round(float(tree.value[k][0][0]) * scale, DIGITS)
                    nodes.append([-1, leaf, -1, -1])
                else:
                    split = round(float(tree.threshold[k]), DIGITS)
                    left, right = int(tree.children_left[k]), int(tree.children_right[k])
                    nodes.append([int(tree.feature[k]), split, left, right])
            trees.append(nodes)
    reference = model.decision_function(x_all)
    summed = sum(
        m.learning_rate * share * e.predict(x_all)
        for m in model.members
        for e in m.estimators_[:, 0]
    )
    bias = round(float(np.median(reference - summed)), DIGITS)
    data = {"names": list(FEATURES), "bias": bias, "trees": trees}
    scorer = scorer_from({**data, "model": "trees", "threshold": 0.5})
    mine = np.array([scorer.score(dict(zip(FEATURES, row, strict=True))) for row in x_all])
    worst = float(np.max(np.abs(mine - reference)))
    assert worst < 1e-3, f"exported trees differ from scikit-learn by {worst}"
    return data


class Bag:
    """Boosted trees fitted `BAG` times with different seeds: their log-odds averaged."""

    def __init__(self, members: Sequence[GradientBoostingClassifier]) -> None:
        self.members = list(members)

    def decision_function(self, x: Any) -> Any:
        """The mean log-odds of the members."""
        return np.mean([m.decision_function(x) for m in self.members], axis=0)

    def predict_proba(self, x: Any) -> Any:
        """Probabilities of (not referent, referent) from the mean log-odds."""
        p = 1.0 / (1.0 + np.exp(-self.decision_function(x)))
        return np.column_stack([1.0 - p, p])


def _trees(
    rows: Sequence[Row],
    x_all: Any,
    passages: set[int],
    setting: tuple[int, int],
    seed: int = SEED,
) -> Bag:
    """Boosted trees over the labelled candidates of ``passages`` (one row each), fitted
    `BAG` times (seeds ``seed`` onward)."""
    depth, count = setting
    chosen = [i for i, r in enumerate(rows) if r.example in passages and r.label is not None]
    labels = np.array([rows[i].label for i in chosen])
    return Bag(
        [
            GradientBoostingClassifier(
                max_depth=depth,
                n_estimators=count,
                learning_rate=TREE_RATE,
                subsample=TREE_SUBSAMPLE,
                min_samples_leaf=TREE_LEAF,
                random_state=seed + k,
            ).fit(x_all[chosen], labels)
            for k in range(BAG)
        ]
    )


def weights_json(data: dict[str, Any]) -> str:
    """``data`` as ``weights.json`` text: indented, except that each tree is one line."""
    trees = data.get("trees")
    head = json.dumps({k: v for k, v in data.items() if k != "trees"}, indent=2)
    if not trees:
        return head + "\n"
    lines = ",\n".join(f"    {json.dumps(t, separators=(',', ':'))}" for t in trees)
    return f'{head[:-2]},\n  "trees": [\n{lines}\n  ]\n}}\n'


def bootstrap() -> None:
    """Start from neutral weights (every candidate equal: the nearest wins), so that a run
    does not depend on the weights shipped before it."""
    neutral = {"about": "neutral", "weights": dict.fromkeys(FEATURES, 0.0), "bias": 0.0}
    WEIGHTS_FILE.write_text(json.dumps({**neutral, "threshold": 0.0}) + "\n", "utf-8")
    load_scorer.cache_clear()


def _ranker(rows: Sequence[Row], x_all: Any, passages: set[int], c: float) -> LogisticRegression:
    """A logistic regression over candidate pairs of one passage: the referent against each
    other candidate (both orders), plus each labelled candidate against a null candidate
    (all features 0), so that the score both ranks candidates and says when none fits."""
    by: dict[int, list[int]] = {}
    for i, r in enumerate(rows):
        if r.example in passages and r.label is not None:
            by.setdefault(r.example, []).append(i)
    diffs, ys = [], []
    for members in by.values():
        gold = [i for i in members if rows[i].label == 1]
        for g in gold:
            for o in members:
                if rows[o].label == 0:
                    diffs += [x_all[g] - x_all[o], x_all[o] - x_all[g]]
                    ys += [1, 0]
        for i in members:
            diffs.append(x_all[i])
            ys.append(int(rows[i].label or 0))
    return LogisticRegression(C=c, max_iter=3000).fit(np.array(diffs), np.array(ys))


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``python -m eval.gap_train [--passes N] [--model trees|logistic]
    [--seed N]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument(
        "--passes",
        type=int,
        default=3,
        help="refits, each resolving earlier pronouns with the last pass's weights",
    )
    parser.add_argument("--model", choices=("trees", "logistic"), default="trees")
    parser.add_argument(
        "--seed",
        type=int,
        default=SEED,
        help="seed of the trees' row sampling (the shipped fit uses the default)",
    )
    args = parser.parse_args(argv)
    bootstrap()
    examples = read_examples("development")
    articles = run_pipeline(examples, load_model(), GAP_STAGES[:-1])
    for n in range(args.passes):
        rows = candidate_rows(examples, articles)
        data = fit(examples, rows, args.model, seed=args.seed)
        WEIGHTS_FILE.write_text(weights_json(data), encoding="utf-8")
        load_scorer.cache_clear()
        print(f"pass {n + 1}: {len(rows)} candidates; {data['about']}")


if __name__ == "__main__":
    main()
