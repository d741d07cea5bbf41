"""The language of a text as an ISO 639-1 code, with py3langid (its model ships inside it)."""

from __future__ import annotations

import pycountry

from newsdossier.lang.lexicon import has_lexicon

_SAMPLE = 500
_MIN_LETTERS = 12


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language ``text`` is written in; None when it is too short."""
    sample = text[:_SAMPLE].strip()
    if sum(map(str.isalpha, sample)) < _MIN_LETTERS:
        return None  # too little text for a reliable guess
    # Lazy: py3langid loads its model on import (0.13 s here); only cleaning needs it.
    import py3langid

    language, _score = py3langid.classify(sample)
    return str(language)


def language_name(code: str) -> str:
    """The English name of an ISO 639-1 language code (``zh`` -> ``Chinese``), else the code."""
    found = pycountry.languages.get(alpha_2=code.split("-")[0].lower())
    return str(found.name) if found is not None else code


def unsupported_warning(code: str | None) -> str | None:
    """The warning an article in language ``code`` gets when newsdossier cannot analyse it
    (no lexicon for it), or None when it can (or the language is unknown)."""
    if code is None or has_lexicon(code):
        return None
    return (
        f"language {language_name(code)} ({code}) is not supported: the article is stored "
        "and searchable, but entities, statements, dates, roles and events were not extracted"
    )
