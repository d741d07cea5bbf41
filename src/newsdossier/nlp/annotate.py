"""Stage 3: sentences, tokens with their parse, and named-entity mentions, via spaCy.

The spaCy ``Doc`` never leaves this module: what later stages need is copied onto the
`Article` as plain records with character offsets.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Iterator
from typing import Any

from newsdossier.article import Article, Field, Mention, Sentence, Token

#: Entity labels kept as mentions; numeric labels (CARDINAL, MONEY...) are not actors.
MENTION_LABELS = frozenset(
    {
        "PERSON",
        "ORG",
        "GPE",
        "LOC",
        "NORP",
        "FAC",
        "LAW",
        "EVENT",
        "PRODUCT",
        "WORK_OF_ART",
        "LANGUAGE",
    }
)
_SIDE_FIELDS: tuple[Field, ...] = ("title", "kicker", "deck", "caption")


def annotate(articles: Iterable[Article], nlp: Any, *, batch_size: int = 32) -> Iterator[Article]:
    """Add sentences, tokens and mentions to each article, batching bodies through ``nlp.pipe``."""
    for batch in _batches(articles, batch_size):
        texts: list[str] = []
        for article in batch:
            texts.append(article.body)
            texts.extend(article.field_text(name) for name in _SIDE_FIELDS)
        docs = iter(nlp.pipe(texts, batch_size=batch_size))
        for article in batch:
            body_doc = next(docs)
            side = [(name, next(docs)) for name in _SIDE_FIELDS]
            yield annotate_doc(article, body_doc, side)


def annotate_doc(article: Article, body_doc: Any, side_docs: list[tuple[Field, Any]]) -> Article:
    """Copy a parsed body (and parsed side fields) onto the article."""
    sentences = tuple(Sentence(s.start_char, s.end_char) for s in body_doc.sents)
    sent_of = {}
    for n, sent in enumerate(body_doc.sents):
        for tok in sent:
            sent_of[tok.i] = n
    tokens = tuple(
        Token(
            i=t.i,
            start=t.idx,
            end=t.idx + len(t.text),
            text=t.text,
            lemma=t.lemma_,
            pos=t.pos_,
            tag=t.tag_,
            dep=t.dep_,
            head=t.head.i,
            morph=str(t.morph),
            ent_iob=t.ent_iob_,
            ent_type=t.ent_type_,
            sent=sent_of.get(t.i, 0),
        )
        for t in body_doc
    )
    mentions = [_mention(ent, "body") for ent in body_doc.ents if ent.label_ in MENTION_LABELS]
    for name, doc in side_docs:
        mentions.extend(_mention(e, name) for e in doc.ents if e.label_ in MENTION_LABELS)
    return dataclasses.replace(
        article, sentences=sentences, tokens=tokens, mentions=tuple(mentions)
    )


def _mention(ent: Any, field: Field) -> Mention:
    return Mention(ent.start_char, ent.end_char, ent.text, ent.label_, field)


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
