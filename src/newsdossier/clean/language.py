"""The language of a text as an ISO 639-1 code, with py3langid (its model ships inside it)."""

from __future__ import annotations

_SAMPLE = 500
_MIN_LETTERS = 12


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language ``text`` is written in; None when it is too short."""
    sample = text[:_SAMPLE].strip()
    if sum(map(str.isalpha, sample)) < _MIN_LETTERS:
        return None  # too little text for a reliable guess
    import py3langid

    language, _score = py3langid.classify(sample)
    return str(language)
