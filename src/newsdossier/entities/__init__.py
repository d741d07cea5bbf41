"""Stage 4 (entities): an article's mentions grouped into typed entities with aliases."""

from newsdossier.entities.countries import Country, canonical_name, country_named, place_key
from newsdossier.entities.group import group_entities

__all__ = ["Country", "canonical_name", "country_named", "group_entities", "place_key"]
