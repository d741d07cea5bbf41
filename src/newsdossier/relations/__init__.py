"""Standing relations between actors: treaties, alliances, memberships, commitments.

`find_relations` adds typed `Relation` records to one article, each with both parties
as entities, the sentence and character span that state it, and ``start``/``end`` where
the text gives them ("since 2005", "from 2022 to 2024", "the 1960 ... Treaty").
"""

from newsdossier.relations.found import RelationType
from newsdossier.relations.stage import find_relations

__all__ = ["RelationType", "find_relations"]
