"""Person names in title-case lines: headline words the model took for part of a name.

In a headline every word is capitalised, so the model reads "Derelict Obama" or "Clinton
Plan" as one name. Within a title-case line (the title, or a body line where most words
are capitalised), the parse of the article decides: a leading word spaCy tags as an
adjective, verb or common noun (on the line itself, or written in lower case elsewhere in
the body) is cut from a person's name, and so is such a common noun after a surname the
article gives a person ("Clinton Plan", "Obama Speech": a mention of Clinton, of Obama).
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdossier.article import Field
from newsdossier.entities.candidate import Candidate
from newsdossier.lang.index import BodyIndex
from newsdossier.lang.lexicon import Lexicon

#: Parts of speech of words that are not names (Universal Dependencies tags).
_COMMON_POS = frozenset({"ADJ", "VERB", "NOUN"})
#: A line is title case when more than this share of its content words is capitalised
#: ("most words", by the plain meaning; stop words such as "of" are left out).
_TITLE_CASE_SHARE = 0.5
#: Most words a headline line has: a longer line is prose, however many names it holds
#: ("During an interview with NBC News Senior Investigative Correspondent Cynthia McFadden
#: ... Marcel Lazăr Lehel, the hacker known as ..." is 50 words).
_HEADLINE_MAX_WORDS = 25


def fix_headline_names(
    cands: list[Candidate],
    texts: dict[Field, str],
    body: BodyIndex,
    lex: Lexicon,
    common: frozenset[str] | None = None,
) -> list[Candidate]:
    """Person candidates in title-case lines cut at common words (see the module);
    ``common``: `common_words` of the body, when already known."""
    common = common_words(body) if common is None else common
    surnames = {c.text.split()[-1] for c in cands if c.label == "PERSON" and c.text.split()}
    out = []
    for cand in cands:
        text = texts.get(cand.field, "")
        parts = cand.text.split()
        if cand.label != "PERSON" or len(parts) < 2 or not title_case_line(text, cand, lex):
            out.append(cand)
            continue
        if _is_common(parts[0], cand.start, cand.field, body, common):
            start = cand.start + len(parts[0])
            while text[start].isspace():
                start += 1
            cand = Candidate.make(
                start,
                cand.end,
                text[start : cand.end],
                cand.label,
                cand.field,
                cand.origin,
                cand.model_labels,
            )
            parts = parts[1:]
        if len(parts) < 2:
            out.append(cand)
            continue
        last_start = cand.start + cand.text.rindex(parts[-1])
        is_compound = " ".join(parts[:-1]) in surnames or parts[-2] in surnames
        if is_compound and _is_common(parts[-1], last_start, cand.field, body, common):
            end = last_start
            while text[end - 1].isspace():
                end -= 1
            cand = Candidate.make(
                cand.start,
                end,
                text[cand.start : end],
                cand.label,
                cand.field,
                cand.origin,
                cand.model_labels,
            )
        out.append(cand)
    return out


def common_words(body: BodyIndex) -> frozenset[str]:
    """Words the body writes in lower case and spaCy tags as adjective, verb or noun."""
    return frozenset(
        t.text.lower() for t in body.tokens if t.pos in _COMMON_POS and t.text[:1].islower()
    )


def _is_common(
    word: str, start: int, field: Field, body: BodyIndex, common: frozenset[str]
) -> bool:
    """Whether spaCy reads ``word`` as a common word: here, or in lower case elsewhere."""
    if field == "body":
        index = body.by_start.get(start)
        if index is not None and body.tokens[index].pos in _COMMON_POS:
            return True
    return word.lower() in common


def title_case_line(text: str, cand: Candidate, lex: Lexicon) -> bool:
    """Whether the candidate sits in the title or in a body line of headline length where
    most content words are capitalised."""
    if cand.field == "title":
        return True
    left = text.rfind("\n", 0, cand.start) + 1
    right = text.find("\n", cand.end)
    line = text[left : right if right >= 0 else len(text)]
    if len(line.split()) > _HEADLINE_MAX_WORDS:
        return False
    words: Sequence[str] = [
        w for w in line.split() if w[:1].isalpha() and w.lower() not in lex.stop_words
    ]
    capital = sum(1 for w in words if w[:1].isupper())
    return bool(words) and capital > _TITLE_CASE_SHARE * len(words)
