"""Roles from titles before names, appositions and clauses, on sentences written here."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Article, Role
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate
from newsdossier.roles import find_roles


def _roles(nlp: Any, body: str, published: str = "2024-06-01", **fields: str) -> Article:
    raw = Article(id="t", source="test", body=body, published=published, **fields)  # type: ignore[arg-type]
    return find_roles(group_entities(next(annotate([raw], nlp))))


def _of(article: Article, person: str) -> list[Role]:
    return [r for r in article.roles if r.person == person]


def test_roles_title_before_name_with_country(nlp: Any) -> None:
    doc = _roles(nlp, "Canadian Prime Minister Mark Carney arrived in Paris on Monday.")
    (role,) = _of(doc, "Mark Carney")
    assert role.title == "Prime Minister"
    assert role.organization == "Canada"
    assert not role.former
    assert role.as_of == "2024-06-01"
    assert doc.body[role.start_char : role.end_char].startswith("Canadian Prime Minister")


def test_roles_apposition_with_years_is_former(nlp: Any) -> None:
    doc = _roles(
        nlp,
        "Helen Novak, a retired judge who served as attorney general from 2009 to 2013, "
        "said the ruling was flawed.",
    )
    roles = _of(doc, "Helen Novak")
    general = [r for r in roles if "attorney general" in r.title]
    assert general
    assert (general[0].start, general[0].end, general[0].former) == ("2009", "2013", True)
    assert any("judge" in r.title for r in roles)


def test_roles_former_and_ex_markers(nlp: Any) -> None:
    doc = _roles(
        nlp,
        "Former Governor Alan Briggs and ex-Mayor Rosa Delgado attended the ceremony.",
    )
    assert all(r.former for r in doc.roles)
    assert {r.person for r in doc.roles} >= {"Alan Briggs", "Rosa Delgado"}


def test_roles_then_marker_in_a_caption(nlp: Any) -> None:
    doc = _roles(
        nlp,
        "The company said profits rose.",
        caption="Then-Northwind Logistics chief executive Omar Haddad speaks in Dubai in 2019.",
    )
    (role,) = _of(doc, "Omar Haddad")
    assert role.field == "caption"
    assert role.former
    assert "chief executive" in role.title
    assert role.organization == "Northwind Logistics"


def test_roles_current_with_start_year(nlp: Any) -> None:
    doc = _roles(
        nlp, "Priya Raman has served as ambassador to Chile since 2021, the ministry said."
    )
    roles = _of(doc, "Priya Raman")
    assert any("ambassador" in r.title and r.start == "2021" and not r.former for r in roles)


def test_roles_end_year_before_article_makes_it_former(nlp: Any) -> None:
    doc = _roles(
        nlp,
        "Tomas Berg, who was finance minister between 2015 and 2018, criticized the budget.",
        published="2025-01-10",
    )
    roles = _of(doc, "Tomas Berg")
    assert any("finance minister" in r.title and r.former and r.end == "2018" for r in roles)


def test_roles_only_for_people(nlp: Any) -> None:
    doc = _roles(nlp, "The Finance Ministry said the Central Bank would raise rates.")
    assert doc.roles == ()
