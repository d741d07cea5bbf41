"""Coreference measured on GAP (Webster et al., TACL 2018) with the authors' scorer.

Each GAP passage (a Wikipedia excerpt with one he/she pronoun and two names, A and B) goes
through the real pipeline, clean -> nlp -> entities -> roles -> coref (`GAP_STAGES`: the
stages coreference reads; timex, statements and later do not touch entity mentions). Its
article carries the row's URL (the Wikipedia page it is from) as ``Article.url``, as a
news reader sets an article's address, so coreference reads the page's slug as it reads a
news article's. The export record decides: the entity whose mentions cover the pronoun's
offset is the pronoun's referent; A (B) is TRUE when that entity also has a mention
overlapping name A (B): GAP's name spans include titles ("President Kennedy", "Queen
Elizabeth") that the record keeps out of a person's name mention, so the first character
of A alone would miss "Kennedy". Predictions are written in GAP's system TSV format and scored by
``gap_scorer.calculate_scores`` read in place from ``../shared/gold/gap`` (the scorer is
Python 2: its file reader and ``iteritems`` are bridged here, its counting and F1 are its
own). Bias is F1(feminine) / F1(masculine).

    python -m eval.gap [--split validation|development|both] [--out DIR]
"""

from __future__ import annotations

import argparse
import csv
import importlib
import sys
import tempfile
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from eval.corpora import shared_dir
from newsdossier.article import Article
from newsdossier.nlp import load_model
from newsdossier.pipeline import Pipeline
from newsdossier.record import export_record

Split = Literal["development", "validation"]
SPLITS: tuple[Split, ...] = ("development", "validation")
#: The stages GAP runs: what coreference needs (roles for titles), in the default order.
GAP_STAGES = ("clean.v1", "nlp.spacy.v1", "entities.v1", "roles.v1", "coref.v1")
#: Where predictions are written unless told otherwise (outside the repository).
DEFAULT_OUT = Path(tempfile.gettempdir()) / "newsdossier-gap"


@dataclass(frozen=True, slots=True)
class Example:
    """One GAP row: the passage, the pronoun, both names with offsets and gold labels, and
    the page's URL (given to the article as a news reader gives an article's address)."""

    id: str
    text: str
    pronoun: str
    pronoun_offset: int
    a_offset: int
    b_offset: int
    a_coref: bool
    b_coref: bool
    url: str = ""
    a_name: str = ""
    b_name: str = ""

    def name_span(self, which: Literal["A", "B"]) -> tuple[int, int]:
        """Where name A (B) stands in the passage: its offset and its end (just past the
        offset when the name is not known)."""
        start, name = (self.a_offset, self.a_name) if which == "A" else (self.b_offset, self.b_name)
        return start, start + max(len(name), 1)


@dataclass(frozen=True, slots=True)
class Figures:
    """GAP F1 overall, masculine and feminine (0..1), the bias F/M, the run time and the
    share of the stages' time that coreference took (from each article's provenance)."""

    f1: float
    masculine: float
    feminine: float
    bias: float
    examples: int
    seconds: float
    coref_share: float = 0.0


def gap_dir() -> Path:
    """Where the GAP files are read (in place)."""
    return shared_dir() / "gold" / "gap"


def read_examples(split: Split) -> list[Example]:
    """The examples of ``gap-<split>.tsv``."""
    path = gap_dir() / f"gap-{split}.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [
        Example(
            id=r["ID"],
            text=r["Text"],
            pronoun=r["Pronoun"],
            pronoun_offset=int(r["Pronoun-offset"]),
            a_offset=int(r["A-offset"]),
            b_offset=int(r["B-offset"]),
            a_coref=r["A-coref"].upper() == "TRUE",
            b_coref=r["B-coref"].upper() == "TRUE",
            url=r.get("URL") or "",
            a_name=r["A"],
            b_name=r["B"],
        )
        for r in rows
    ]


def run_pipeline(
    examples: Sequence[Example], nlp: Any, stages: Sequence[str] = GAP_STAGES
) -> list[Article]:
    """Every passage through ``stages`` of the real pipeline, in order."""
    pipeline = Pipeline(stages, nlp=nlp, on_error="raise")
    articles = [
        Article(id=e.id, source=f"gap:{e.id}", raw_text=e.text, url=e.url or None) for e in examples
    ]
    return list(pipeline.run(articles))


def decide(example: Example, article: Article) -> tuple[bool, bool]:
    """(A, B): whether the entity holding the pronoun also holds name A, name B.

    An entity holds the pronoun when one of its body mentions covers the pronoun's offset,
    and holds a name when one of them overlaps the name's span: "Kennedy" holds the name
    "President Kennedy", whose offset is the title's."""
    record = export_record(article)
    shift = example.text.find(article.body) if article.body else 0
    shift = max(shift, 0)

    def spans(entity: dict[str, Any]) -> list[tuple[int, int]]:
        return [
            (m["start"] + shift, m["end"] + shift)
            for m in entity["mentions"]
            if m["field"] == "body"
        ]

    at = example.pronoun_offset
    holders = [e for e in record["entities"] if any(s <= at < end for s, end in spans(e))]
    held = [span for e in holders for span in spans(e)]
    return holds_name(held, example, "A"), holds_name(held, example, "B")


def holds_name(
    spans: Iterable[tuple[int, int]], example: Example, which: Literal["A", "B"]
) -> bool:
    """Whether any of ``spans`` (passage offsets) overlaps name A (B) of ``example``."""
    start, end = example.name_span(which)
    return any(s < end and start < e for s, e in spans)


def write_predictions(
    path: Path, ids: Iterable[str], decisions: Iterable[tuple[bool, bool]]
) -> None:
    """Predictions in GAP's system format: ``ID<TAB>A-coref<TAB>B-coref`` per line."""
    with path.open("w", encoding="utf-8") as f:
        for example_id, (a, b) in zip(ids, decisions, strict=True):
            f.write(f"{example_id}\t{str(a).upper()}\t{str(b).upper()}\n")


def score(split: Split, predictions: Path) -> tuple[float, float, float]:
    """Overall, masculine and feminine F1 (0..1) of ``predictions`` by the authors' scorer."""
    scorer, constants = _scorer_modules()
    gold = _Annotations()
    for e in read_examples(split):
        ann = scorer.Annotation()
        ann.name_a_coref, ann.name_b_coref = e.a_coref, e.b_coref
        ann.gender = constants.PRONOUNS[e.pronoun.lower()]
        gold[e.id] = ann
    system = _Annotations()
    with predictions.open(encoding="utf-8") as f:
        for line in f:
            example_id, a, b = line.rstrip("\n").split("\t")
            ann = scorer.Annotation()
            ann.name_a_coref, ann.name_b_coref = a == "TRUE", b == "TRUE"
            system[example_id] = ann
    scores = scorer.calculate_scores(gold, system)
    genders = constants.Gender
    return tuple(  # type: ignore[return-value]
        scores[g].f1() / 100 if g in scores else 0.0
        for g in (None, genders.MASCULINE, genders.FEMININE)
    )


class _Annotations(dict[str, Any]):
    """A dict with Python 2's ``iteritems``, which the authors' scorer calls."""

    def iteritems(self) -> Iterable[tuple[str, Any]]:
        return iter(self.items())


def _scorer_modules() -> tuple[Any, Any]:
    """``gap_scorer`` and its ``constants``, imported from the GAP folder in place."""
    folder = str(gap_dir())
    if folder not in sys.path:
        sys.path.append(folder)
    return importlib.import_module("gap_scorer"), importlib.import_module("constants")


def evaluate(split: Split, nlp: Any, out: Path) -> Figures:
    """Run, decide, write ``out/gap-<split>.predictions.tsv`` and score one split."""
    examples = read_examples(split)
    began = time.perf_counter()
    articles = run_pipeline(examples, nlp)
    seconds = time.perf_counter() - began
    decisions = [decide(e, a) for e, a in zip(examples, articles, strict=True)]
    out.mkdir(parents=True, exist_ok=True)
    predictions = out / f"gap-{split}.predictions.tsv"
    write_predictions(predictions, (e.id for e in examples), decisions)
    f1, masculine, feminine = score(split, predictions)
    bias = feminine / masculine if masculine else 0.0
    return Figures(f1, masculine, feminine, bias, len(examples), seconds, coref_share(articles))


def coref_share(articles: Iterable[Article], stage: str = GAP_STAGES[-1]) -> float:
    """The share (0..1) of all stages' recorded time that ``stage`` took."""
    runs = [run for article in articles for run in article.provenance]
    total = sum(run.seconds for run in runs)
    return sum(run.seconds for run in runs if run.stage == stage) / total if total else 0.0


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``python -m eval.gap [--split ...] [--out DIR]``."""
    from rich.console import Console
    from rich.table import Table

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--split", choices=(*SPLITS, "both"), default="both")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    splits = SPLITS if args.split == "both" else (args.split,)
    nlp = load_model()
    table = Table(title="GAP coreference (authors' scorer)")
    columns = ("split", "examples", "F1", "masculine F1", "feminine F1", "bias F/M", "seconds")
    for column in (*columns, "coref share"):
        table.add_column(column, justify="left" if column == "split" else "right")
    for split in splits:
        fig = evaluate(split, nlp, args.out)
        table.add_row(
            split,
            str(fig.examples),
            f"{fig.f1:.3f}",
            f"{fig.masculine:.3f}",
            f"{fig.feminine:.3f}",
            f"{fig.bias:.3f}",
            f"{fig.seconds:.1f}",
            f"{fig.coref_share:.1%}",
        )
    Console().print(table)


if __name__ == "__main__":
    main()
