"""Coreference: pronouns, possessives, descriptions and titles added to the entities'
mentions (`resolve_coreference`)."""

from newsdossier.coref.stage import resolve_coreference

__all__ = ["resolve_coreference"]
