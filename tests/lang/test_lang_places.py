"""Typed grouping keys of places and laws, and the text resolution stores for them."""

from __future__ import annotations

from newsdossier.lang.laws import law_key
from newsdossier.lang.places import GroupKey, UsState, place_key, us_state_named


def test_lang_places_us_state_by_name() -> None:
    state = us_state_named("Georgia")
    assert state == UsState(code="US-GA", name="Georgia")
    assert us_state_named("Tbilisi") is None


def test_lang_places_state_and_country_keys_differ() -> None:
    country = place_key("Georgia")
    state = place_key("Georgia (U.S. state)")
    assert country == GroupKey(kind="country", value="GE")
    assert state == GroupKey(kind="subdiv", value="US-GA")
    assert country is not None
    assert state is not None
    assert (country.text, state.text) == ("country:GE", "subdiv:US-GA")


def test_lang_places_place_key_of_a_state_only_name() -> None:
    key = place_key("Alabama")
    assert key == GroupKey("subdiv", "US-AL")
    assert place_key("Liberal Democratic Party") is None


def test_lang_places_treaty_key_ignores_party_order_and_spelling() -> None:
    key = law_key("U.S.-Japan Security Treaty")
    assert key == law_key("Japan-US Security Treaty")
    assert key != law_key("U.S.-Japan Trade Agreement")
    assert key.kind == "law"
    assert key.value == "JP+US:security treaty"
    assert key.text == "law:JP+US:security treaty"
