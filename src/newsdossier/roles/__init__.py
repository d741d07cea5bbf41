"""Stage 7a (roles): titles people hold, with organisation, years and former/current.

`find_roles` (in `newsdossier.roles.stage`) reads two kinds of evidence: titles written
before a name (in every text field) and titles the dependency parse attaches to a name in
the body (appositions, relative clauses, copulas).
"""

from newsdossier.roles.stage import find_roles

__all__ = ["find_roles"]
