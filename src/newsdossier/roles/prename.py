"""Titles written before a name: "Japanese Prime Minister Sanae Takaichi",
"former President Tsai Ing-wen", "Then-Japan-Taiwan Exchange Association representative
Hiroyasu Izumi". Text-based, so it also reads captions, titles and kickers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsdossier.article import Field
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.places import country_named, country_of_demonym
from newsdossier.lang.text import is_capitalized
from newsdossier.roles.common import MentionMap, Placed, organization_name

_WORD = re.compile(r"\S+")
_MARKER_PREFIX = re.compile(r"^(?P<m>[Tt]hen|[Ee]x|[Ff]ormer)-(?P<rest>.+)$")
_MAX_WORDS = 9


@dataclass(frozen=True, slots=True)
class Prefix:
    """A title phrase before a name, split into its parts."""

    start: int
    title: str
    organization: str | None
    former: bool
    plural: bool


@dataclass(frozen=True, slots=True)
class _Word:
    start: int
    end: int
    text: str
    marker: bool = False


def title_before(
    text: str, field: Field, start: int, mentions: MentionMap, lex: Lexicon
) -> Prefix | None:
    """The title phrase that ends right before offset ``start``, if any."""
    phrase = _phrase_before(text, field, start, mentions, lex)
    while phrase and _function_word(phrase[0], lex):
        phrase.pop(0)
    while phrase and phrase[-1].text.lower() in lex.honorifics:
        phrase.pop()
    head = _head(phrase, lex)
    if head is None:
        return None
    words = [w for w in phrase if not w.marker]
    first = _title_start(words, words.index(phrase[head]), field, mentions, lex)
    org_words = words[:first]
    title_words = words[first:]
    org_text = text[org_words[0].start : org_words[-1].end] if org_words else ""
    org_mentions = mentions.at(field, org_words[0].start, org_words[-1].end) if org_words else []
    organization = organization_name(org_text, org_mentions) if org_text else None
    if org_text and not _is_country_words(org_text):
        title_words = words
    title = text[title_words[0].start : title_words[-1].end]
    last = phrase[head].text
    title = (
        title[: len(title) - len(last)] + lex.singular_title(last)
        if title.endswith(last)
        else title
    )
    return Prefix(
        start=phrase[0].start,
        title=title,
        organization=organization,
        former=any(w.marker for w in phrase),
        plural=lex.singular_title(last) != last,
    )


def _phrase_before(
    text: str, field: Field, start: int, mentions: MentionMap, lex: Lexicon
) -> list[_Word]:
    """Capitalised words, title words and former-markers directly before ``start``."""
    window_start = max(0, start - 160)
    tokens = [m for m in _WORD.finditer(text, window_start, start)]
    if tokens and text[tokens[-1].end() : start].strip():
        return []
    phrase: list[_Word] = []
    following = start
    for match in reversed(tokens):
        word = match.group()
        if "\n" in text[match.end() : following]:
            break
        following = match.start()
        if word[-1] in ',;:.!?)）"”' and not re.fullmatch(r"(?:[A-Z]\.)+|[A-Z][a-z]{1,3}\.", word):
            break
        if _other_person(mentions, field, match.start(), match.end()):
            break
        marker = _MARKER_PREFIX.match(word)
        if marker:
            offset = match.start() + len(marker["m"]) + 1
            phrase.insert(0, _Word(offset, match.end(), marker["rest"]))
            phrase.insert(0, _Word(match.start(), offset - 1, marker["m"], marker=True))
            break
        low = word.lower()
        if low in lex.former_markers:
            phrase.insert(0, _Word(match.start(), match.end(), word, marker=True))
            continue
        if low in lex.phrase_stops or not (is_capitalized(word) or _titleish(word, lex)):
            break
        phrase.insert(0, _Word(match.start(), match.end(), word))
        if len(phrase) >= _MAX_WORDS or word.endswith(("’s", "'s")):
            break
    return phrase


def _function_word(word: _Word, lex: Lexicon) -> bool:
    """ "Since", "of" at the start of a phrase; not "US" (a country, though "us" is a stop word)."""
    return not word.marker and word.text.lower() in lex.stop_words and not word.text.isupper()


def _titleish(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return lex.is_title_word(word) or low in lex.title_modifiers or low in {"of", "for"}


def _other_person(mentions: MentionMap, field: Field, start: int, end: int) -> bool:
    return any(p.entity.type == "PERSON" for p in mentions.at(field, start, end))


def _head(phrase: list[_Word], lex: Lexicon) -> int | None:
    """Index of the title noun: the last title word, followed only by "of/for Name"."""
    for index in range(len(phrase) - 1, -1, -1):
        word = phrase[index]
        if word.marker:
            continue
        if lex.is_title_word(word.text):
            rest = phrase[index + 1 :]
            if all(w.text.lower() in ("of", "for") or is_capitalized(w.text) for w in rest):
                return index
            return None
    return None


def _title_start(
    words: list[_Word], head: int, field: Field, mentions: MentionMap, lex: Lexicon
) -> int:
    """Where the title begins: title words and modifiers left of the head, not org names."""
    first = head
    while first > 0:
        word = words[first - 1]
        low = word.text.lower()
        in_entity = any(
            p.entity.type in ("ORG", "GPE", "NORP", "LOC", "FAC")
            for p in mentions.at(field, word.start, word.end)
        )
        if in_entity or low in lex.org_heads or word.text.endswith(("’s", "'s")):
            break
        if not (
            lex.is_title_word(word.text) or low in lex.title_modifiers or is_capitalized(word.text)
        ):
            break
        if _is_country_words(word.text):
            break
        first -= 1
    return first


def _is_country_words(text: str) -> bool:
    text = text.strip().rstrip("’'s").strip()
    return bool(country_named(text, allow_codes=True) or country_of_demonym(text))


__all__ = ["Placed", "Prefix", "title_before"]
