"""Small text measures the cleaning rules share: words, scripts, sentence endings."""

from __future__ import annotations

import functools
import re

_LONG = 40
_WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*", re.UNICODE)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# A sentence ends with . ! ? (or CJK 。！？…) possibly followed by closing quotes/brackets.
_SENTENCE_END = re.compile(r"(?:[.!?。！？…]|\.\.\.)[\"'”’»)\]）」』]*\s*$")


def words(text: str) -> list[str]:
    """The words of ``text`` (letters and digits, keeping inner apostrophes and hyphens)."""
    return _WORD.findall(text)


@functools.lru_cache(maxsize=4096)
def word_count(text: str) -> int:
    """How many words ``text`` has; a run of CJK characters counts one word per 2 characters.

    Past 40 space-separated tokens the count is the token count (a long line is long).
    """
    tokens = len(text.split())
    if tokens > _LONG:
        return tokens
    if text.isascii():
        return len(_WORD.findall(text))
    cjk = len(_CJK.findall(text))
    latin_words = len(words(_CJK.sub(" ", text)))
    return latin_words + (cjk + 1) // 2


def cjk_count(text: str) -> int:
    """Number of Chinese, Japanese or Korean characters in ``text``."""
    return len(text) - len(_CJK.sub("", text))


def latin_count(text: str) -> int:
    """Number of Latin-script letters in ``text``."""
    return len(text) - len(_LATIN.sub("", text))


def cjk_ratio(text: str) -> float:
    """Share of CJK characters among the letters (Latin or CJK) of ``text``."""
    cjk = cjk_count(text)
    total = cjk + latin_count(text)
    return cjk / total if total else 0.0


def ends_sentence(text: str) -> bool:
    """Whether ``text`` ends like a sentence (final punctuation, maybe inside quotes)."""
    return bool(_SENTENCE_END.search(text[-12:]))


def is_all_caps(text: str) -> bool:
    """Whether every cased letter of ``text`` is upper case (and it has at least two)."""
    letters = [c for c in text if c.isalpha() and c.lower() != c.upper()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def smart_title(text: str) -> str:
    """Title-case an ALL-CAPS name ("NEW YORK" -> "New York"); leave mixed case alone."""
    if not is_all_caps(text):
        return text
    return " ".join(_title_word(w) for w in text.split(" "))


def _title_word(word: str) -> str:
    if "." in word.strip(".") or len(word.strip(".,")) <= 1:
        return word  # initials such as N.Y. or D.C.
    return "-".join(part.capitalize() for part in word.split("-"))


def normalize_space(text: str) -> str:
    """Collapse runs of whitespace to one space and strip the ends."""
    return " ".join(text.split())
