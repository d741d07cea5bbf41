"""Header lines that are fields, not body: kickers and headlines."""

from __future__ import annotations

import re

from newsdossier.clean.text import ends_sentence, is_all_caps, word_count, words

_KICKER = re.compile(r"^(?P<label>[A-Z0-9][A-Z0-9 '’&.\-]{1,40}[A-Z0-9])\s*[:：]\s*(?P<rest>.*)$")


def parse_kicker(line: str) -> tuple[str, str] | None:
    """A kicker: an all-caps label alone or before a colon ("POSITIVE DEVELOPMENT: ...").

    Returns ``(label, rest)``; ``rest`` is the text after the colon (maybe empty). A long
    or multi-sentence paragraph after the label is body text, not a kicker.
    """
    stripped = line.strip()
    m = _KICKER.match(stripped)
    if m and any(c.isalpha() for c in m["label"]) and len(m["label"].split()) <= 5:
        rest = m["rest"].strip()
        short = word_count(rest) <= 30 and not ends_sentence(rest)
        if not rest or short or looks_like_headline(rest):
            return m["label"], rest
        return None
    if is_all_caps(stripped) and 1 <= len(words(stripped)) <= 4 and not ends_sentence(stripped):
        return stripped, ""
    return None


def looks_like_headline(line: str) -> bool:
    """Whether a first line reads as a headline: short and unpunctuated or in Title Case."""
    n = len(words(line))
    if not 2 <= n <= 20 or line.rstrip().endswith((":", ",")):
        return False
    text = line.rstrip().rstrip(";").rstrip()
    if not ends_sentence(text) or line.rstrip().endswith(";"):
        return True
    return is_title_case(text)


def is_title_case(text: str) -> bool:
    """Whether most longer words of ``text`` are capitalized ("Japan Eyes New Sea Rules")."""
    long_words = [w for w in words(text) if len(w) > 3]
    capitalized = sum(1 for w in long_words if w[0].isupper())
    return len(long_words) >= 3 and capitalized >= 0.8 * len(long_words)
