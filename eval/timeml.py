"""TempEval-3 scoring of temporal expressions on TimeBank and AQUAINT, and the evaluation run.

Scores: strict extent (same offsets), relaxed extent (any overlap, one-to-one), and value
and type F1 as TempEval-3 computes attribute scores: over the relaxed-matched pairs,
P = correct / system expressions and R = correct / gold expressions.

Run ``python -m eval.timeml`` for newsdossier against the
``dateparser.search.search_dates`` baseline (anchored on each document's creation time),
and the cost of the time stage relative to spaCy's ``nlp.pipe`` on the same texts.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from eval.corpora import TimemlDocument, iter_timeml
from newsdossier.article import Article, Token


@dataclass(frozen=True, slots=True)
class Span:
    """A temporal expression as the scorer sees it."""

    start: int
    end: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Counts:
    """Raw counts summed over documents."""

    gold: int = 0
    system: int = 0
    strict: int = 0
    relaxed: int = 0
    value: int = 0
    type: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(*(a + b for a, b in zip(_fields(self), _fields(other), strict=True)))


def _fields(c: Counts) -> tuple[int, ...]:
    return (c.gold, c.system, c.strict, c.relaxed, c.value, c.type)


@dataclass(frozen=True, slots=True)
class Scores:
    """Precision, recall and F1 of each measure."""

    strict: tuple[float, float, float]
    relaxed: tuple[float, float, float]
    value: tuple[float, float, float]
    type: tuple[float, float, float]


def count_document(gold: Sequence[Span], system: Sequence[Span]) -> Counts:
    """Matches between one document's gold and system expressions."""
    gold_offsets = {(g.start, g.end) for g in gold}
    strict = len({(s.start, s.end) for s in system} & gold_offsets)
    pairs = _relaxed_pairs(gold, system)
    return Counts(
        gold=len(gold),
        system=len(system),
        strict=strict,
        relaxed=len(pairs),
        value=sum(g.value == s.value for g, s in pairs),
        type=sum(g.type == s.type for g, s in pairs),
    )


def _relaxed_pairs(gold: Sequence[Span], system: Sequence[Span]) -> list[tuple[Span, Span]]:
    """One-to-one overlap matching, exact offsets first, then largest overlap."""
    options = [
        (-(min(g.end, s.end) - max(g.start, s.start)), (g.start, g.end) != (s.start, s.end), gi, si)
        for gi, g in enumerate(gold)
        for si, s in enumerate(system)
        if g.start < s.end and s.start < g.end
    ]
    options.sort(key=lambda o: (o[1], o[0]))
    used_g: set[int] = set()
    used_s: set[int] = set()
    pairs: list[tuple[Span, Span]] = []
    for _, _, gi, si in options:
        if gi not in used_g and si not in used_s:
            used_g.add(gi)
            used_s.add(si)
            pairs.append((gold[gi], system[si]))
    return pairs


def _prf(correct: int, system: int, gold: int) -> tuple[float, float, float]:
    p = correct / system if system else 0.0
    r = correct / gold if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return (p, r, f)


def scores(counts: Counts) -> Scores:
    """P/R/F1 of strict and relaxed extent, value and type, from summed counts."""
    c = counts
    return Scores(
        strict=_prf(c.strict, c.system, c.gold),
        relaxed=_prf(c.relaxed, c.system, c.gold),
        value=_prf(c.value, c.system, c.gold),
        type=_prf(c.type, c.system, c.gold),
    )


def dct_date(dct: str) -> date:
    """The date of a TimeML creation time (``1998-02-27T08:17:00`` or ``19980227``)."""
    digits = dct.replace("-", "")[:8]
    return date(int(digits[:4]), int(digits[4:6]), int(digits[6:8]))


def newsdossier_spans(doc: TimemlDocument, tokens: Sequence[Token] = ()) -> list[Span]:
    """Our expressions for a TimeML document, with TimeML extent conventions."""
    from newsdossier.timex import normalize_expressions

    found = normalize_expressions(doc.text, dct_date(doc.dct), tokens, convention="timeml")
    return [Span(t.start, t.end, t.type, t.value) for t in found]


def dateparser_spans(doc: TimemlDocument) -> list[Span]:
    """``dateparser.search.search_dates`` anchored on the creation time, as day values."""
    from dateparser.search import search_dates

    base = datetime.combine(dct_date(doc.dct), datetime.min.time())
    settings = {"RELATIVE_BASE": base, "RETURN_AS_TIMEZONE_AWARE": False}
    try:
        hits = search_dates(doc.text, languages=["en"], settings=settings) or []
    except Exception:  # the baseline's own failures score as no output
        hits = []
    spans: list[Span] = []
    cursor = 0
    for surface, when in hits:
        start = doc.text.find(surface, cursor)
        if start < 0:
            continue
        cursor = start + len(surface)
        spans.append(Span(start, cursor, "DATE", when.date().isoformat()))
    return spans


def gold_spans(doc: TimemlDocument) -> list[Span]:
    """The document's gold TIMEX3 expressions."""
    return [Span(t.start, t.end, t.type, t.value) for t in doc.timexes]


def evaluate(
    docs: Iterable[TimemlDocument], system: Callable[[TimemlDocument], list[Span]]
) -> dict[str, Counts]:
    """Counts per sub-corpus and ``"all"`` for one system."""
    totals: dict[str, Counts] = {}
    for doc in docs:
        counts = count_document(gold_spans(doc), system(doc))
        for key in (doc.corpus, "all"):
            totals[key] = totals.get(key, Counts()) + counts
    return totals


def parse_tokens(
    docs: Sequence[TimemlDocument], nlp: Any
) -> tuple[dict[str, tuple[Token, ...]], float]:
    """Tokens for each document (by name) from the spaCy pipeline, and seconds spent."""
    from newsdossier.nlp import annotate_doc

    began = time.perf_counter()
    parsed = list(nlp.pipe([d.text for d in docs], batch_size=16))
    seconds = time.perf_counter() - began
    tokens = {}
    for doc, parsed_doc in zip(docs, parsed, strict=True):
        article = annotate_doc(Article(id=doc.name, source="timeml", body=doc.text), parsed_doc, [])
        tokens[doc.name] = article.tokens
    return tokens, seconds


_COLUMNS = (
    "corpus",
    "system",
    "gold",
    "sys",
    "strict P/R/F1",
    "relaxed P/R/F1",
    "value F1",
    "type F1",
)


def main() -> None:
    """Score newsdossier and the dateparser baseline, print the table and the cost ratio."""
    from rich.console import Console

    from newsdossier.nlp import load_model

    docs = list(iter_timeml())
    tokens, spacy_seconds = parse_tokens(docs, load_model())
    began = time.perf_counter()
    ours = {d.name: newsdossier_spans(d, tokens[d.name]) for d in docs}
    our_seconds = time.perf_counter() - began
    systems = {
        "newsdossier": evaluate(docs, lambda d: ours[d.name]),
        "dateparser": evaluate(docs, dateparser_spans),
    }
    console = Console()
    console.print(score_table(systems, len(docs)))
    console.print(
        f"time stage: {our_seconds:.2f}s for {len(docs)} documents "
        f"({1000 * our_seconds / len(docs):.1f} ms each); spaCy nlp.pipe: {spacy_seconds:.2f}s; "
        f"ratio {our_seconds / spacy_seconds:.3f}"
    )


def score_table(systems: dict[str, dict[str, Counts]], n_docs: int) -> Any:
    """A rich table of every system's scores per sub-corpus and overall."""
    from rich.table import Table

    table = Table(title=f"TempEval-3 scores on {n_docs} TimeML documents")
    for column in _COLUMNS:
        table.add_column(column)
    for corpus in ("TimeBank", "AQUAINT", "all"):
        for name, totals in systems.items():
            c = totals.get(corpus, Counts())
            s = scores(c)
            table.add_row(
                corpus,
                name,
                str(c.gold),
                str(c.system),
                _fmt(s.strict),
                _fmt(s.relaxed),
                f"{s.value[2]:.3f}",
                f"{s.type[2]:.3f}",
            )
    return table


def _fmt(prf: tuple[float, float, float]) -> str:
    return " / ".join(f"{x:.3f}" for x in prf)


if __name__ == "__main__":
    main()
