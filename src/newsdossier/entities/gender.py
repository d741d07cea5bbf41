"""Gender evidence for grouping: "Mrs. Clinton" is not "Bill Clinton".

A surname-only mention after a gendered honorific ("Mrs.", "Mr.") may join a full name
only when nothing in the article shows that person as the other gender: no honorific of
the other gender on one of its mentions, no majority of pronouns of the other gender
referring to it (`evidence.pronoun_links`), and no given name that differs from one the
article writes with the same honorific and surname ("Mrs. Hillary Clinton"). The vote
weights and the majority rule are the language layer's (`lang.discourse.GENDER_VOTES`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from newsdossier.article import Field
from newsdossier.entities.candidate import Candidate
from newsdossier.entities.evidence import pronoun_links
from newsdossier.lang.discourse import GENDER_VOTES
from newsdossier.lang.index import BodyIndex
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.morph import given_name_gender, pronoun_gender

#: Characters before a mention searched for the honorific right before it.
_HONORIFIC_WINDOW = 12


def honorific_before(text: str, start: int, lex: Lexicon) -> str | None:
    """``"Masc"``/``"Fem"`` when the word right before ``start`` is a gendered honorific."""
    before = text[max(0, start - _HONORIFIC_WINDOW) : start].split()
    if not before or not text[start - 1 : start].isspace():
        return None
    return lex.reference.honorific_gender.get(before[-1].lower())


def name_parts(text: str, lex: Lexicon) -> list[str]:
    """A name's words without a leading honorific or a generational suffix."""
    parts = [p for p in text.split() if p.lower().rstrip(".") not in lex.name_suffixes]
    if parts and parts[0].lower() in lex.reference.honorific_gender:
        parts = parts[1:]
    return parts


def names_gender(names: Sequence[str], lex: Lexicon) -> str | None:
    """The gender the given names of a person's full names show (`given_name_gender`),
    when they show one and agree."""
    found = {g for g in (given_name_gender(name, lex) for name in names) if g}
    return next(iter(found)) if len(found) == 1 else None


@dataclass(frozen=True, slots=True)
class Genders:
    """The gender evidence of an article's candidates, read once before grouping."""

    #: The honorific's gender on each candidate (None when it has none).
    honorific: tuple[str | None, ...]
    #: Person pronouns of each gender referring back to each candidate index.
    pronouns: dict[int, Counter[str]]
    #: Given names the article writes after an honorific: (surname, gender) -> names.
    given: dict[tuple[str, str], set[str]]
    #: Of `pronouns`, those outside quotes that are a clause's subject ("she said"):
    #: possessives and objects ("recover from *her* illness") more often belong to
    #: someone else named nearby.
    subject_pronouns: dict[int, Counter[str]] = field(default_factory=dict)

    @classmethod
    def read(
        cls, cands: Sequence[Candidate], body: BodyIndex, texts: dict[Field, str], lex: Lexicon
    ) -> Genders:
        """Honorifics on every candidate, pronouns referring to them, honorific given names."""
        honorific = tuple(_candidate_honorific(c, texts, lex) for c in cands)
        pronouns: dict[int, Counter[str]] = defaultdict(Counter)
        subjects: dict[int, Counter[str]] = defaultdict(Counter)
        quoted = _quoted_tokens(body)
        for token, i in pronoun_links(cands, body, lex):
            gender = pronoun_gender(token, lex)
            if gender:
                pronouns[i][gender] += 1
                if token.dep in _SUBJECT_DEPS and token.i not in quoted:
                    subjects[i][gender] += 1
        given: dict[tuple[str, str], set[str]] = defaultdict(set)
        for cand, gender in zip(cands, honorific, strict=True):
            parts = name_parts(cand.text, lex)
            if gender and len(parts) >= 2:
                given[(parts[-1], gender)].add(parts[0])
        return cls(honorific, dict(pronouns), dict(given), dict(subjects))

    def of(self, i: int) -> str | None:
        """The honorific gender of candidate ``i`` (None for a candidate added later)."""
        return self.honorific[i] if i < len(self.honorific) else None

    def group_gender(self, idx: Sequence[int], *, subjects_only: bool = False) -> str | None:
        """The gender the article shows for a group, if one gender has a clear majority
        (with ``subjects_only``, only the subject pronouns outside quotes vote)."""
        votes: dict[str, float] = defaultdict(float)
        linked = self.subject_pronouns if subjects_only else self.pronouns
        for i in idx:
            gender = self.of(i)
            if gender and not subjects_only:
                votes[gender] += GENDER_VOTES["honorific"]
            for pron, n in linked.get(i, Counter()).items():
                votes[pron] += GENDER_VOTES["sole_antecedent"] * n
        if not votes:
            return None
        best = max(votes, key=votes.__getitem__)
        other = sum(v for g, v in votes.items() if g != best)
        return best if votes[best] > GENDER_VOTES["majority"] * other else None

    def may_join(self, gender: str | None, surname: str, owner: Sequence[Sequence[str]]) -> bool:
        """Whether a surname-only mention with an honorific of ``gender`` can be the person
        whose full names are ``owner`` (name words, see `name_parts`)."""
        if gender is None:
            return True
        given = self.given.get((surname, gender))
        firsts = {parts[0] for parts in owner if len(parts) >= 2 and parts[-1] == surname}
        return not (given and firsts and not firsts & given)


def _candidate_honorific(cand: Candidate, texts: dict[Field, str], lex: Lexicon) -> str | None:
    """The gender of an honorific before the candidate, or opening it ("Mrs. Lee")."""
    first = cand.text.split(maxsplit=1)[0].lower() if cand.text.strip() else ""
    if first in lex.reference.honorific_gender:
        return lex.reference.honorific_gender[first]
    return honorific_before(texts.get(cand.field, ""), cand.start, lex)


#: Dependencies of a pronoun that is its clause's subject.
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})

#: Quotation marks that open, close, or do either ("), by the token they are.
_OPENING = frozenset("“«„「『")
_CLOSING = frozenset("”»」』")
_EITHER = frozenset('"')


def _quoted_tokens(body: BodyIndex) -> frozenset[int]:
    """Indices of the body tokens between quotation marks (a paragraph break closes an
    open quote)."""
    inside = False
    found: set[int] = set()
    for tok in body.tokens:
        text = tok.text
        if "\n" in text and not text.strip():
            inside = False
        elif text in _OPENING:
            inside = True
        elif text in _CLOSING:
            inside = False
        elif text in _EITHER:
            inside = not inside
        elif inside:
            found.add(tok.i)
    return frozenset(found)
