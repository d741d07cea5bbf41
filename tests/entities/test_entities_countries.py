"""Country names, codes and demonyms normalized with ISO 3166 data (pycountry)."""

from __future__ import annotations

import pytest

from newsdossier.lang.places import country_named, country_of_demonym


@pytest.mark.parametrize(
    ("surface", "name"),
    [
        ("the United States", "United States"),
        ("United States of America", "United States"),
        ("South Korea", "South Korea"),
        ("Republic of Korea", "South Korea"),
        ("Viet Nam", "Vietnam"),
        ("Russian Federation", "Russia"),
        ("Britain", "United Kingdom"),
    ],
)
def test_entities_country_names(surface: str, name: str) -> None:
    country = country_named(surface)
    assert country is not None
    assert country.name == name


def test_entities_country_codes_only_when_allowed() -> None:
    assert country_named("U.S.") is None
    us = country_named("U.S.", allow_codes=True)
    assert us is not None
    assert us.code == "US"
    assert country_named("it", allow_codes=True) is None


@pytest.mark.parametrize(
    ("demonym", "code"),
    [
        ("Japanese", "JP"),
        ("Chinese", "CN"),
        ("Canadian", "CA"),
        ("Italian", "IT"),
        ("Ukrainian", "UA"),
        ("Pakistani", "PK"),
        ("German", "DE"),
        ("French", "FR"),
    ],
)
def test_entities_demonyms(demonym: str, code: str) -> None:
    country = country_of_demonym(demonym)
    assert country is not None
    assert country.code == code


def test_entities_not_demonyms() -> None:
    assert country_of_demonym("Democratic") is None
    assert country_of_demonym("European") is None
