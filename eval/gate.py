"""Quality gate: today's figures on the gold sets against the floors pinned in ``floors.json``.

Figures: the seed gold pass rate (`eval.seeds`), PolNeAR dev source/cue/content F1, exact
and overlap (`eval.polnear`), TimeML value F1 over TimeBank and AQUAINT (`eval.timeml`),
the share of body sentences cleaning keeps on those corpora (`eval.clean`), and HTML
extraction (`eval.html`): body token F1 on the Fundus pages, its margin over trafilatura
on the same pages, the share of pages where newsdossier does not keep less of the body
than trafilatura when under 90%, metadata accuracy on our test pages, and GAP validation
coreference F1 and gender balance (`eval.gap`). Each
floor is stored with the figure it was set from; it sits a little below that figure
(``MARGIN``, rounded down) and never more than ``SLACK`` below it, so floors follow
improvements. ``tests/eval/test_gate.py`` enforces them.

Run ``python -m eval.gate`` to print figures and floors, ``--write`` to reset the floors
from today's figures (commit the result when the figures improved).
"""

from __future__ import annotations

import argparse
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval import gap, html, polnear, timeml
from eval.clean import corpus_texts, kept_sentences
from eval.corpora import iter_timeml, shared_dir
from eval.seeds import extract_records, pass_rate, score_seeds
from newsdossier.article import Article
from newsdossier.clean import clean
from newsdossier.nlp import load_model

FLOORS_FILE = Path(__file__).with_name("floors.json")
ABOUT = (
    "Floors of the quality gate (eval/gate.py, enforced by tests/eval/test_gate.py), each "
    "with the figure it was set from. Reset with: python -m eval.gate --write"
)
MARGIN = 0.005
"""How far below its figure a floor is set."""
SLACK = 0.02
"""How far below its figure a floor may sit at most."""
STRICT = frozenset({"clean.kept_sentence_rate", "html.fundus.no_loss_rate"})
"""Figures that must stay exactly where they are (cleaning never drops a sentence; no
page loses body that trafilatura keeps)."""
ABOVE_ZERO = frozenset({"html.fundus.margin_over_trafilatura"})
"""Margins that must stay above zero whatever their figure (newsdossier's body F1 above
trafilatura's on the same pages): their floor never drops below `LEAST_MARGIN`."""
LEAST_MARGIN = 0.001

POLNEAR = tuple(
    f"polnear.dev.{role}.{mode}.f1"
    for role in ("source", "cue", "content")
    for mode in ("exact", "overlap")
)
#: Shares of PolNeAR dev's pronoun and description sources resolved to an entity.
POLNEAR_RESOLUTION = ("polnear.dev.resolution.share", "polnear.dev.resolution.referring_share")
TIMEML = ("timeml.all.value.f1",)
SEEDS = ("seeds.pass_rate",)
CLEAN = ("clean.kept_sentence_rate",)
HTML = (
    "html.fundus.body.f1",
    "html.fundus.margin_over_trafilatura",
    "html.fundus.no_loss_rate",
    *(f"html.pages.{name}.accuracy" for name in html.META_FIELDS),
)
GAP = ("gap.validation.f1", "gap.validation.bias")
METRICS = (*SEEDS, *POLNEAR, *POLNEAR_RESOLUTION, *TIMEML, *CLEAN, *HTML, *GAP)


@dataclass(frozen=True, slots=True)
class Floor:
    """A pinned floor and the figure it was set from."""

    floor: float
    figure: float


def load_floors(path: Path = FLOORS_FILE) -> dict[str, Floor]:
    """The floors pinned in ``floors.json``, by metric name."""
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return {
        name: Floor(float(entry["floor"]), float(entry["figure"]))
        for name, entry in data["floors"].items()
    }


def floor_for(name: str, figure: float) -> float:
    """The floor a figure sets: ``MARGIN`` below it, rounded down to three decimals."""
    if name in STRICT:
        return figure
    if name in ABOVE_ZERO:
        return max(LEAST_MARGIN, math.floor(round((figure - MARGIN) * 1000, 6)) / 1000)
    return max(0.0, math.floor(round((figure - MARGIN) * 1000, 6)) / 1000)


def polnear_figures(nlp: Any) -> dict[str, float]:
    """Source, cue and content F1 (exact and overlap) of newsdossier on PolNeAR dev, and
    the share of pronoun and description sources resolved to an entity (all of them, and
    the referring ones: `polnear._referring`)."""
    report = polnear.evaluate("dev", nlp, baseline=False)
    score = report.scores["newsdossier"]
    figures = {}
    for name in POLNEAR:
        _, _, role, mode, _ = name.split(".")
        figures[name] = score.counts[(role, mode)].prf()[2]
    referring = [r for r in report.resolved if r.referring]
    share, referring_share = POLNEAR_RESOLUTION
    figures[share] = _share(report.resolved)
    figures[referring_share] = _share(referring)
    return figures


def _share(resolved: list[polnear.Resolved]) -> float:
    """The share of ``resolved`` sources that name an entity."""
    return sum(1 for r in resolved if r.entity) / len(resolved) if resolved else 0.0


def timeml_figures(nlp: Any) -> dict[str, float]:
    """Value F1 of newsdossier over every TimeBank and AQUAINT document."""
    docs = list(iter_timeml())
    tokens, _ = timeml.parse_tokens(docs, nlp)
    totals = timeml.evaluate(docs, lambda d: timeml.newsdossier_spans(d, tokens[d.name]))
    return {"timeml.all.value.f1": timeml.scores(totals["all"]).value[2]}


def seeds_figures(shared: Path) -> dict[str, float]:
    """The share of seed gold checks the ``newsdossier extract`` records pass."""
    gold = json.loads((shared / "gold" / "seeds.json").read_text("utf-8"))
    records = extract_records(shared / "seeds")
    return {"seeds.pass_rate": pass_rate(score_seeds(records, gold, shared / "seeds"))}


def clean_figures(shared: Path) -> dict[str, float]:
    """The share of body sentences of PolNeAR and TimeML texts that cleaning keeps."""
    texts = corpus_texts(shared)
    kept = kept_sentences(clean(Article(id=n, source=n, raw_text=t)) for n, t in texts)
    return {"clean.kept_sentence_rate": kept.rate}


def html_figures(shared: Path) -> dict[str, float]:
    """Fundus body F1, its margin over trafilatura's on the same pages, the no-loss page
    share, and metadata page accuracies."""
    body = html.score_fundus(shared)
    pages = len(body.newsdossier)
    figures = {
        "html.fundus.body.f1": body.mean_f1("newsdossier"),
        "html.fundus.margin_over_trafilatura": (
            body.mean_f1("newsdossier") - body.mean_f1("trafilatura")
        ),
        "html.fundus.no_loss_rate": 1 - len(body.losses()) / pages if pages else 0.0,
    }
    for name, accuracy in html.score_pages().items():
        figures[f"html.pages.{name}.accuracy"] = accuracy
    return figures


def gap_figures(nlp: Any, out: Path) -> dict[str, float]:
    """GAP validation F1 and gender balance: the bias ratio F1(F)/F1(M) folded into 0..1
    (the smaller F1 over the larger; 1.0 is no bias), so a floor can hold it."""
    fig = gap.evaluate("validation", nlp, out)
    low, high = sorted((fig.masculine, fig.feminine))
    return {"gap.validation.f1": fig.f1, "gap.validation.bias": low / high if high else 0.0}


def shortfalls(figures: dict[str, float], floors: dict[str, Floor]) -> list[str]:
    """Why each figure fails the gate: below its floor, or so far above it that the
    floor must be raised. Empty when every figure passes."""
    problems = []
    for name, figure in sorted(figures.items()):
        pinned = floors.get(name)
        if pinned is None:
            problems.append(f"{name}: {figure:.4f} has no floor in floors.json")
        elif figure < pinned.floor:
            problems.append(f"{name}: {figure:.4f} is below its floor {pinned.floor}")
        elif figure - pinned.floor > SLACK + 1e-9:
            problems.append(
                f"{name}: {figure:.4f} is more than {SLACK} above its floor {pinned.floor}; "
                "raise it (python -m eval.gate --write)"
            )
    return problems


def lowered(figures: dict[str, float], floors: dict[str, Floor]) -> list[str]:
    """The metrics whose floor a reset from ``figures`` would lower: those now below it
    (a figure still at or above its floor keeps the floor, see `write_floors`)."""
    return sorted(
        name for name, figure in figures.items() if name in floors and figure < floors[name].floor
    )


def _new_floor(name: str, figure: float, old: Floor | None) -> float:
    """The floor ``figure`` sets, never below the one it already passes."""
    floor = floor_for(name, figure)
    if old is not None and figure >= old.floor:
        return max(floor, old.floor)
    return floor


def write_floors(
    figures: dict[str, float], path: Path = FLOORS_FILE, *, allow_lower: bool = False
) -> None:
    """Pin a floor for every figure, set from it, in ``floors.json``.

    Raises:
        SystemExit: a floor would go down and ``allow_lower`` was not given.
    """
    old = load_floors(path) if path.exists() else {}
    if not allow_lower and (down := lowered(figures, old)):
        raise SystemExit(
            "refusing to lower the floor of " + ", ".join(down) + "; fix the regression, "
            "or pass --allow-lower and say why in the commit"
        )
    floors = {
        name: {"floor": _new_floor(name, figure, old.get(name)), "figure": round(figure, 4)}
        for name, figure in sorted(figures.items())
    }
    data = {"about": ABOUT, "floors": floors}
    path.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``python -m eval.gate [--write]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--write", action="store_true", help="reset floors.json from today")
    parser.add_argument(
        "--allow-lower", action="store_true", help="let --write lower a floor (say why)"
    )
    args = parser.parse_args(argv)
    nlp = load_model()
    shared = shared_dir()
    figures = {
        **seeds_figures(shared),
        **polnear_figures(nlp),
        **timeml_figures(nlp),
        **clean_figures(shared),
        **html_figures(shared),
        **gap_figures(nlp, gap.DEFAULT_OUT),
    }
    if args.write:
        write_floors(figures, allow_lower=args.allow_lower)
    floors = load_floors()
    for name in METRICS:
        pinned = floors.get(name)
        shown = f"floor {pinned.floor} (set from {pinned.figure})" if pinned else "no floor"
        print(f"{name:32} {figures[name]:.4f}  {shown}")
    for problem in shortfalls(figures, floors):
        print(f"FAIL {problem}")


if __name__ == "__main__":
    main()
