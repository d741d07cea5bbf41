"""Grammatical constraints on coreference (`coref.constraints`), on sentences written for
them: a subject pronoun never takes a name inside the participial adjunct it controls,
and a gendered noun in apposition or as a predicate shows a person's gender."""

from __future__ import annotations

import re
from typing import Any

from newsdossier.article import Article
from newsdossier.coref import resolve_coreference
from newsdossier.entities import group_entities
from newsdossier.lang.constraints import adjunct_tokens, described_genders
from newsdossier.lang.tree import parse_tree
from newsdossier.nlp import annotate
from newsdossier.roles import find_roles


def run(nlp: Any, body: str) -> Article:
    article = Article(id="t", source="test", body=body, published="2030-05-10")
    return resolve_coreference(find_roles(group_entities(next(annotate([article], nlp)))))


def referent(article: Article, word: str, nth: int = 0) -> str | None:
    start = [m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", article.body)][nth]
    for e in article.entities:
        if any(m.start == start and m.end == start + len(word) for m in e.mentions):
            return e.name
    return None


def test_coref_hand4_participial_adjunct_name_is_not_the_subject(nlp: Any) -> None:
    a = run(
        nlp,
        "Carla Benning was taken to the clinic on Monday, where Dr. Rena Ostrowski was on "
        "duty. Benning had slipped on the ice.\n\n"
        "After examining Benning's ankle, she sent her home.",
    )
    assert referent(a, "she") != "Carla Benning"


def test_coref_hand4_adjunct_tokens_cover_only_subjectless_participles(nlp: Any) -> None:
    a = run(nlp, "Before meeting Lee, she called Park. After Lee arrived, she called Park.")
    tree = parse_tree(a.tokens)
    shes = [t for t in a.tokens if t.text == "she"]
    first = {a.tokens[i].text for i in adjunct_tokens(tree, shes[0])}
    second = {a.tokens[i].text for i in adjunct_tokens(tree, shes[1])}
    assert {"meeting", "Lee"} <= first
    assert "Park" not in first
    assert second == set()  # "Lee arrived" has a subject of its own


def test_coref_hand4_gendered_apposition_and_predicate(nlp: Any) -> None:
    a = run(
        nlp,
        "Zelinka Marsh, the candidate's eldest daughter, spoke first. Congressman Taro "
        "Okafor followed. Jordan Vale is the mother of three. Avery Lund, the chairman, "
        "closed.",
    )
    named = [
        (m.start, m.end, e)
        for e in a.entities
        for m in e.mentions
        if m.kind == "name" and m.field == "body"
    ]
    genders = {a_id: g for a_id, g in described_genders(a.tokens, named).items()}
    by_name = {e.name: genders.get(e.id) for e in a.entities if e.type == "PERSON"}
    assert by_name.get("Zelinka Marsh") == "Fem", by_name
    assert by_name.get("Taro Okafor") == "Masc", by_name
    assert by_name.get("Jordan Vale") == "Fem", by_name
    assert by_name.get("Avery Lund") is None, by_name  # "chairman" is said of women too


def test_coref_hand4_according_to_is_no_participial_adjunct(nlp: Any) -> None:
    a = run(nlp, "He told aides, according to Dan Roe, Mr. Kemp's adviser, that he would run.")
    tree = parse_tree(a.tokens)
    he = next(t for t in a.tokens if t.text == "He")
    assert not {a.tokens[i].text for i in adjunct_tokens(tree, he)} & {"Roe", "Kemp"}
