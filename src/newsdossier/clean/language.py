"""The language of a text as an ISO 639-1 code, with py3langid (its model ships inside it)."""

from __future__ import annotations

_SAMPLE = 500


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language ``text`` is written in, or None for empty text."""
    sample = text[:_SAMPLE].strip()
    if not sample:
        return None
    import py3langid  # type: ignore[import-untyped]  # ships no type information

    language, _score = py3langid.classify(sample)
    return str(language)
