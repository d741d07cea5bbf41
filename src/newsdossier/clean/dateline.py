"""Datelines: "Taipei, April 28 (CNA)", "WASHINGTON (AP) —", "LONDON, March 3 (Reuters) -"."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdossier.clean.dates import MONTH, DateHit, parse_month_day
from newsdossier.clean.text import smart_title
from newsdossier.lang.lexicon import Lexicon, lexicon_for

_CAPS_PLACE = r"[A-Z][A-Z.'’\-]+(?:\s+[A-Z][A-Z.'’\-]+){0,3}"
_TITLE_PLACE = r"[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2}"
_QUALIFIER = r"(?:,\s+[A-Z][A-Za-z.'’\-]*(?:\s+[A-Z][A-Za-z.'’\-]*){0,2})?"
_DATE = rf"(?:{MONTH}\s+[0-3]?\d(?:,\s+(?:19|20)\d\d)?|[0-3]?\d\s+{MONTH}(?:\s+(?:19|20)\d\d)?)"
# A news agency tag: an acronym (AP, CNA, AFP), a name (Reuters, Xinhua), or "dpa".
_AGENCY = r"\(\s?(?P<agency>[A-Z]{2,6}|[A-Z][a-z]{2,15}(?:\s[A-Z][a-z]+){0,2}|[a-z]{2,4})\s?\)"
_SEP = r"(?P<sep>\s*(?:—|–|--|-|_|:)(?=\s|$))"

_WITH_DATE = re.compile(
    rf"^(?P<place>(?:{_CAPS_PLACE}|{_TITLE_PLACE}){_QUALIFIER}),\s+(?P<date>{_DATE})"
    rf"(?:\s*{_AGENCY})?{_SEP}?"
)
_CAPS_ONLY = re.compile(rf"^(?P<place>{_CAPS_PLACE}{_QUALIFIER})(?:\s*{_AGENCY})?{_SEP}?")
_TITLE_AGENCY = re.compile(rf"^(?P<place>{_TITLE_PLACE}{_QUALIFIER})\s*{_AGENCY}{_SEP}?")
# Taipei Times style, on its own line: "AFP, WASHINGTON" or "Reuters and AP, TOKYO".
_AGENCY_FIRST = re.compile(
    r"^(?P<agency>[A-Z]{2,6}|[A-Z][a-z]{2,15})(?:\s*(?:,|and)\s*(?:[A-Z]{2,6}|[A-Z][a-z]{2,15}))*"
    rf",\s+(?P<place>{_CAPS_PLACE}{_QUALIFIER})$"
)


@dataclass(frozen=True, slots=True)
class Dateline:
    """A parsed dateline and how much of its line it takes (``length``, separator included)."""

    text: str
    place: str
    agency: str | None
    date: DateHit | None
    length: int


def parse_dateline(
    line: str, *, whole_line: bool = False, lex: Lexicon | None = None
) -> Dateline | None:
    """The dateline at the start of ``line``, or None.

    ``lex`` gives the labels and words that are not places (English when not given).

    With ``whole_line`` the line must be nothing but a dateline (a dateline on its own
    line, as in "BUFFALO, N.Y. (AP) --"); otherwise body text must follow it.
    """
    if whole_line:
        m = _AGENCY_FIRST.match(line.strip())
        if m and len(m["place"].replace(".", "").replace(" ", "")) >= 3:
            place = ", ".join(smart_title(p.strip()) for p in m["place"].split(","))
            return Dateline(line.strip(), place, m["agency"], None, len(line))
    for pattern in (_WITH_DATE, _CAPS_ONLY, _TITLE_AGENCY):
        m = pattern.match(line)
        if m is None or not _plausible(m, line, lex or lexicon_for("en"), whole_line=whole_line):
            continue
        groups = m.groupdict()
        text = line[: m.end("sep") if groups.get("sep") else m.end()]
        dateline_text = line[: m.start("sep")] if groups.get("sep") else text
        date = parse_month_day(groups["date"]) if groups.get("date") else None
        return Dateline(
            text=dateline_text.strip(),
            place=", ".join(smart_title(p.strip()) for p in groups["place"].split(",")),
            agency=groups.get("agency"),
            date=date,
            length=len(text),
        )
    return None


def _plausible(m: re.Match[str], line: str, lex: Lexicon, *, whole_line: bool) -> bool:
    groups = m.groupdict()
    first = groups["place"].split()[0].strip(".,").lower()
    if first in lex.not_places or groups["place"].strip().lower() in lex.dateline_labels:
        return False
    if not (groups.get("agency") or groups.get("sep")):
        return False  # "Taipei, April 28 A former..." alone is too weak
    rest = line[m.end() :].strip()
    if whole_line:
        return not rest
    if not rest or not (rest[0].isupper() or rest[0] in "\"“'‘"):
        return False
    # "WASHINGTON —" needs an all-caps place of real letters, not an acronym run-in.
    return (
        groups.get("date") is not None
        or groups.get("agency") is not None
        or (len(groups["place"].replace(".", "").replace(" ", "")) >= 3)
    )
