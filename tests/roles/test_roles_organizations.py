"""Organisations filled from what the article names: a leader's country, a speaker's
legislature, the person's own title elsewhere."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Entity, Role
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.roles.organizations import fill_organizations

WORDS = lexicon_for("en").roles


def _entity(name: str, type_: str) -> Entity:
    return Entity(id=name, name=name, type=type_)


def _role(person: str, title: str, **fields: Any) -> Role:
    return Role(entity_id=person, person=person, title=title, start_char=0, end_char=1, **fields)


def _filled(roles: list[Role], *entities: Entity) -> dict[tuple[str, str], str | None]:
    out = fill_organizations(roles, entities, WORDS)
    return {(r.person, r.title): r.organization for r in out}


def test_roles_organizations_president_of_the_one_country_named() -> None:
    filled = _filled([_role("Ana Pereira", "President")], _entity("Brazil", "GPE"))
    assert filled[("Ana Pereira", "President")] == "Brazil"


def test_roles_organizations_president_left_empty_between_two_countries() -> None:
    roles = [_role("Ana Pereira", "President")]
    filled = _filled(roles, _entity("Brazil", "GPE"), _entity("France", "GPE"))
    assert filled[("Ana Pereira", "President")] is None


def test_roles_organizations_country_spoken_for_by_another_president() -> None:
    roles = [
        _role("Ana Pereira", "President"),
        _role("Luc Morel", "President", organization="France"),
    ]
    filled = _filled(roles, _entity("Brazil", "GPE"), _entity("France", "GPE"))
    assert filled[("Ana Pereira", "President")] == "Brazil"


def test_roles_organizations_former_title_is_not_excluded_by_the_holder() -> None:
    roles = [
        _role("Ana Pereira", "President", former=True),
        _role("Luc Morel", "President", organization="France"),
    ]
    filled = _filled(roles, _entity("Brazil", "GPE"), _entity("France", "GPE"))
    assert filled[("Ana Pereira", "President")] is None


def test_roles_organizations_title_must_be_the_countrys_leader() -> None:
    # Japan's leader is a prime minister: a president there is not Japan's.
    filled = _filled([_role("Ken Mori", "President")], _entity("Japan", "GPE"))
    assert filled[("Ken Mori", "President")] is None
    filled = _filled([_role("Ken Mori", "Prime Minister")], _entity("Japan", "GPE"))
    assert filled[("Ken Mori", "Prime Minister")] == "Japan"


def test_roles_organizations_speaker_of_the_named_legislature() -> None:
    entities = (_entity("National Assembly", "ORG"), _entity("Harbour Bank", "ORG"))
    filled = _filled([_role("Rita Okoye", "Speaker")], *entities)
    assert filled[("Rita Okoye", "Speaker")] == "National Assembly"


def test_roles_organizations_speaker_without_a_legislature_stays_empty() -> None:
    filled = _filled([_role("Rita Okoye", "Speaker")], _entity("Harbour Bank", "ORG"))
    assert filled[("Rita Okoye", "Speaker")] is None


def test_roles_organizations_speaker_modifier_picks_the_legislature() -> None:
    entities = (_entity("Legislative Yuan", "ORG"), _entity("Diet", "ORG"))
    filled = _filled([_role("Lin Wei", "Legislative Speaker")], *entities)
    assert filled[("Lin Wei", "Legislative Speaker")] == "Legislative Yuan"
    # A modifier no legislature shares: no guess.
    filled = _filled([_role("Lin Wei", "Legislative Speaker")], _entity("Diet", "ORG"))
    assert filled[("Lin Wei", "Legislative Speaker")] is None


def test_roles_organizations_person_own_title_elsewhere() -> None:
    roles = [
        _role("Ana Pereira", "President", organization="Brazil"),
        _role("Ana Pereira", "president"),
    ]
    out = fill_organizations(roles, (), WORDS)
    assert [r.organization for r in out] == ["Brazil", "Brazil"]


def test_roles_organizations_given_organisation_kept() -> None:
    roles = [_role("Ana Pereira", "President", organization="Harbour Party")]
    filled = _filled(roles, _entity("Brazil", "GPE"))
    assert filled[("Ana Pereira", "President")] == "Harbour Party"
