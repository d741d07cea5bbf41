"""Surface-form helpers shared by the stages: folded keys, script tests, trimming of names."""

from __future__ import annotations

import re
import unicodedata

#: Opening and closing brackets of either width.
OPEN_BRACKETS = "(（[［"
CLOSE_BRACKETS = ")）]］"
QUOTES = "\"'“”‘’«»「」『』"
_APOSTROPHES = "’'`"
_POSSESSIVE = re.compile(r"(?:['’]s|s['’])$")
_LEADING_ARTICLE = re.compile(r"^(?:the|The|THE)\s+")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff·・]")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&\-.]*[A-Z0-9]\.?$")
_NONWORD = re.compile(r"[^\w\s]")


def is_cjk(text: str) -> bool:
    """Whether ``text`` is written entirely in CJK characters (Han, kana or Hangul)."""
    stripped = text.strip()
    return bool(stripped) and all(_CJK.match(ch) for ch in stripped)


def is_acronym(text: str) -> bool:
    """``MOFA``, ``CPTPP``, ``U.S.``: two or more capitals, digits or dots, no lowercase."""
    compact = text.replace(".", "")
    return len(compact) >= 2 and bool(_ACRONYM.match(text)) and compact.isupper()


def strip_article(text: str) -> str:
    """Drop a leading "the"."""
    return _LEADING_ARTICLE.sub("", text)


def strip_possessive(text: str) -> str:
    """``Takaichi’s`` -> ``Takaichi``; ``States'`` -> ``States``."""
    match = _POSSESSIVE.search(text)
    if not match:
        return text
    return text[: match.start()] + ("s" if match.group().startswith("s") else "")


def fold(text: str) -> str:
    """Width, case and punctuation folded form used for comparing surfaces.

    "U.S." and "US" fold alike, as do "Ching-te" and "Ching te" and full-width forms.
    """
    text = unicodedata.normalize("NFKC", text)
    text = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    text = text.replace(".", "")
    for ch in _APOSTROPHES:
        text = text.replace(ch, "'")
    text = strip_possessive(strip_article(text.strip()))
    text = text.replace("-", " ").replace("–", " ")
    text = _NONWORD.sub(lambda m: m.group() if m.group() in "'&" else " ", text)
    return " ".join(text.casefold().split())


#: What separates the words of a name: whitespace, hyphens and en dashes.
_WORD_BREAK = re.compile(r"[\s\-–]+")


def words(text: str) -> list[str]:
    """Whitespace and hyphen separated words of a name (dots kept)."""
    return [w for w in _WORD_BREAK.split(text) if w]


def is_capitalized(word: str) -> bool:
    """First letter upper case (``McDonald``, ``U.S.``, ``Ching-te``)."""
    for ch in word:
        if ch.isalpha():
            return ch.isupper()
    return False
