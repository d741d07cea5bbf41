"""Bylines and reporting credits: "By Chen Yu-fu / Staff reporter", "(By A and B)",
"(Reporting by A; Editing by B)", "Staff writer, with CNA"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdossier.clean.dates import month_number
from newsdossier.clean.text import ends_sentence, smart_title, word_count

_NAME = r"[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|de|van|von|da|del|la|bin|al-\w+)){0,4}"
_NAMES = rf"{_NAME}(?:(?:\s*,\s*|\s+(?:and|&)\s+){_NAME})*"
_BYLINE = re.compile(
    rf"^(?i:by|byline:|written by|words by|text by)\s+(?P<names>{_NAME}(?:\s+(?:and|&)\s+{_NAME})*)"
    r"(?:\s*(?:/|\||,|—|–|-|\bin\b)\s*(?P<role>[^/|]{2,60}))?\s*\.?$"
)
_PAREN_BYLINE = re.compile(
    rf"^[(\[]\s*(?i:by)\s+(?P<names>{_NAMES})\s*[)\]]\.?(?:\s*(?i:enditem|end)\S*)?$"
)
_PLACE = r"[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?"
_CREDIT_NAMES = (
    rf"{_NAME}(?:\s+in\s+{_PLACE})?(?:(?:\s*,\s*|\s+and\s+){_NAME}(?:\s+in\s+{_PLACE})?)*"
)
_CREDIT_PART = (
    r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|translated|produced)"
    rf"(?:\s+and\s+\w+)?\s+by)\s+{_CREDIT_NAMES}"
)
_CREDITS = re.compile(
    rf"^[(\[]?\s*(?P<parts>{_CREDIT_PART}(?:\s*;\s*{_CREDIT_PART})*)\s*[)\]]?\.?$"
)
_REPORTING = re.compile(r"(?i:(?:^|;)\s*reporting\s+by)\s+(?P<names>[^;]+)")
_STAFF = re.compile(
    r"^(?i:(?:by\s+)?(?:staff|our)\s+(?:writers?|reporters?|correspondents?))"
    r"(?:\s*,?\s*(?i:with)\s+(?P<agency>[\w .&]{2,40}?))?\s*\.?$"
)
_CJK_BYLINE = re.compile(r"^(?:記者|文[／/]|撰文[／/]?|【記者)\s*(?P<names>[\u4e00-\u9fff]{2,4})")
_ROLE_WORDS = re.compile(
    r"reporter|writer|correspondent|editor|staff|contributor|columnist|journalist|bureau"
    r"|special to|senior|chief|intern|with\b",
    re.IGNORECASE,
)
_SPLIT = re.compile(r"\s*,\s*|\s+(?:and|&)\s+")
_PLACE_TAIL = re.compile(r"\s+in\s+[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?$")


@dataclass(frozen=True, slots=True)
class Byline:
    """Author names from a byline (maybe none, for "Staff writer"), and an outlet it names.

    ``credit`` marks a reporting credit ("Reporting by A; Editing by B"), which says more
    than the authors: it is listed with the removed lines so nothing is lost.
    """

    authors: tuple[str, ...]
    outlet: str | None
    credit: bool = False


def parse_byline(line: str) -> Byline | None:
    """The authors in a byline or reporting credit line, or None if ``line`` is not one."""
    stripped = line.strip()
    if word_count(stripped) > 40:
        return None
    for parse in (_plain_byline, _parenthesized, _credits, _staff):
        byline = parse(stripped)
        if byline is not None:
            return byline
    cjk = _CJK_BYLINE.match(stripped)
    return Byline((cjk["names"],), None) if cjk else None


def _plain_byline(line: str) -> Byline | None:
    if word_count(line) > 16 or (ends_sentence(line) and not line.endswith(".")):
        return None
    m = _BYLINE.match(line)
    if m is None:
        return None
    names = _names(m["names"], split=re.compile(r"\s+(?:and|&)\s+"))
    role = (m["role"] or "").strip(" .")
    if not names or (role and not (_ROLE_WORDS.search(role) or _looks_like_name(role))):
        return None
    outlet = role if role and not _ROLE_WORDS.search(role) and role[0].isupper() else None
    return Byline(tuple(names), outlet)


def _parenthesized(line: str) -> Byline | None:
    m = _PAREN_BYLINE.match(line)
    names = _names(m["names"], split=_SPLIT) if m else []
    return Byline(tuple(names), None) if names else None


def _credits(line: str) -> Byline | None:
    m = _CREDITS.match(line)
    if m is None or word_count(m["parts"]) > 40:
        return None
    reporting = _REPORTING.search(m["parts"])
    names = _names(reporting["names"], split=_SPLIT) if reporting else []
    return Byline(tuple(names), None, credit=True)


def _staff(line: str) -> Byline | None:
    m = _STAFF.match(line)
    return Byline((), None, credit=True) if m else None


def _names(text: str, *, split: re.Pattern[str]) -> list[str]:
    names = [_name(n) for n in split.split(text.strip()) if n.strip()]
    names = [_PLACE_TAIL.sub("", n) for n in names]
    if any(len(n.split()) > 5 or not n[:1].isupper() for n in names):
        return []
    if any(month_number(n) or n.lower().endswith("day") for n in names):
        return []
    return names


def _name(text: str) -> str:
    name = smart_title(text.strip())
    last = name.split()[-1]
    if last.endswith(".") and len(last) > 3 and last.lower() not in ("jr.", "sr."):
        name = name[:-1]
    return name


def _looks_like_name(text: str) -> bool:
    tokens = text.split()
    return 1 <= len(tokens) <= 5 and all(t[0].isupper() for t in tokens if t[0].isalpha())
