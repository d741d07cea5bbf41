"""Statements with speakers from a body written for a test: the default pipeline's stages
from the spaCy pass to statements, and who a statement is given to."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Article
from newsdossier.coref.stage import resolve_coreference
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate
from newsdossier.roles import find_roles
from newsdossier.statements import find_statements
from newsdossier.timex import find_timexes


def run(nlp: Any, body: str) -> Article:
    """The default pipeline's stages from the spaCy pass to statements."""
    article = Article(id="t", source="test", body=body, published="2030-05-10")
    article = next(annotate([article], nlp))
    for stage in (group_entities, find_timexes, find_roles, resolve_coreference):
        article = stage(article)
    return find_statements(article)


def speaker_of(article: Article, words: str) -> str | None:
    """The speaker's name of the last statement containing ``words`` (one must)."""
    found = [s for s in article.statements if words in s.text]
    assert found, f"no statement containing {words!r}: {article.statements}"
    return found[-1].speaker.name if found[-1].speaker else None
