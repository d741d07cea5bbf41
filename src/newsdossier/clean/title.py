"""The article's own headline, found among the headlines listed at the foot of its page.

News sites often list their latest headlines under the story, the story's own among
them. The one whose words the body shares most, and clearly more than any other, is
taken as the title when the page gave none.
"""

from __future__ import annotations

from newsdossier.clean.text import words
from newsdossier.lang.lexicon import Lexicon

_MIN_SHARE = 0.5
_MIN_WORDS = 3


def _content_words(text: str, lex: Lexicon) -> set[str]:
    found: set[str] = set()
    for word in words(text.lower()):
        for part in word.replace("'s", "").replace("’s", "").split("-"):
            if len(part) > 3 and part not in lex.headline_stops:
                found.add(part)
    return found


def title_from_list(headlines: list[str], body: str, lex: Lexicon) -> str | None:
    """The listed headline that best matches ``body``, if it shares at least half its words
    (other than ``lex``'s common headline words)."""
    vocabulary = _content_words(body, lex)
    scored: list[tuple[float, str]] = []
    for headline in headlines:
        own = _content_words(headline, lex)
        if len(own) >= _MIN_WORDS:
            scored.append((len(own & vocabulary) / len(own), headline))
    scored.sort(reverse=True)
    if not scored or scored[0][0] < _MIN_SHARE:
        return None
    if len(scored) > 1 and scored[1][0] >= scored[0][0] - 0.2:
        return None  # two near-equal candidates: no clear own headline
    return scored[0][1]
