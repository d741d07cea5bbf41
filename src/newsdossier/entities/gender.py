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
from dataclasses import dataclass

from newsdossier.article import Field
from newsdossier.entities.candidate import Candidate
from newsdossier.entities.evidence import pronoun_links
from newsdossier.lang.discourse import GENDER_VOTES
from newsdossier.lang.index import BodyIndex
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.morph import pronoun_gender

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


@dataclass(frozen=True, slots=True)
class Genders:
    """The gender evidence of an article's candidates, read once before grouping."""

    #: The honorific's gender on each candidate (None when it has none).
    honorific: tuple[str | None, ...]
    #: Person pronouns of each gender referring back to each candidate index.
    pronouns: dict[int, Counter[str]]
    #: Given names the article writes after an honorific: (surname, gender) -> names.
    given: dict[tuple[str, str], set[str]]

    @classmethod
    def read(
        cls, cands: Sequence[Candidate], body: BodyIndex, texts: dict[Field, str], lex: Lexicon
    ) -> Genders:
        """Honorifics on every candidate, pronouns referring to them, honorific given names."""
        honorific = tuple(_candidate_honorific(c, texts, lex) for c in cands)
        pronouns: dict[int, Counter[str]] = defaultdict(Counter)
        for token, i in pronoun_links(cands, body, lex):
            gender = pronoun_gender(token, lex)
            if gender:
                pronouns[i][gender] += 1
        given: dict[tuple[str, str], set[str]] = defaultdict(set)
        for cand, gender in zip(cands, honorific, strict=True):
            parts = name_parts(cand.text, lex)
            if gender and len(parts) >= 2:
                given[(parts[-1], gender)].add(parts[0])
        return cls(honorific, dict(pronouns), dict(given))

    def of(self, i: int) -> str | None:
        """The honorific gender of candidate ``i`` (None for a candidate added later)."""
        return self.honorific[i] if i < len(self.honorific) else None

    def group_gender(self, idx: Sequence[int]) -> str | None:
        """The gender the article shows for a group, if one gender has a clear majority."""
        votes: dict[str, float] = defaultdict(float)
        for i in idx:
            gender = self.of(i)
            if gender:
                votes[gender] += GENDER_VOTES["honorific"]
            for pron, n in self.pronouns.get(i, Counter()).items():
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
