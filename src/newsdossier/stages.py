"""The built-in stages, registered by name, and the default pipeline.

Stage functions are imported when first called, not when this module is imported, so
``newsdossier --help`` and the store commands start without loading spaCy.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Iterator
from typing import Any

from newsdossier.article import Article
from newsdossier.registry import ArticleFn, BatchFn, StageSpec, register


def _lazy(module: str, attr: str) -> ArticleFn:
    def call(article: Article) -> Article:
        func: ArticleFn = getattr(importlib.import_module(module), attr)
        return func(article)

    call.__name__ = f"{module}.{attr}"
    return call


def _lazy_batch(module: str, attr: str) -> BatchFn:
    def call(articles: Iterable[Article], nlp: Any) -> Iterator[Article]:
        func: BatchFn = getattr(importlib.import_module(module), attr)
        return func(articles, nlp)

    call.__name__ = f"{module}.{attr}"
    return call


register(
    StageSpec(
        "clean.v1",
        requires=frozenset({"raw_text"}),
        assigns=frozenset(
            {
                "body",
                "title",
                "kicker",
                "deck",
                "author",
                "dateline",
                "caption",
                "published",
                "outlet",
                "language",
                "removed",
            }
        ),
        func=_lazy("newsdossier.clean.stage", "clean"),
        doc="boilerplate out; title, kicker, byline, dateline, caption apart; date and outlet",
    )
)
register(
    StageSpec(
        "nlp.spacy.v1",
        requires=frozenset({"body"}),
        assigns=frozenset({"sentences", "tokens", "mentions"}),
        batch=_lazy_batch("newsdossier.nlp.annotate", "annotate"),
        needs_model=True,
        language_bound=True,
        doc="spaCy over the clean body: sentences, tokens with parse, entity mentions",
    )
)
register(
    StageSpec(
        "entities.v1",
        requires=frozenset({"body", "tokens", "sentences", "mentions"}),
        assigns=frozenset({"entities"}),
        func=_lazy("newsdossier.entities.stage", "group_entities"),
        language_bound=True,
        doc="mentions grouped into the article's entities, with aliases and one type each",
    )
)
register(
    StageSpec(
        "timex.v1",
        requires=frozenset({"body", "published", "tokens"}),
        assigns=frozenset({"timexes"}),
        func=_lazy("newsdossier.timex", "find_timexes"),
        language_bound=True,
        doc="temporal expressions normalized TimeML-style against the publication date",
    )
)
register(
    StageSpec(
        "roles.v1",
        requires=frozenset({"entities", "tokens", "published"}),
        assigns=frozenset({"roles"}),
        func=_lazy("newsdossier.roles.stage", "find_roles"),
        language_bound=True,
        doc="titles people held, with organisation, years and former/current",
    )
)
register(
    StageSpec(
        "coref.v1",
        requires=frozenset({"entities", "tokens", "sentences", "roles"}),
        assigns=frozenset({"entities"}),
        func=_lazy("newsdossier.coref.stage", "resolve_coreference"),
        language_bound=True,
        doc="pronouns, possessives, descriptions and titles added to the entities' mentions",
    )
)
register(
    StageSpec(
        "statements.v1",
        requires=frozenset({"entities", "tokens", "sentences", "timexes"}),
        assigns=frozenset({"statements"}),
        func=_lazy("newsdossier.statements", "find_statements"),
        language_bound=True,
        doc="direct quotes and reported speech with resolved speakers, cues and dates",
    )
)

register(
    StageSpec(
        "events.v1",
        requires=frozenset({"entities", "tokens", "sentences", "timexes", "roles"}),
        assigns=frozenset({"events"}),
        func=_lazy("newsdossier.events", "find_events"),
        language_bound=True,
        doc="dated events with a type, trigger, participants and place",
    )
)
register(
    StageSpec(
        "relations.v1",
        requires=frozenset({"entities", "tokens", "sentences", "timexes", "roles"}),
        assigns=frozenset({"relations"}),
        func=_lazy("newsdossier.relations", "find_relations"),
        language_bound=True,
        doc="standing relations between actors: treaties, alliances, memberships",
    )
)

#: The stages `ingest` and `extract` run, in order.
DEFAULT_PIPELINE = (
    "clean.v1",
    "nlp.spacy.v1",
    "entities.v1",
    "timex.v1",
    "roles.v1",
    "coref.v1",
    "statements.v1",
    "events.v1",
    "relations.v1",
)
