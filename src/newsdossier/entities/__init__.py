"""Stage 4 (entities): an article's mentions grouped into typed entities with aliases."""

from newsdossier.entities.stage import group_entities

__all__ = ["group_entities"]
