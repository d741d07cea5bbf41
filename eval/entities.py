"""Measure the entity, role and resolution stages on real articles.

    python -m eval.entities [--train N] [--samples 50] [--seed 7]

Reads PolNeAR dev (+ the first N train articles) and the TimeML texts in place from
``shared/gold`` (research use only; nothing is copied). Prints: how often the
article-level type decision changed the model's label (per mention and per entity),
a random sample of changes for hand checking, how many article entities cross-article
resolution merged, and the cost of the stages relative to spaCy's ``nlp.pipe`` on the
same texts, timed in the same run.
"""

from __future__ import annotations

import argparse
import random
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from eval.corpora import iter_polnear, iter_timeml
from newsdossier.article import Article, Entity, Mention
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate, load_model
from newsdossier.resolve import InMemoryIndex, commit, resolve_article
from newsdossier.roles import find_roles


@dataclass
class Change:
    """One mention whose model label the article-level decision overrode."""

    article: str
    entity: str
    surface: str
    model_label: str
    entity_labels: tuple[str, ...]
    new_type: str
    sentence: str


@dataclass
class Tally:
    """Counts over the corpus."""

    articles: int = 0
    entities: int = 0
    entities_with_labels: int = 0
    entities_changed_majority: int = 0
    model_mentions: int = 0
    mentions_changed: int = 0
    added_mentions: int = 0
    roles: int = 0
    merged: int = 0
    known: int = 0
    seconds: defaultdict[str, float] = field(default_factory=lambda: defaultdict(float))
    changes: list[Change] = field(default_factory=list)
    transitions: Counter[tuple[str, str]] = field(default_factory=Counter)


def load_articles(train: int) -> list[Article]:
    """PolNeAR dev, the first ``train`` PolNeAR train texts, and all TimeML texts."""
    out = [
        Article(id=f"polnear/dev/{p.name}", source=str(p.path), body=p.text)
        for p in iter_polnear("dev")
    ]
    for n, p in enumerate(iter_polnear("train")):
        if n >= train:
            break
        out.append(Article(id=f"polnear/train/{p.name}", source=str(p.path), body=p.text))
    for doc in iter_timeml():
        published = doc.dct[:10] if doc.dct else None
        out.append(
            Article(
                id=f"timeml/{doc.corpus}/{doc.name}",
                source=doc.name,
                body=doc.text,
                published=published,
            )
        )
    return out


def measure(articles: list[Article], nlp: object) -> Tally:
    """Run nlp, entities, roles and resolution over the articles, timing each."""
    tally = Tally(articles=len(articles))
    start = time.perf_counter()
    parsed = list(annotate(articles, nlp))
    tally.seconds["spacy nlp.pipe"] = time.perf_counter() - start
    index = InMemoryIndex()
    for article in parsed:
        article = _timed(tally, "entities", group_entities, article)
        article = _timed(tally, "roles", find_roles, article)
        begin = time.perf_counter()
        resolution = resolve_article(article, index)
        commit(index, resolution)
        tally.seconds["resolve"] += time.perf_counter() - begin
        tally.merged += resolution.merged
        tally.roles += len(article.roles)
        _count_types(tally, article)
    tally.known = len(index)
    return tally


def _timed(
    tally: Tally, name: str, stage: Callable[[Article], Article], article: Article
) -> Article:
    begin = time.perf_counter()
    result = stage(article)
    tally.seconds[name] += time.perf_counter() - begin
    return result


def _count_types(tally: Tally, article: Article) -> None:
    by_span = {(m.field, m.start, m.end): m for m in article.mentions}
    for entity in article.entities:
        tally.entities += 1
        if entity.model_types:
            tally.entities_with_labels += 1
            if entity.model_types[0] != entity.type:
                tally.entities_changed_majority += 1
        for mention in entity.mentions:
            model = by_span.get((mention.field, mention.start, mention.end)) or _overlap(
                article, mention
            )
            if model is None:
                tally.added_mentions += 1
                continue
            tally.model_mentions += 1
            if model.label != entity.type:
                tally.mentions_changed += 1
                tally.transitions[(model.label, entity.type)] += 1
                tally.changes.append(_change(article, entity, mention, model.label))


def _overlap(article: Article, mention: Mention) -> Mention | None:
    for model in article.mentions:
        if model.field == mention.field and model.start < mention.end and mention.start < model.end:
            return model
    return None


def _change(article: Article, entity: Entity, mention: Mention, label: str) -> Change:
    sentence = article.sentence_at(mention.start) if mention.field == "body" else None
    text = (
        article.body[sentence.start : sentence.end]
        if sentence
        else article.field_text(mention.field)
    )
    return Change(
        article.id,
        entity.name,
        mention.text,
        label,
        entity.model_types,
        entity.type,
        " ".join(text.split()),
    )


def report(tally: Tally, samples: int, seed: int) -> Iterator[str]:
    """Lines of the printed report."""
    yield f"articles: {tally.articles}"
    yield f"entities: {tally.entities} ({tally.entities_with_labels} with model labels)"
    yield (
        f"entity type differs from the model's majority label: "
        f"{tally.entities_changed_majority} / {tally.entities_with_labels} "
        f"({_pct(tally.entities_changed_majority, tally.entities_with_labels)})"
    )
    yield (
        f"mentions relabelled by the article-level decision: {tally.mentions_changed} / "
        f"{tally.model_mentions} ({_pct(tally.mentions_changed, tally.model_mentions)})"
    )
    yield f"mentions added beyond the model's (aliases, acronyms, surnames): {tally.added_mentions}"
    yield "most common relabellings: " + ", ".join(
        f"{a}->{b} {n}" for (a, b), n in tally.transitions.most_common(8)
    )
    yield f"roles found: {tally.roles}"
    yield (
        f"cross-article resolution: {tally.entities} article entities -> {tally.known} "
        f"corpus entities; {tally.merged} article entities merged into one seen before"
    )
    nlp_time = tally.seconds["spacy nlp.pipe"]
    for name, seconds in tally.seconds.items():
        yield (
            f"time {name}: {seconds:.2f}s ({1000 * seconds / max(tally.articles, 1):.1f} "
            f"ms/article, {seconds / nlp_time:.3f}x spaCy)"
        )
    ours = sum(v for k, v in tally.seconds.items() if k != "spacy nlp.pipe")
    yield f"entities+roles+resolve / spaCy nlp.pipe = {ours / nlp_time:.3f}"
    rng = random.Random(seed)
    picked = rng.sample(tally.changes, min(samples, len(tally.changes)))
    yield f"--- {len(picked)} sampled relabellings (model label -> decided type) ---"
    for n, change in enumerate(picked, 1):
        yield (
            f"{n:2}. [{change.model_label} -> {change.new_type}] {change.surface!r} "
            f"(entity {change.entity!r}, model labels {list(change.entity_labels)}) "
            f"in {change.article}: {change.sentence[:300]}"
        )


def _pct(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def main(argv: list[str] | None = None) -> None:
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", type=int, default=100, help="PolNeAR train articles to add")
    parser.add_argument("--samples", type=int, default=50, help="relabellings to print")
    parser.add_argument("--seed", type=int, default=7, help="sampling seed")
    parser.add_argument("--model", default=None, help="spaCy model name or path")
    args = parser.parse_args(argv)
    articles = load_articles(args.train)
    tally = measure(articles, load_model(args.model))
    for line in report(tally, args.samples, args.seed):
        print(line)


if __name__ == "__main__":
    main()
