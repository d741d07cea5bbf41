"""PolNeAR attribution scorer: source, cue and content P/R/F1 for newsdossier and textacy.

Run ``python -m eval.polnear`` (both splits; ``--split dev`` or ``--split train`` for
one; train is for development, the test split is held back and never read). The corpus
is research-only: it is read in place from ``../shared/gold/polnear`` and nothing derived
from its texts ships with the project.

**Gold.** brat ``.ann`` files: ``T`` lines give a span of type Source, Cue, Content (or
Attribution, Discuss, ...) with possibly discontinuous offsets ``"a b;c d"``; ``E`` lines
tie one Attribution to its Source, Cue and Content. Some articles have several annotator
files; the first in sorted file-name order is used, so the choice is deterministic.

**Speech and writing only.** A gold attribution is scored when its cue contains a word
whose lemma (from the same spaCy parse) is one of the English lexicon's saying verbs
(`lexicon_for("en").saying_verbs`)
(general English verbs of saying and writing, not read off PolNeAR) or the phrase
"according to". Other attributions (beliefs, "the poll shows", bare colons) are excluded;
a prediction whose content overlaps only excluded gold contents is ignored (neither right
nor wrong), and textacy's predictions are filtered the same way.

**Units.** newsdossier is scored from its export record alone (`export_record`, record
v2): each exported statement's ``source`` span, ``cue`` span and content ``start/end``.
Each role is scored as its own set of spans per article. A newsdossier unit is one
statement, except that statements sharing a cue (the halves of a split quote) form one
unit whose content has several fragments. Source = the words naming the speaker as
written (``source``), not the resolved entity. Duplicate spans count once.

**Resolution share.** Of the statements whose exported source is a pronoun or a
description (its head word, in the same parse, is a pronoun or a common noun), the share
the record attributes to a named entity (``speaker`` not null); and the same share among
the *referring* ones (a personal, relative or demonstrative pronoun, or a singular noun
under a definite determiner or possessive: "she", "who", "the senator"), leaving out
sources that name no one in particular ("officials", "a spokesman", "some").

**Matching.** *Exact*: the outer extents (first fragment start to last fragment end) are
equal after stripping whitespace, punctuation and quote marks at both ends, and a leading
complementizer ("that": PolNeAR's contents keep it, the record v2 contents leave it out). *Overlap*:
the fragments share at least one character. Both are one-to-one: candidate pairs are
taken greedily by decreasing overlap. P = matched / predicted, R = matched / gold.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from eval.corpora import PolnearText, iter_polnear
from newsdossier.article import Article
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.record import export_record
from newsdossier.statements.cues import normalize

#: The cue verbs a gold cue must contain to count as speech (the English lexicon's).
SPEECH_VERBS = lexicon_for("en").saying_verbs

Frags = tuple[tuple[int, int], ...]
ROLES = ("source", "cue", "content")
#: Words that only introduce a reported clause (the English lexicon's): PolNeAR's contents
#: include "that", newsdossier's leave it out, so exact matching ignores one at the start.
COMPLEMENTIZERS = lexicon_for("en").statements.complementizers
_LEADING_WORD = re.compile(r"(\w+)\b")
_STRIP = " \t\n\r.,;:!?\"'“”‘’«»„「」『』()[]—–-"


@dataclass(frozen=True, slots=True)
class Unit:
    """One attribution: the fragments of each role (``None`` when absent)."""

    source: Frags | None
    cue: Frags | None
    content: Frags | None

    def role(self, name: str) -> Frags | None:
        """The fragments of role ``name``."""
        value: Frags | None = getattr(self, name)
        return value


@dataclass(slots=True)
class Counts:
    """Matched / predicted / gold tallies for one role and one matching mode."""

    matched: int = 0
    predicted: int = 0
    gold: int = 0

    def prf(self) -> tuple[float, float, float]:
        """Precision, recall and F1."""
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass(slots=True)
class Score:
    """Counts per (role, mode)."""

    counts: dict[tuple[str, str], Counts] = field(default_factory=dict)

    def add(self, role: str, mode: str, matched: int, predicted: int, gold: int) -> None:
        """Accumulate one article's tallies."""
        c = self.counts.setdefault((role, mode), Counts())
        c.matched += matched
        c.predicted += predicted
        c.gold += gold


def read_ann(path: Path) -> list[Unit]:
    """The attributions of one brat file, as units of fragment spans."""
    spans: dict[str, tuple[str, Frags]] = {}
    links: list[dict[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            kind, _, offsets = parts[1].partition(" ")
            # Sorted: some files list a span's fragments out of text order, and the exact
            # match reads the first fragment's start and the last one's end.
            pairs = (f.split() for f in offsets.split(";"))
            frags = tuple(sorted((int(a), int(b)) for a, b in pairs))
            spans[parts[0]] = (kind, frags)
        elif line.startswith("E") and len(parts) >= 2:
            links.append(dict(arg.split(":", 1) for arg in parts[1].split()))
    units = []
    for link in links:
        roles = {
            r: spans[link[r.capitalize()]][1] if link.get(r.capitalize()) in spans else None
            for r in ROLES
        }
        units.append(Unit(roles["source"], roles["cue"], roles["content"]))
    return units


def is_speech_cue(cue: Frags | None, article: Article) -> bool:
    """Whether a gold cue is a speech or writing cue (see the module docstring)."""
    if cue is None:
        return False
    text = " ".join(article.body[a:b] for a, b in cue).lower()
    if "according to" in text:
        return True
    return any(
        normalize(t.text, t.lemma) in SPEECH_VERBS
        for t in article.tokens
        if any(a <= t.start < b for a, b in cue)
    )


def _norm(frags: Frags, text: str) -> tuple[int, int]:
    start, end = _strip(text, frags[0][0], frags[-1][1])
    word = _LEADING_WORD.match(text, start, end)
    if word and word.group(1).lower() in COMPLEMENTIZERS:
        start, end = _strip(text, word.end(1), end)
    return start, end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start] in _STRIP:
        start += 1
    while end > start and text[end - 1] in _STRIP:
        end -= 1
    return start, end


def _overlap(a: Frags, b: Frags) -> int:
    return sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)


def match(gold: Sequence[Frags], pred: Sequence[Frags], text: str, mode: str) -> int:
    """Number of one-to-one matches between gold and predicted spans (greedy)."""
    pairs: list[tuple[int, int, int]] = []
    for g, gs in enumerate(gold):
        for p, ps in enumerate(pred):
            size = _overlap(gs, ps)
            if size <= 0:
                continue
            if mode == "exact" and _norm(gs, text) != _norm(ps, text):
                continue
            pairs.append((size, g, p))
    used_g: set[int] = set()
    used_p: set[int] = set()
    for _, g, p in sorted(pairs, reverse=True):
        if g not in used_g and p not in used_p:
            used_g.add(g)
            used_p.add(p)
    return len(used_g)


def score_article(
    score: Score, gold: Sequence[Unit], excluded: Sequence[Unit], pred: Sequence[Unit], text: str
) -> None:
    """Add one article's tallies for every role and mode."""
    kept = [u for u in pred if _counts(u, gold, excluded)]
    for role in ROLES:
        g_spans = sorted({s for u in gold if (s := u.role(role)) is not None})
        p_spans = sorted({s for u in kept if (s := u.role(role)) is not None})
        for mode in ("exact", "overlap"):
            score.add(role, mode, match(g_spans, p_spans, text, mode), len(p_spans), len(g_spans))


def _counts(unit: Unit, gold: Sequence[Unit], excluded: Sequence[Unit]) -> bool:
    """False for a prediction that only overlaps attributions outside the speech filter."""
    if unit.content is None:
        return True
    hits_gold = any(g.content and _overlap(g.content, unit.content) for g in gold)
    hits_excluded = any(x.content and _overlap(x.content, unit.content) for x in excluded)
    return hits_gold or not hits_excluded


#: A statement of the export record (a JSON object).
Exported = dict[str, Any]


def units_of(statements: Sequence[Exported], text: str) -> list[Unit]:
    """Exported statements (``export_record(article)["statements"]``) as scoring units.

    The halves of a split quote (same cue) form one unit, and so does a cue-less
    follow-on quote in the same paragraph right after a statement of the same speaker
    (PolNeAR annotates ``"A," she said. "B."`` as one attribution with two fragments).
    """
    groups: list[list[Exported]] = []
    by_cue: dict[tuple[int, int], list[Exported]] = {}
    for s in statements:
        if s["cue"] is not None:
            key = (s["cue"]["start"], s["cue"]["end"])
            if key not in by_cue:
                by_cue[key] = []
                groups.append(by_cue[key])
            by_cue[key].append(s)
        elif groups and _continues(groups[-1][-1], s, text):
            groups[-1].append(s)
        else:
            groups.append([s])
    return [_unit(group) for group in groups]


def _continues(before: Exported, after: Exported, text: str) -> bool:
    who = ("speaker", "source_description")
    same = all(before[k] == after[k] for k in who)
    return (
        same
        and after["start"] >= before["end"]
        and "\n" not in text[before["end"] : after["start"]]
    )


def _unit(group: Sequence[Exported]) -> Unit:
    first = group[0]
    src = _body_span(first["source"])
    cue = _body_span(first["cue"])
    return Unit(src, cue, tuple(sorted((s["start"], s["end"]) for s in group)))


def _body_span(span: dict[str, Any] | None) -> Frags | None:
    """An exported span as fragments, when it points into the body."""
    if span is None or span.get("field", "body") != "body":
        return None
    return ((span["start"], span["end"]),)


def textacy_units(doc: Any) -> tuple[list[Unit], bool]:
    """textacy's direct quotations as units; ``False`` when textacy gave up on the doc."""
    from textacy.extract.triples import direct_quotations

    try:
        triples = list(direct_quotations(doc))
    except ValueError:
        return [], False
    units = []
    for speaker, cue, content in triples:
        units.append(
            Unit(_tok_frags(speaker), _tok_frags(cue), ((content.start_char, content.end_char),))
        )
    return units, True


def _tok_frags(tokens: Sequence[Any]) -> Frags | None:
    if not tokens:
        return None
    first = min(tokens, key=lambda t: t.i)
    last = max(tokens, key=lambda t: t.i)
    return ((first.idx, last.idx + len(last.text)),)


def upstream_stages() -> list[Callable[[Article], Article]]:
    """The stages that run between the spaCy pass and statements, in the default
    pipeline's order: entities, time, roles, then coreference (which speakers read)."""
    from newsdossier.coref.stage import resolve_coreference
    from newsdossier.entities import group_entities
    from newsdossier.roles import find_roles
    from newsdossier.timex import find_timexes

    return [group_entities, find_timexes, find_roles, resolve_coreference]


@dataclass(slots=True)
class Resolved:
    """A statement whose source is a pronoun or description, with what it resolved to."""

    article: str
    source: str
    kind: str
    entity: str | None
    sentence: str
    context: str = ""
    referring: bool = True


@dataclass(slots=True)
class Report:
    """Everything one run measures."""

    split: str
    articles: int
    scores: dict[str, Score]
    textacy_gave_up: int
    resolved: list[Resolved]
    spacy_seconds: float
    stage_seconds: float


def evaluate(split: str, nlp: Any, *, limit: int | None = None, baseline: bool = True) -> Report:
    """Run newsdossier (and, unless ``baseline`` is false, textacy) on a split and score them."""
    from newsdossier.nlp.annotate import annotate_doc
    from newsdossier.statements import find_statements

    texts = list(iter_polnear(split))[:limit]
    started = time.perf_counter()
    docs = list(nlp.pipe([t.text for t in texts], batch_size=16))
    spacy_seconds = time.perf_counter() - started
    scores = {"newsdossier": Score(), **({"textacy": Score()} if baseline else {})}
    stages = upstream_stages()
    stage_seconds = 0.0
    gave_up = 0
    resolved: list[Resolved] = []
    for item, doc in zip(texts, docs, strict=True):
        article = annotate_doc(
            Article(id=item.name, source=str(item.path), body=item.text), doc, []
        )
        for stage in stages:
            article = stage(article)
        started = time.perf_counter()
        article = find_statements(article)
        stage_seconds += time.perf_counter() - started
        gold, excluded = _gold_units(item, article)
        exported = export_record(article)["statements"]
        score_article(
            scores["newsdossier"], gold, excluded, units_of(exported, item.text), item.text
        )
        if baseline:
            predicted, ok = textacy_units(doc)
            gave_up += not ok
            score_article(scores["textacy"], gold, excluded, predicted, item.text)
        resolved.extend(_resolutions(article, exported))
    return Report(split, len(texts), scores, gave_up, resolved, spacy_seconds, stage_seconds)


def _gold_units(item: PolnearText, article: Article) -> tuple[list[Unit], list[Unit]]:
    if not item.annotations:
        return [], []
    units = read_ann(sorted(item.annotations)[0])
    speech = [u for u in units if is_speech_cue(u.cue, article)]
    return speech, [u for u in units if u not in speech]


def _resolutions(article: Article, statements: Sequence[Exported]) -> Iterator[Resolved]:
    """Exported statements whose source is a pronoun or a description, and their speaker."""
    for s in statements:
        span = _body_span(s["source"])
        if span is None:
            continue
        ((start, end),) = span
        head = _source_head(article, start, end)
        if head is None:
            continue
        if head.pos == "PRON":
            kind = "pronoun"
        elif head.pos == "NOUN":
            kind = "description"
        else:
            continue
        referring = _referring(article, head)
        sent = article.sentence_at(start)
        begin = sent.start if sent else start
        before = [x for x in article.sentences if x.end <= begin][-2:]
        context = article.body[before[0].start : begin] if before else ""
        yield Resolved(
            article.id,
            s["source"]["text"],
            kind,
            s["speaker"]["name"] if s["speaker"] else None,
            article.body[sent.start : sent.end] if sent else "",
            context,
            referring,
        )


def _referring(article: Article, head: Any) -> bool:
    """Whether a source's head word points at one particular referent: a personal,
    relative or demonstrative pronoun, or a singular noun under a definite determiner
    ("the senator"); not "some", "officials", "a spokesman", "experts"."""
    if head.pos == "PRON":
        return any(f"PronType={t}" in head.morph for t in ("Prs", "Rel", "Dem"))
    if "Number=Plur" in head.morph:
        return False
    dets = lexicon_for("en").statements.singular_definite_determiners
    return any(
        t.head == head.i and (t.dep == "poss" or (t.dep == "det" and t.text.lower() in dets))
        for t in article.tokens
    )


def _source_head(article: Article, start: int, end: int) -> Any:
    inside = [t for t in article.tokens if start <= t.start and t.end <= end]
    for tok in inside:
        head = article.tokens[tok.head]
        if not (start <= head.start and head.end <= end) or tok.head == tok.i:
            return tok
    return inside[-1] if inside else None


def print_report(report: Report, *, sample: int = 50, seed: int = 0, context: bool = False) -> None:
    """Print the score tables, the resolution share with a sample, and the cost ratio."""
    from rich.console import Console
    from rich.table import Table

    console = Console(width=None if sys.stdout.isatty() else 200)
    table = Table(title=f"PolNeAR {report.split} ({report.articles} articles), speech cues")
    for col in ("system", "role", "match", "P", "R", "F1", "matched/pred/gold"):
        table.add_column(col)
    for system, score in report.scores.items():
        for role in ROLES:
            for mode in ("exact", "overlap"):
                c = score.counts.get((role, mode), Counts())
                p, r, f = c.prf()
                table.add_row(
                    system,
                    role,
                    mode,
                    f"{p:.3f}",
                    f"{r:.3f}",
                    f"{f:.3f}",
                    f"{c.matched}/{c.predicted}/{c.gold}",
                )
    console.print(table)
    console.print(f"textacy gave up on {report.textacy_gave_up} articles (odd quote count)")
    total = len(report.resolved)
    named = [r for r in report.resolved if r.entity]
    share = len(named) / total if total else 0.0
    console.print(
        f"pronoun/description sources: {total}; resolved to an entity: {len(named)} ({share:.1%})"
    )
    referring = [r for r in report.resolved if r.referring]
    ref_named = sum(1 for r in referring if r.entity)
    console.print(
        f"  of them referring (personal/relative/demonstrative pronoun, definite singular"
        f" description): {len(referring)}; resolved: {ref_named}"
        f" ({ref_named / len(referring) if referring else 0.0:.1%})"
    )
    picked = random.Random(seed).sample(named, min(sample, len(named)))
    res = Table(title=f"{len(picked)} resolved sources (seed {seed}) for a hand check")
    for col in ("#", "source", "kind", "entity", "sentence", *(["before"] if context else [])):
        res.add_column(col)
    for n, item in enumerate(picked, 1):
        cells = [str(n), item.source, item.kind, item.entity or "", _flat(item.sentence)]
        res.add_row(*cells, *([_flat(item.context)] if context else []))
    console.print(res)
    ratio = report.stage_seconds / report.spacy_seconds if report.spacy_seconds else 0.0
    console.print(
        f"cost: spaCy nlp.pipe {report.spacy_seconds:.2f}s, statements stage "
        f"{report.stage_seconds:.2f}s -> {ratio:.3f}x spaCy per article"
    )


def _flat(text: str) -> str:
    return " ".join(text.split())


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``python -m eval.polnear`` (train and dev; ``--split dev`` for one)."""
    from newsdossier.nlp import load_model

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument(
        "--split", choices=("train", "dev"), action="append", help="repeatable; default both"
    )
    parser.add_argument("--limit", type=int, default=None, help="score only N articles")
    parser.add_argument("--sample", type=int, default=50, help="resolved sources to print")
    parser.add_argument("--model", default=None, help="spaCy model name or path")
    parser.add_argument("--context", action="store_true", help="show the two sentences before")
    parser.add_argument("--no-textacy", action="store_true", help="skip the textacy baseline")
    args = parser.parse_args(argv)
    nlp = load_model(args.model)
    for split in args.split or ("train", "dev"):
        report = evaluate(split, nlp, limit=args.limit, baseline=not args.no_textacy)
        print_report(report, sample=args.sample, context=args.context)


if __name__ == "__main__":
    main()
