"""Photo captions and their credits: "... Photo: Liao Chen-huei, Taipei Times",
"(AP Photo/Evan Vucci)", "Photo courtesy of MOFA", "CNA photo April 28, 2025"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdossier.clean.dates import MONTH
from newsdossier.clean.text import ends_sentence, word_count

_CREDIT = re.compile(
    r"(?P<credit>[(\[（]?\s*(?:photos?|photograph|image|picture|file photo|photo credit|credit"
    r"|圖|图|照片|写真|사진)\s*(?:by\b|:|：|/|／)\s*(?P<who>[^()\[\]（）\n]{2,100}?)\s*[)\]）]?)"
    r"\s*$",
    re.IGNORECASE,
)
_AGENCY_PHOTO = re.compile(
    r"(?P<credit>[(\[]\s*(?P<who>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?\s+Photos?\s*/\s*[^)\]]{2,60})[)\]])\s*$"
)
_COURTESY = re.compile(
    r"(?P<credit>[(\[]?\s*(?i:(?:photos?|images?)\s+)?(?i:courtesy\s+of)\s+(?P<who>[^()\[\]\n]{2,80}?)"
    rf"(?:\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}})?\s*[)\]]?)\s*$"
)
_DATED_PHOTO = re.compile(
    rf"(?P<credit>(?<!\S)(?P<who>[A-Z][A-Za-z&]{{1,15}}(?:\s[A-Z][A-Za-z&]{{1,15}})?)"
    rf"\s+(?i:file\s+)?(?i:photos?)"
    rf"(?:\s+{MONTH}\s+\d{{1,2}},\s+\d{{4}})?)\s*$"
)
_CREDIT_WORD = re.compile(
    r"photo|image|picture|credit|courtesy|圖|图|照片|写真|사진", re.IGNORECASE
)
_CREDIT_REACH = 160


@dataclass(frozen=True, slots=True)
class Caption:
    """A photo caption (maybe empty) and its credit ("Photo: X, Outlet")."""

    text: str
    credit: str
    outlet: str | None


def parse_caption(line: str) -> Caption | None:
    """A photo caption line ending with a credit ("... Photo: Liao Chen-huei, Taipei Times")."""
    if word_count(line) > 80:
        return None
    tail_start = max(0, len(line) - _CREDIT_REACH)
    tail = line[tail_start:]
    if not _CREDIT_WORD.search(tail):
        return None
    for pattern in (_AGENCY_PHOTO, _CREDIT, _COURTESY, _DATED_PHOTO):
        m = pattern.search(tail)
        if m is None:
            continue
        caption = line[: tail_start + m.start("credit")].strip()
        who = m["who"].strip(" .")
        if (caption and not ends_sentence(caption)) or not _looks_like_credit(who):
            continue  # a credit follows a complete caption, or stands alone
        return Caption(caption, m["credit"].strip(" ()[]（）"), _credit_outlet(who))
    return None


def _credit_outlet(who: str) -> str | None:
    outlet = who.rsplit(",", 1)[1].strip() if "," in who else None
    return outlet if outlet and _looks_like_name(outlet) else None


def _looks_like_credit(who: str) -> bool:
    who = who.removeprefix("the ")
    return bool(who) and who[0].isupper() and word_count(who) <= 10 and not ends_sentence(who)


def _looks_like_name(text: str) -> bool:
    tokens = text.split()
    return 1 <= len(tokens) <= 5 and all(t[0].isupper() for t in tokens if t[0].isalpha())
