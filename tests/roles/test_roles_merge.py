"""A title an article repeats for one person is one role, with its count and last offset."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Article, Role
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate
from newsdossier.roles import find_roles
from newsdossier.roles.merge import merge_repeated, normal_title


def _role(at: int, title: str = "Harbour Commissioner", **fields: Any) -> Role:
    values: dict[str, Any] = {"entity_id": "e1", "person": "Mara Quist", "title": title}
    values.update(fields)
    return Role(**values, start_char=at, end_char=at + len(title))


def test_roles_merge_repeated_title_is_one_role() -> None:
    merged = merge_repeated([_role(120), _role(10), _role(300, "harbour  commissioner")])
    (role,) = merged
    assert (role.start_char, role.mentions, role.last_char) == (10, 3, 300)
    assert role.title == "Harbour Commissioner"


def test_roles_merge_single_statement_has_no_last_offset() -> None:
    (role,) = merge_repeated([_role(10)])
    assert (role.mentions, role.last_char) == (1, None)


def test_roles_merge_keeps_apart_other_organisation_tense_and_person() -> None:
    roles = [
        _role(10),
        _role(50, organization="Port Authority"),
        _role(90, former=True),
        _role(130, entity_id="e2", person="Ivo Brandt"),
    ]
    merged = merge_repeated(roles)
    assert len(merged) == 4
    assert all(r.mentions == 1 for r in merged)


def test_roles_merge_overlapping_spans_count_once() -> None:
    (role,) = merge_repeated([_role(10), _role(12)])
    assert role.mentions == 1


def test_roles_merge_takes_years_from_a_later_statement() -> None:
    (role,) = merge_repeated([_role(10), _role(200, start="2019", end="2023")])
    assert (role.start_char, role.start, role.end) == (10, "2019", "2023")


def test_roles_merge_last_offset_only_in_the_first_statements_field() -> None:
    (role,) = merge_repeated([_role(10), _role(5, field="caption")])
    assert (role.field, role.start_char, role.mentions, role.last_char) == ("body", 10, 2, None)


def test_roles_merge_normal_title() -> None:
    assert normal_title("The  Harbour Commissioner") == "harbour commissioner"


def test_roles_merge_in_the_stage(nlp: Any) -> None:
    body = (
        "Harbour Commissioner Mara Quist opened the new pier on Monday. "
        "Residents cheered when Harbour Commissioner Mara Quist cut the ribbon. "
        "Later, Harbour Commissioner Mara Quist toured the fish market."
    )
    raw = Article(id="t", source="test", body=body, published="2024-06-01")
    doc = find_roles(group_entities(next(annotate([raw], nlp))))
    quist = [r for r in doc.roles if r.person == "Mara Quist"]
    assert len(quist) == 1
    assert quist[0].mentions == 3
    assert quist[0].start_char == 0
    assert quist[0].last_char == body.rindex("Harbour Commissioner")
