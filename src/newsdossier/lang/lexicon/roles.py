"""`RoleWords`: the words that tie a title to the organisation it implies.

A title written without its organisation ("President Lai Ching-te", "Speaker Han Kuo-yu")
often implies one the article names elsewhere: the country whose leader bears the title,
or the legislature a speaker presides over. The roles stage reads these lists to fill it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class RoleWords:
    """Word lists of titles and the organisations they imply, in one language (lower-case)."""

    #: A leader's title -> ISO 3166 alpha-2 codes of the countries whose leader bears it
    #: ("president" -> Taiwan, the United States...; "prime minister" -> Japan...).
    leader_titles: Mapping[str, frozenset[str]] = field(default_factory=dict)
    #: Title heads of a legislature's presiding officer ("speaker").
    speaker_titles: frozenset[str] = frozenset()
    #: Words whose presence in an organisation's name makes it a legislature
    #: ("parliament", "yuan", "diet").
    legislature_words: frozenset[str] = frozenset()
