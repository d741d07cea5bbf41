"""A bare singular proper-noun subject that the model tagged as a group (``NORP``) and that
a "he"/"she" follows is a person the pronoun can refer to (`add_missed_subjects`), on
sentences written for these tests: the model's label of the word is set to ``NORP``."""

from __future__ import annotations

import dataclasses
from typing import Any

from newsdossier.article import Article, Mention
from newsdossier.coref import resolve_coreference
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate


def _tagged_as_group(nlp: Any, body: str, word: str) -> Article:
    """``body`` parsed, with ``word`` one mention labelled ``NORP`` (tokens too)."""
    article = next(annotate([Article(id="t", source="test", body=body)], nlp))
    mentions = [m for m in article.mentions if word not in m.text]
    for tok in article.tokens:
        if tok.text == word:
            mentions.append(Mention(tok.start, tok.end, word, "NORP"))
    tokens = tuple(
        dataclasses.replace(t, ent_type="NORP", ent_iob="B") if t.text == word else t
        for t in article.tokens
    )
    ordered = tuple(sorted(mentions, key=lambda m: (m.start, m.end)))
    return dataclasses.replace(article, mentions=ordered, tokens=tokens)


def test_coref_gap4_group_labelled_subject_with_a_pronoun_is_a_person(nlp: Any) -> None:
    body = "In 1850, Vostrikov left the ministry. He spent his last years in Kazan."
    doc = resolve_coreference(group_entities(_tagged_as_group(nlp, body, "Vostrikov")))
    (found,) = [e for e in doc.entities if e.name == "Vostrikov"]
    assert found.type == "PERSON"
    assert any(m.kind == "pronoun" for m in found.mentions)


def test_coref_gap4_group_label_as_a_modifier_or_plural_stays_a_group(nlp: Any) -> None:
    body = "Christian voters backed the plan in March. He said the vote was close."
    doc = group_entities(_tagged_as_group(nlp, body, "Christian"))
    assert all(e.type != "PERSON" for e in doc.entities if e.name == "Christian")
    body = "Democrats opposed the bill in March. He said the vote was close."
    doc = group_entities(_tagged_as_group(nlp, body, "Democrats"))
    assert all(e.type != "PERSON" for e in doc.entities if e.name == "Democrats")
    body = "In 1850, Vostrikov left the ministry. The building was sold a year later."
    doc = group_entities(_tagged_as_group(nlp, body, "Vostrikov"))
    assert all(e.type != "PERSON" for e in doc.entities if e.name == "Vostrikov")
