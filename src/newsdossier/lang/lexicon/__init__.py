"""Word lists per language behind one call, `lexicon_for`.

Only English exists today. A language without its own lexicon (``"ja"``, ``"fr"``, or an
unknown code) falls back to English: the stages ran on English lists for every article
before languages had a place to go, so falling back keeps their output unchanged, and an
article whose language detection failed (``None`` -> ``"en"``) is still processed.
`has_lexicon` tells a caller whether it got the language it asked for.

A `Lexicon` holds the lists several stages share as its own fields and each area's lists
in a part: ``.reference`` (`ReferenceWords`, the language layer's pronoun and description
resolution), ``.timex`` (`TimexWords`), ``.statements`` (`StatementWords`), ``.events``
(`EventWords`), ``.relations`` (`RelationWords`), ``.modality`` (`ModalityWords`) and ``.roles``
(`RoleWords`).
A stage takes its lexicon from ``lexicon_for(article.language or "en")`` at its entry
point and passes it down.
"""

from __future__ import annotations

import importlib
from functools import cache

from newsdossier.lang.lexicon.events import EventWords
from newsdossier.lang.lexicon.modality import ModalityWords
from newsdossier.lang.lexicon.model import Lexicon
from newsdossier.lang.lexicon.reference import ReferenceWords
from newsdossier.lang.lexicon.relations import RelationWords
from newsdossier.lang.lexicon.roles import RoleWords
from newsdossier.lang.lexicon.statements import StatementWords
from newsdossier.lang.lexicon.timex import TimexWords

#: Language code -> module under `newsdossier.lang.lexicon` defining ``LEXICON``.
_MODULES = {"en": "en"}
#: The language whose lexicon serves languages that have none.
FALLBACK_LANGUAGE = "en"

__all__ = [
    "FALLBACK_LANGUAGE",
    "EventWords",
    "Lexicon",
    "ModalityWords",
    "ReferenceWords",
    "RelationWords",
    "RoleWords",
    "StatementWords",
    "TimexWords",
    "has_lexicon",
    "lexicon_for",
]


def has_lexicon(language: str) -> bool:
    """Whether ``language`` (ISO 639-1, any case, region ignored) has a lexicon of its own."""
    return _base(language) in _MODULES


@cache
def lexicon_for(language: str) -> Lexicon:
    """The word lists for ``language`` (ISO 639-1, e.g. ``"en"``; ``"en-GB"`` counts as
    ``"en"``), or the English fallback when that language has none."""
    module = _MODULES.get(_base(language), _MODULES[FALLBACK_LANGUAGE])
    # Imported on first use: the lexicons take spaCy's stop words, and importing spaCy
    # at module level would slow every command (``newsdossier --help``) that never runs a stage.
    lexicon: Lexicon = importlib.import_module(f"newsdossier.lang.lexicon.{module}").LEXICON
    return lexicon


def _base(language: str) -> str:
    return language.strip().lower().replace("_", "-").split("-")[0]
