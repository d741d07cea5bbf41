"""Lines that are fields, not body: bylines, photo captions and credits, kickers, headlines."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdossier.clean.dates import month_number
from newsdossier.clean.text import ends_sentence, is_all_caps, smart_title, word_count, words

_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|van|von|da|del|la|bin|al-\w+)){0,4}"
_BYLINE = re.compile(
    rf"^(?i:by|byline:|written by|words by|text by)\s+(?P<names>{_NAME}(?:\s+(?:and|&)\s+{_NAME})*)"
    r"(?:\s*(?:/|\||,|—|–|-|\bin\b)\s*(?P<role>[^/|]{2,60}))?\s*\.?$"
)
_CJK_BYLINE = re.compile(r"^(?:記者|文[／/]|撰文[／/]?|【記者)\s*(?P<names>[\u4e00-\u9fff]{2,4})")
_ROLE_WORDS = re.compile(
    r"reporter|writer|correspondent|editor|staff|contributor|columnist|journalist|bureau"
    r"|special to|senior|chief|intern|with\b",
    re.IGNORECASE,
)
_CREDIT = re.compile(
    r"(?P<credit>[(\[（]?\s*(?:photos?|photograph|image|picture|file photo|photo credit|credit"
    r"|圖|图|照片|写真|사진)\s*(?:by\b|:|：|/|／)\s*(?P<who>[^()\[\]（）\n]{2,100}?)\s*[)\]）]?)"
    r"\s*$",
    re.IGNORECASE,
)
_AGENCY_PHOTO = re.compile(
    r"(?P<credit>[(\[]\s*(?P<who>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s+Photos?\s*/\s*[^)\]]{2,60})[)\]])\s*$"
)
_CREDIT_WORD = re.compile(r"photo|image|picture|credit|圖|图|照片|写真|사진", re.IGNORECASE)
_CREDIT_REACH = 160
_KICKER = re.compile(r"^(?P<label>[A-Z0-9][A-Z0-9 '’&.\-]{1,40}[A-Z0-9])\s*[:：]\s*(?P<rest>.*)$")
_ROLE_SPLIT = re.compile(r"\s+(?:and|&)\s+")


@dataclass(frozen=True, slots=True)
class Byline:
    """Author names from a byline, and an outlet when the byline names one."""

    authors: tuple[str, ...]
    outlet: str | None


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption (maybe empty) and its credit ("Photo: X, Outlet")."""

    text: str
    credit: str
    outlet: str | None


def parse_byline(line: str) -> Byline | None:
    """The authors in a byline such as "By Chen Yu-fu / Staff reporter", or None."""
    if word_count(line) > 16 or (ends_sentence(line) and not line.rstrip().endswith(".")):
        return None
    m = _BYLINE.match(line.strip())
    if m is None:
        cjk = _CJK_BYLINE.match(line.strip())
        return Byline((cjk["names"],), None) if cjk else None
    names = [_name(n) for n in _ROLE_SPLIT.split(m["names"]) if n.strip()]
    if not names or any(len(words(n)) > 5 for n in names):
        return None
    role = (m["role"] or "").strip(" .")
    if role and not (_ROLE_WORDS.search(role) or _looks_like_name(role)):
        return None
    if any(month_number(n) or n.lower().endswith("day") for n in names):
        return None
    outlet = role if role and not _ROLE_WORDS.search(role) and role[0].isupper() else None
    return Byline(tuple(names), outlet)


def _name(text: str) -> str:
    name = smart_title(text.strip())
    last = name.split()[-1]
    if last.endswith(".") and len(last) > 3 and last.lower() not in ("jr.", "sr."):
        name = name[:-1]
    return name


def parse_caption(line: str) -> Caption | None:
    """A photo caption line ending with a credit ("... Photo: Liao Chen-huei, Taipei Times")."""
    if word_count(line) > 80:
        return None
    tail_start = max(0, len(line) - _CREDIT_REACH)
    tail = line[tail_start:]
    if not _CREDIT_WORD.search(tail):
        return None
    m = _AGENCY_PHOTO.search(tail) or _CREDIT.search(tail)
    if m is None:
        return None
    caption = line[: tail_start + m.start("credit")].strip()
    who = m["who"].strip(" .")
    if (caption and not ends_sentence(caption)) or not _looks_like_credit(who):
        return None  # a credit follows a complete caption, or stands alone
    outlet = who.rsplit(",", 1)[1].strip() if "," in who else None
    if outlet and not _looks_like_name(outlet):
        outlet = None
    return Caption(caption, m["credit"].strip(" ()[]（）"), outlet)


def _looks_like_credit(who: str) -> bool:
    return bool(who) and who[0].isupper() and word_count(who) <= 10 and not ends_sentence(who)


def _looks_like_name(text: str) -> bool:
    tokens = text.split()
    return 1 <= len(tokens) <= 5 and all(t[0].isupper() for t in tokens if t[0].isalpha())


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
