"""Speaker resolution: from the source phrase of a statement to an entity of the article.

- A **name** resolves to the entity whose mention covers the phrase's head word.
- A **pronoun** (he, she) resolves to a person of the article by gender and salience:
  gender is learned from the article itself (pronouns whose only possible antecedent is
  one person; honorifics such as "Ms."), salience from how recently and how often the
  person was mentioned, as a subject, and whether they were the last speaker.
  ``they`` / ``it`` go to the last organisation or group that spoke or was mentioned.
- A **definite description** ("the Japanese lawmaker", "the ministry") resolves to the
  last speaker or most salient recent person (person nouns) or to the organisation or
  place whose name contains the noun, else the most salient recent one (organisation nouns).
- Anything else (indefinite or plural: "Japanese sources", "a senior official") stays an
  **unnamed source**: no entity, the phrase kept as ``source_description``.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from newsdossier.article import Entity, Token
from newsdossier.statements.lexicon import GROUP_NOUNS, PERSON_NOUNS

PERSON_TYPES = frozenset({"PERSON"})
GROUP_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
#: A person whose gender the article never shows can take "he"/"she" only this close.
UNKNOWN_GENDER_REACH = 2
_PRONOUN_GENDER = {
    "himself": "Masc",
    "herself": "Fem",
    "he": "Masc",
    "him": "Masc",
    "his": "Masc",
    "she": "Fem",
    "her": "Fem",
    "hers": "Fem",
}
_HONORIFIC_GENDER = {
    "mr": "Masc",
    "mr.": "Masc",
    "ms": "Fem",
    "ms.": "Fem",
    "mrs": "Fem",
    "mrs.": "Fem",
    "miss": "Fem",
    "sir": "Masc",
    "madam": "Fem",
}
_DEFINITE = frozenset({"the", "this", "that"})

_ORG = frozenset({"ORG"})
_TITLE_ABBREVIATIONS = {
    "sen.": "senator",
    "gov.": "governor",
    "rep.": "representative",
    "dr.": "doctor",
    "gen.": "general",
    "pres.": "president",
    "amb.": "ambassador",
    "sec.": "secretary",
}
#: Organisation nouns that, without a matching name, still point at the organisation
#: the text is about ("the company said").
_GENERIC_ORG_NOUNS = frozenset(
    {
        "company",
        "firm",
        "group",
        "organization",
        "organisation",
        "agency",
        "ministry",
        "department",
        "bank",
        "corporation",
    }
)
_SPOKES = frozenset({"spokesman", "spokeswoman", "spokesperson", "representative"})


@dataclass(frozen=True, slots=True)
class Resolution:
    """Who a source phrase stands for: an entity, or a description kept as written."""

    entity: Entity | None
    description: str | None
    confidence: float
    via: str


@dataclass(frozen=True, slots=True)
class _Mention:
    start: int
    end: int
    entity: Entity
    sent: int
    subject: bool


class Discourse:
    """The article's entities in reading order, with learned genders, for resolution."""

    def __init__(self, tokens: Sequence[Token], entities: Sequence[Entity]) -> None:
        self.tokens = tokens
        self._starts = [t.start for t in tokens]
        found = [
            _Mention(m.start, m.end, e, *self._sent_and_subject(m.start, m.end))
            for e in entities
            for m in e.mentions
            if m.field == "body"
        ]
        self.mentions = sorted(found, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        self.gender = self._learn_gender()

    def _token_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def _sent_and_subject(self, start: int, end: int) -> tuple[int, bool]:
        first = self._token_at(start)
        last = self._token_at(max(start, end - 1))
        span = range(first, last + 1)
        subject = any(
            self.tokens[i].dep in ("nsubj", "nsubjpass") and self.tokens[i].head not in span
            for i in span
        )
        return self.tokens[first].sent, subject

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity whose (smallest) body mention covers ``start..end``."""
        best: _Mention | None = None
        for m in self.mentions:
            if (
                m.start <= start
                and end <= m.end
                and (best is None or m.end - m.start < best.end - best.start)
            ):
                best = m
        return best.entity if best else None

    def entity_named(self, word: str) -> Entity | None:
        """The entity with a name or alias containing ``word`` as a whole word."""
        low = word.lower()
        for m in reversed(self.mentions):
            names = (m.entity.name, *m.entity.aliases)
            if any(low in n.lower().replace("-", " ").split() for n in names):
                return m.entity
        return None

    def titled(self, noun: str, before: int, window: int = 4) -> Entity | None:
        """The last person introduced with ``noun`` as title or apposition before ``before``
        ("Senator Lee", "Sen. Lee", "Lee, the senator")."""
        found: Entity | None = None
        for m in self.mentions:
            if m.start >= before:
                break
            if m.entity.type not in PERSON_TYPES:
                continue
            first = self._token_at(m.start)
            last = self._token_at(max(m.start, m.end - 1))
            near = range(max(0, first - window), min(len(self.tokens), last + window + 2))
            if any(_title_of(self.tokens[i]) == noun for i in near if not first <= i <= last):
                found = m.entity
        return found

    def _learn_gender(self) -> dict[str, str]:
        votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for tok in self.tokens:
            gender = _PRONOUN_GENDER.get(tok.text.lower())
            if gender and tok.pos == "PRON" and not self._speaks(tok):
                for entity, weight in self._pronoun_candidates(tok):
                    votes[entity.id][gender] += weight
        for m in self.mentions:
            if m.entity.type not in PERSON_TYPES:
                continue
            before = self._token_at(m.start) - 1
            if before >= 0:
                g = _HONORIFIC_GENDER.get(self.tokens[before].text.lower())
                if g:
                    votes[m.entity.id][g] += 3.0
        return {
            eid: max(v, key=lambda g: v[g])
            for eid, v in votes.items()
            if v and max(v.values()) > 1.5 * min(v.get("Masc", 0.0), v.get("Fem", 0.0))
        }

    def _co_argument(self, mention: _Mention, tok: Token) -> bool:
        """A non-reflexive pronoun never refers to another argument of its own verb."""
        head = self.tokens[self._token_at(max(mention.start, mention.end - 1))]
        return head.head == tok.head and head.i != tok.i

    def _speaks(self, tok: Token) -> bool:
        """A pronoun that is the subject of a speech verb: its referent is what we resolve."""
        from newsdossier.statements.lexicon import SPEECH_VERBS

        return tok.dep == "nsubj" and self.tokens[tok.head].lemma in SPEECH_VERBS

    def _pronoun_candidates(self, tok: Token) -> list[tuple[Entity, float]]:
        """Persons before a pronoun in its sentence (else the one before): gender votes."""
        for sent in (tok.sent, tok.sent - 1):
            persons = [
                m
                for m in self.mentions
                if m.sent == sent
                and m.start < tok.start
                and m.entity.type in PERSON_TYPES
                and not self._co_argument(m, tok)
            ]
            distinct = {m.entity.id: m for m in persons}
            if len(distinct) == 1:
                return [(persons[0].entity, 1.0)]
            if distinct:
                subjects = [m for m in persons if m.subject]
                return [(subjects[0].entity, 0.5)] if subjects else []
        return []

    def salient(
        self,
        before: int,
        sent: int,
        types: frozenset[str],
        last_speaker: Entity | None,
        gender: str | None = None,
        window: int = 6,
    ) -> tuple[Entity | None, float]:
        """The most salient entity of ``types`` mentioned before offset ``before``."""
        scores: dict[str, float] = defaultdict(float)
        by_id: dict[str, Entity] = {}
        nearest: dict[str, int] = {}
        end = bisect.bisect_left(self._mention_starts, before)
        for m in self.mentions[:end]:
            dist = sent - m.sent
            if m.entity.type not in types or dist > window:
                continue
            scores[m.entity.id] += (2.0 if m.subject else 1.0) / (1.0 + dist)
            by_id[m.entity.id] = m.entity
            nearest[m.entity.id] = dist
        if last_speaker is not None and last_speaker.id in scores:
            scores[last_speaker.id] += 2.0
        for eid in list(scores):
            known = self.gender.get(eid)
            mismatch = bool(known) and known != gender
            too_far = not known and nearest[eid] > UNKNOWN_GENDER_REACH
            if gender and (mismatch or too_far):
                del scores[eid]
            elif gender and not known:
                scores[eid] *= 0.5
            elif gender:
                scores[eid] *= 1.3
        if not scores:
            return None, 0.0
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        margin = ranked[0][1] / (ranked[0][1] + (ranked[1][1] if len(ranked) > 1 else 0.0))
        return by_id[ranked[0][0]], margin


def resolve(
    discourse: Discourse,
    body: str,
    source: tuple[int, int],
    head: int,
    last_speaker: Entity | None,
    last_description: str | None,
) -> Resolution:
    """Resolve the source phrase (token span ``source``, head token ``head``)."""
    tokens = discourse.tokens
    tok = tokens[head]
    text = body[tokens[source[0]].start : tokens[source[1]].end]
    named = discourse.entity_at(tok.start, tok.end)
    if named is not None:
        return Resolution(named, None, 1.0, "name")
    for other in tokens[source[0] : source[1] + 1]:
        if other.dep == "appos" and other.head == head and tok.pos != "PRON":
            named = discourse.entity_at(other.start, other.end)
            if named is not None and named.type in PERSON_TYPES | GROUP_TYPES:
                return Resolution(named, None, 0.9, "name")
    if tok.pos == "PRON":
        return _pronoun(discourse, tok, text, last_speaker, last_description)
    if tok.pos == "PROPN":
        found = discourse.entity_named(tok.text)
        if found is not None:
            return Resolution(found, None, 0.8, "name")
        return Resolution(None, text, 0.7, "unnamed")
    return _description(discourse, tokens, source, tok, text, last_speaker)


def _pronoun(
    discourse: Discourse,
    tok: Token,
    text: str,
    last_speaker: Entity | None,
    last_description: str | None,
) -> Resolution:
    low = tok.text.lower()
    if low in ("he", "she"):
        gender = _PRONOUN_GENDER[low]
        entity, margin = discourse.salient(
            tok.start, tok.sent, PERSON_TYPES, last_speaker, gender, window=12
        )
        if entity is not None:
            return Resolution(entity, None, round(0.5 + 0.4 * margin, 3), "pronoun")
        return Resolution(None, text, 0.5, "unnamed")
    if low in ("they", "it"):
        if low == "they" and last_speaker is None and last_description:
            return Resolution(None, last_description, 0.6, "unnamed")
        if last_speaker is not None and last_speaker.type in GROUP_TYPES:
            return Resolution(last_speaker, None, 0.7, "pronoun")
        entity, margin = discourse.salient(tok.start, tok.sent, _ORG, None, window=2)
        if entity is not None:
            return Resolution(entity, None, round(0.4 + 0.3 * margin, 3), "pronoun")
    return Resolution(None, text, 0.6, "unnamed")


def _description(
    discourse: Discourse,
    tokens: Sequence[Token],
    source: tuple[int, int],
    tok: Token,
    text: str,
    last_speaker: Entity | None,
) -> Resolution:
    span = tokens[source[0] : source[1] + 1]
    definite = span[0].text.lower() in _DEFINITE
    plural = "Number=Plur" in tok.morph
    lemma = tok.lemma.lower()
    if lemma in _SPOKES:
        org = _organisation_of(discourse, span)
        if org is not None:
            return Resolution(org, None, 0.8, "description")
    if not definite or (plural and lemma not in ("authorities",)):
        return Resolution(None, text, 0.7, "unnamed")
    if lemma in PERSON_NOUNS:
        titled = discourse.titled(lemma, tok.start)
        if titled is not None:
            return Resolution(titled, None, 0.8, "description")
        entity, margin = discourse.salient(tok.start, tok.sent, PERSON_TYPES, None, window=3)
        if entity is not None and (last_speaker is None or entity.id == last_speaker.id):
            return Resolution(entity, None, round(0.4 + 0.3 * margin, 3), "description")
    elif lemma in GROUP_NOUNS:
        entity = _group_by_noun(discourse, tok)
        if entity is not None:
            return Resolution(entity, None, 0.8, "description")
    return Resolution(None, text, 0.7, "unnamed")


def _title_of(tok: Token) -> str:
    low = tok.text.lower()
    return _TITLE_ABBREVIATIONS.get(low, tok.lemma.lower())


def _organisation_of(discourse: Discourse, span: Sequence[Token]) -> Entity | None:
    for t in span:
        entity = discourse.entity_at(t.start, t.end)
        if entity is not None and entity.type in GROUP_TYPES - {"NORP"}:
            return entity
    return None


def _group_by_noun(discourse: Discourse, tok: Token) -> Entity | None:
    noun = tok.lemma.lower()
    named = [
        m.entity
        for m in discourse.mentions
        if m.start < tok.start
        and m.entity.type in GROUP_TYPES
        and any(noun in n.lower().split() for n in (m.entity.name, *m.entity.aliases))
    ]
    if named:
        return named[-1]
    if noun not in _GENERIC_ORG_NOUNS:
        return None
    entity, _ = discourse.salient(tok.start, tok.sent, _ORG, None, window=3)
    return entity
