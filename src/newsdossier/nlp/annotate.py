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
#: Components whose output side fields never use (they keep only entity mentions).
_SIDE_UNUSED = ("lemmatizer",)


def annotate(articles: Iterable[Article], nlp: Any, *, batch_size: int = 32) -> Iterator[Article]:
    """Add sentences, tokens and mentions to each article, batching bodies through ``nlp.pipe``.

    Side fields (title, kicker, deck, caption) only give mentions: empty ones are not
    parsed at all, and the lemmatizer does not run on them. The parser does, because the
    sentence boundaries it sets bound the entities the recognizer finds."""
    side_only = [name for name in _SIDE_UNUSED if name in nlp.pipe_names]
    for batch in _batches(articles, batch_size):
        bodies = nlp.pipe([a.body for a in batch], batch_size=batch_size)
        wanted = [
            (n, name) for n, a in enumerate(batch) for name in _SIDE_FIELDS if a.field_text(name)
        ]
        texts = [batch[n].field_text(name) for n, name in wanted]
        side: list[list[tuple[Field, Any]]] = [[] for _ in batch]
        for (n, name), doc in zip(
            wanted, nlp.pipe(texts, batch_size=batch_size, disable=side_only), strict=True
        ):
            side[n].append((name, doc))
        for article, body_doc, side_docs in zip(batch, bodies, side, strict=True):
            yield annotate_doc(article, body_doc, side_docs)


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
