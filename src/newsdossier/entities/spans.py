"""Candidate mentions: the model's spans repaired at brackets, quotes and possessives.

`repair_mentions` turns the model's `Mention`s into `Candidate`s, the working copies
the article's entities are built from.
"""

from __future__ import annotations

import re

from newsdossier.article import Field, Mention
from newsdossier.entities.candidate import Candidate
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.places import country_named, us_state_named
from newsdossier.lang.text import CLOSE_BRACKETS, OPEN_BRACKETS, QUOTES, is_cjk

_TRIM = set(OPEN_BRACKETS + CLOSE_BRACKETS + QUOTES + ",;:!?*•|/\\ \t\n\u3000")
_INNER_POSSESSIVE = re.compile(r"['’]s\s+")
_END_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_LEADING_ARTICLE = re.compile(r"(?:the|The|THE)\s+")
_HYPHEN_TAIL = re.compile(r"^-[a-z]{1,3}\b")
_ADJECTIVE_ENDINGS = ("ive", "al", "ary", "ial", "ic", "ous", "ern")
#: A party-and-district label after a politician's name: "(D-Newport News)", "(R-Ky.)",
#: "(I - Vt.)". It says where the person sits, and is never a name of its own.
_PARTY_LABEL = re.compile(r"\(\s*(?:[DRIL]|Dem|Rep|Ind|Lib)\.?\s?[-–—]\s?[A-Z][^()\n]{0,40}\)")
#: A nickname in quotes between a given name and a surname: 'Marcia "Cia" Price'.
_NICKNAME = re.compile(r"\b[A-Z][a-z][\w'.-]*\s+[\"“][A-Z][\w'.-]*[\"”]\s+[A-Z][\w'-]+")


def repair_mentions(
    mentions: tuple[Mention, ...], texts: dict[Field, str], lex: Lexicon
) -> list[Candidate]:
    """Model mentions with spans repaired; spans that are not names are dropped."""
    out: list[Candidate] = []
    for mention in mentions:
        text = texts.get(mention.field, "")
        for start, end in _pieces(text, mention.start, mention.end):
            trimmed = _trim(text, start, end)
            if trimmed[1] <= trimmed[0] or not _looks_like_name(text, *trimmed):
                continue
            start, end = _keep_country_article(text, start, *trimmed)
            if mention.label == "PERSON":
                start = _after_title(text, start, end, lex)
            elif mention.label not in _NOT_TITLED_LABELS:
                start = _after_leading_title(text, start, end, lex)
            label = mention.label
            out.append(
                Candidate.make(
                    start, end, text[start:end], label, mention.field, model_labels=[label]
                )
            )
    out = _drop_party_labels(out, texts)
    out = _join_nicknames(out, texts, lex)
    return _drop_title_adjectives(out, texts, lex)


def _inside(cand: Candidate, spans: list[tuple[int, int]]) -> bool:
    return any(s <= cand.start and cand.end <= e for s, e in spans)


def _drop_party_labels(cands: list[Candidate], texts: dict[Field, str]) -> list[Candidate]:
    """Drop spans inside a party-and-district label ("(D-Newport News)", "(R-Ky.)"): the
    label describes the person named before it and is not itself an entity."""
    labels = {
        field: [m.span() for m in _PARTY_LABEL.finditer(text)]
        for field, text in texts.items()
        if "(" in text
    }
    return [c for c in cands if not _inside(c, labels.get(c.field, []))]


def _join_nicknames(
    cands: list[Candidate], texts: dict[Field, str], lex: Lexicon
) -> list[Candidate]:
    """A person's name with a quoted nickname inside ('Marcia "Cia" Price') is one person
    mention: the model's pieces of it (split at the quotes, often mislabelled as a title)
    are replaced by the whole name. The three words must be a name's, not a stop word
    before a quoted word ('The "Inside" Story'), the model must have taken some of it for a
    name, and the first word, if the model took it, for a person's ('CNN "Yes" Monday' is
    no name)."""
    for field, text in texts.items():
        if '"' not in text and "\u201c" not in text:
            continue
        for match in _NICKNAME.finditer(text):
            start, end = match.span()
            if match.group().split()[0].lower() in lex.stop_words:
                continue
            inside = [c for c in cands if c.field == field and c.start < end and start < c.end]
            first_end = start + len(match.group().split()[0])
            on_first = [c for c in inside if c.start < first_end]
            if not inside or any(c.label != "PERSON" for c in on_first):
                continue
            cands = [c for c in cands if c not in inside]
            cands.append(
                Candidate.make(start, end, text[start:end], "PERSON", field, "model", ["PERSON"])
            )
    return cands


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split a span at line breaks, inner possessives and between comma-listed names."""
    pieces = [(start, end)]
    for splitter in (_split_lines, _split_possessive, _split_quote, _split_comma_list):
        pieces = [p for s, e in pieces for p in splitter(text, s, e)]
    return pieces


def _split_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out, pos = [], start
    for line in text[start:end].split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return [max(out, key=lambda p: p[1] - p[0])]


def _split_possessive(text: str, start: int, end: int) -> list[tuple[int, int]]:
    match = _INNER_POSSESSIVE.search(text, start, end)
    if not match:
        return [(start, end)]
    rest = text[match.end() : end]
    pieces = [(start, match.start())]
    if len(rest.split()) >= 2 and rest[:1].isupper():
        pieces.append((match.end(), end))
    return pieces


def _split_quote(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A quote mark inside a span (not an apostrophe within a word) ends the name."""
    for pos in range(start + 1, end - 1):
        ch = text[pos]
        if ch in QUOTES and not (text[pos - 1].isalpha() and text[pos + 1].isalpha()):
            return [(start, pos)]
    return [(start, end)]


def _split_comma_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    parts = text[start:end].split(", ")
    if len(parts) < 2 or any(len(p.split()) < 2 for p in parts):
        return [(start, end)]
    out, pos = [], start
    for part in parts:
        out.append((pos, pos + len(part)))
        pos += len(part) + 2
    return out


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip brackets, quotes, punctuation, a leading "the" and a final possessive."""
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    article = _LEADING_ARTICLE.match(text, start, end)
    if article and end - article.end() > 1:
        start = article.end()
    possessive = _END_POSSESSIVE.search(text[start:end])
    if possessive and possessive.start() > 0:
        end = start + possessive.start()
    tail = _HYPHEN_TAIL.match(text[end:])
    if tail:
        end += tail.end()
    elif text[end : end + 1] == "-" or text[end - 1 : end] == "-":
        cut_word = re.match(r"-?[a-z]{1,3}\b", text[end:])
        if cut_word:
            end += cut_word.end()
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    return start, end


def _after_title(text: str, start: int, end: int, lex: Lexicon) -> int:
    """A person span the model began with a title ("Taipei Mayor Chiang") starts after it.

    A title-like word inside a name ("Martin Luther King Jr.") is kept: a cut must leave
    at least two words, or follow a word that is only ever a title.
    """
    cut = start
    matches = list(re.finditer(r"\S+", text[start:end]))
    for n, match in enumerate(matches[:-1]):
        word = match.group()
        low = word.lower()
        rest = [
            m.group()
            for m in matches[n + 1 :]
            if m.group().lower().rstrip(".") not in lex.name_suffixes
        ]
        strong = low in lex.leading_titles
        if (strong and rest) or (n > 0 and lex.is_title_word(word) and len(rest) >= 2):
            cut = start + match.end()
            while cut < end and text[cut].isspace():
                cut += 1
    return cut


#: Labels whose names may begin with a title that is part of the name: "King County",
#: "President Hotel", "General Motors", "Queen Elizabeth Hospital".
_NOT_TITLED_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP"})


def _after_leading_title(text: str, start: int, end: int, lex: Lexicon) -> int:
    """A span the model gave a type no person has that begins with a capitalised title
    or honorific before title-case name words ("Cardinal Siri" as a product, "Pope Pius
    II" as a law) starts after the title: the title before the name then votes for a
    person, and the name groups with its bare mentions ("Siri"). Kept whole when a word
    after the title heads an organisation or a law ("Queen Mary University")."""
    matches = list(re.finditer(r"\S+", text[start:end]))
    if len(matches) < 2:
        return start
    first = matches[0].group()
    low = first.lower().rstrip(".")
    if not first[:1].isupper() or not (lex.is_title_word(low) or low in lex.honorifics):
        return start
    barred = lex.org_heads | lex.corporate_suffixes | lex.law_heads
    for word in (m.group() for m in matches[1:]):
        low = word.lower()
        if not word[:1].isupper() or low in barred or lex.is_title_word(low):
            return start
    return start + matches[1].start()


def _keep_country_article(text: str, original: int, start: int, end: int) -> tuple[int, int]:
    """Countries keep a written "the" ("the United States" is how the name is used)."""
    article = start > original and text[original:start].strip().lower() == "the"
    if article and country_named(text[start:end]):
        return original, end
    return start, end


def _looks_like_name(text: str, start: int, end: int) -> bool:
    surface = text[start:end]
    if is_cjk(surface):
        return True
    first = next((ch for ch in surface if ch.isalpha()), "")
    return bool(first) and (first.isupper() or not first.isascii())


def _drop_title_adjectives(
    cands: list[Candidate], texts: dict[Field, str], lex: Lexicon
) -> list[Candidate]:
    """Drop one-word adjectives the model took for names inside a title ("Legislative Speaker")."""
    kept = []
    for cand in cands:
        word = cand.text
        following = texts.get(cand.field, "")[cand.end :].split(maxsplit=1)
        if (
            " " not in word
            and word.lower().endswith(_ADJECTIVE_ENDINGS)
            and following
            and lex.is_title_word(following[0])
        ):
            continue
        kept.append(cand)
    return kept


#: "<title> of" right before a word: what makes it the end of a title phrase.
_TITLE_OF = re.compile(r"(\S+)\s+of\s+$")


def drop_title_tails(
    cands: list[Candidate], texts: dict[Field, str], common: frozenset[str], lex: Lexicon
) -> list[Candidate]:
    """Drop one-word candidates that end a title phrase and are common words of the body
    ("Secretary of State Jon Husted" over a body that writes "the state": not an
    organisation named "State"); places ("President of France") and names the body never
    writes in lower case ("chairman of Goldman") stay."""
    kept = []
    for cand in cands:
        before = texts.get(cand.field, "")[max(0, cand.start - 40) : cand.start]
        title = _TITLE_OF.search(before)
        if (
            " " not in cand.text
            and title is not None
            and lex.is_title_word(title.group(1))
            and cand.text.lower() in common
            and not country_named(cand.text)
            and not us_state_named(cand.text)
        ):
            continue
        kept.append(cand)
    return kept
