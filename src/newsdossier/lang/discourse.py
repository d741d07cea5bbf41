"""Salience over an article's mentions: who was mentioned how recently, how often, as a
subject, and with which gender the article shows them.

`Discourse` is shared by the stages that resolve a pronoun or a description to an entity
(statements' speakers, events' and relations' actors). Gender is learned from the article
itself: pronouns whose only possible antecedent is one person, and honorifics ("Ms.").
The words it reads (honorifics, title abbreviations, verbs of saying, pronouns) come from
the `Lexicon` it is given.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from newsdossier.article import Entity, Token
from newsdossier.lang.lexicon import FALLBACK_LANGUAGE, Lexicon, ReferenceWords, lexicon_for
from newsdossier.lang.morph import given_name_gender, lone_given_name_gender, pronoun_gender
from newsdossier.lang.recent import Recent

PERSON_TYPES = frozenset({"PERSON"})
#: A person whose gender the article never shows can take "he"/"she" only this many
#: sentences away (hand-set: beyond two sentences such guesses were mostly wrong on the
#: statement seed articles).
UNKNOWN_GENDER_REACH: Final = 2
#: Sentences back that `Discourse.salient` looks by default.
DEFAULT_WINDOW: Final = 6
#: Tokens around a person's mention searched for a title by `Discourse.titled`.
TITLE_WINDOW: Final = 4

#: Gender votes, in pronoun-votes (hand-set; checked on the statement seed articles and
#: the PolNeAR scorer, eval/polnear.py): an honorific before a name is near-certain, a
#: pronoun with one possible antecedent is one vote, a pronoun with several candidates
#: gives half a vote to the first subject among them; a given name nearly always borne by
#: one gender (`ReferenceWords.given_name_gender`) is two votes, once per person, so one
#: pronoun read to the wrong antecedent ("Michael Lee said ... her career") does not
#: outvote it, and two pronouns cancel it; a person named by a lone given name ("Alice",
#: `ReferenceWords.lone_given_name_gender`) is one vote. A gender is learned when its votes exceed
#: ``majority`` times the other gender's.
GENDER_VOTES: Final = {
    "honorific": 3.0,
    "given_name": 2.0,
    "lone_given_name": 1.0,
    "sole_antecedent": 1.0,
    "subject_antecedent": 0.5,
    "majority": 1.5,
}

#: Salience of a mention, divided by (1 + sentences since it): a subject counts double;
#: the last speaker gets a bonus; with a pronoun's gender, a person of that known gender
#: is boosted and one of unknown gender halved (hand-set, same provenance as above).
SALIENCE: Final = {
    "subject": 2.0,
    "mention": 1.0,
    "last_speaker": 2.0,
    "known_gender": 1.3,
    "unknown_gender": 0.5,
}


@dataclass(frozen=True, slots=True)
class DiscourseMention:
    """A body mention of an entity, with its sentence and whether it is a subject."""

    start: int
    end: int
    entity: Entity
    sent: int
    subject: bool


def title_of(tok: Token, words: ReferenceWords) -> str:
    """The title noun a token stands for (``Sen.`` -> ``senator``), else its lemma."""
    low = tok.text.lower()
    return words.title_abbreviations.get(low, tok.lemma.lower())


class Discourse:
    """The article's entities in reading order, with learned genders, for resolution.

    Only name mentions count (``Mention.kind == "name"``): the pronouns and descriptions
    the coreference stage adds are what this class resolves, not evidence for it.

    ``lexicon`` is the article's language's (`lexicon_for`); without one, the fallback
    language's.
    """

    def __init__(
        self,
        tokens: Sequence[Token],
        entities: Sequence[Entity],
        lexicon: Lexicon | None = None,
    ) -> None:
        self.tokens = tokens
        self.lexicon = lexicon if lexicon is not None else lexicon_for(FALLBACK_LANGUAGE)
        self._starts = [t.start for t in tokens]
        found = [
            DiscourseMention(m.start, m.end, e, *self._sent_and_subject(m.start, m.end))
            for e in entities
            for m in e.mentions
            if m.field == "body" and m.kind == "name"
        ]
        self.mentions = sorted(found, key=lambda m: m.start)
        self._mention_starts = [m.start for m in self.mentions]
        #: The coreference layer's pronoun and description mentions, by span.
        self.coreferent: dict[tuple[int, int], Entity] = {
            (m.start, m.end): e
            for e in entities
            for m in e.mentions
            if m.field == "body" and m.kind != "name"
        }
        #: Entity id -> "Masc"/"Fem": the article's evidence, a given name's prior with it.
        self.gender: dict[str, str] = {}
        #: The ids whose gender in `gender` the article's own words show (a pronoun or an
        #: honorific), not the given name alone: only these are favoured for a pronoun.
        self.attested: set[str] = set()
        self._learn_gender()

    def _token_at(self, offset: int) -> int:
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def _sent_and_subject(self, start: int, end: int) -> tuple[int, bool]:
        first = self._token_at(start)
        return self.tokens[first].sent, self._subject_in(start, end) is not None

    def _subject_in(self, start: int, end: int) -> Token | None:
        """The token of ``start..end`` that is the subject of a verb outside it, if any."""
        span = range(self._token_at(start), self._token_at(max(start, end - 1)) + 1)
        for i in span:
            tok = self.tokens[i]
            if tok.dep in ("nsubj", "nsubjpass") and tok.head not in span:
                return tok
        return None

    def heads_main_clause(self, mention: DiscourseMention, reported_by: int | None = None) -> bool:
        """Whether the mention is the subject of its sentence's main verb ("Rubio
        disagreed.", "..., but Christie wasn't having it."), not of a clause inside it
        ("... on whether Clinton faces ..."). A clause the parser hangs under the verb
        ``reported_by`` (token index) counts as main: in "Biden weighed in, 'Quote,' he
        said" the parser makes "weighed" the complement of "said"."""
        subject = self._subject_in(mention.start, mention.end)
        if subject is None:
            return False
        verb = self.tokens[subject.head]
        while verb.dep == "conj" and verb.head != verb.i:
            verb = self.tokens[verb.head]
        reported = verb.dep in ("ccomp", "parataxis") and verb.head == reported_by
        return verb.dep == "ROOT" or reported

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity whose (smallest) body mention covers ``start..end``."""
        best: DiscourseMention | None = None
        for m in self.mentions:
            if (
                m.start <= start
                and end <= m.end
                and (best is None or m.end - m.start < best.end - best.start)
            ):
                best = m
        return best.entity if best else None

    def coreferent_at(self, start: int, end: int) -> Entity | None:
        """The entity a pronoun or description mention of the coreference layer covering
        ``start..end`` refers to (the smallest such mention), else None."""
        covering = [
            (e - s, entity) for (s, e), entity in self.coreferent.items() if s <= start and end <= e
        ]
        return min(covering, key=lambda c: c[0])[1] if covering else None

    def named_between(self, start: int, end: int) -> list[DiscourseMention]:
        """The name mentions within ``start..end``, in reading order."""
        lo = bisect.bisect_left(self._mention_starts, start)
        hi = bisect.bisect_left(self._mention_starts, end)
        return [m for m in self.mentions[lo:hi] if m.end <= end]

    def entity_named(self, word: str) -> Entity | None:
        """The entity with a name or alias containing ``word`` as a whole word."""
        low = word.lower()
        for m in reversed(self.mentions):
            names = (m.entity.name, *m.entity.aliases)
            if any(low in n.lower().replace("-", " ").split() for n in names):
                return m.entity
        return None

    def titled(self, noun: str, before: int, window: int = TITLE_WINDOW) -> Entity | None:
        """The last person introduced with ``noun`` as title or apposition before ``before``
        ("Senator Lee", "Sen. Lee", "Lee, the senator")."""
        found: Entity | None = None
        words = self.lexicon.reference
        for m in self.mentions:
            if m.start >= before:
                break
            if m.entity.type not in PERSON_TYPES:
                continue
            first = self._token_at(m.start)
            last = self._token_at(max(m.start, m.end - 1))
            near = range(max(0, first - window), min(len(self.tokens), last + window + 2))
            if any(title_of(self.tokens[i], words) == noun for i in near if not first <= i <= last):
                found = m.entity
        return found

    def _learn_gender(self) -> None:
        votes: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
        for tok in self.tokens:
            gender = pronoun_gender(tok, self.lexicon)
            if gender and tok.pos == "PRON" and not self._speaks(tok):
                for entity, weight in self._pronoun_candidates(tok):
                    votes[entity.id][gender] += weight
        for m in self.mentions:
            if m.entity.type not in PERSON_TYPES:
                continue
            before = self._token_at(m.start) - 1
            if before >= 0:
                honorifics = self.lexicon.reference.honorific_gender
                g = honorifics.get(self.tokens[before].text.lower())
                if g:
                    votes[m.entity.id][g] += GENDER_VOTES["honorific"]
        shown = {eid: {g for g, n in v.items() if n > 0} for eid, v in votes.items()}
        for entity in {m.entity.id: m.entity for m in self.mentions}.values():
            if entity.type in PERSON_TYPES:
                g = given_name_gender(entity.name, self.lexicon)
                if g:
                    votes[entity.id][g] += GENDER_VOTES["given_name"]
                elif g := lone_given_name_gender(entity.name, self.lexicon):
                    votes[entity.id][g] += GENDER_VOTES["lone_given_name"]
        majority = GENDER_VOTES["majority"]
        for eid, v in votes.items():
            best = max(v, key=lambda g: v[g]) if v else None
            if best and v[best] > majority * min(v.get("Masc", 0.0), v.get("Fem", 0.0)):
                self.gender[eid] = best
                if best in shown.get(eid, ()):
                    self.attested.add(eid)

    def _co_argument(self, mention: DiscourseMention, tok: Token) -> bool:
        """A non-reflexive pronoun never refers to another argument of its own verb."""
        head = self.tokens[self._token_at(max(mention.start, mention.end - 1))]
        return head.head == tok.head and head.i != tok.i

    def _speaks(self, tok: Token) -> bool:
        """A pronoun that is the subject of a speech verb: its referent is what we resolve."""
        return tok.dep == "nsubj" and self.tokens[tok.head].lemma in self.lexicon.saying_verbs

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
                return [(persons[0].entity, GENDER_VOTES["sole_antecedent"])]
            if distinct:
                subjects = [m for m in persons if m.subject]
                return (
                    [(subjects[0].entity, GENDER_VOTES["subject_antecedent"])] if subjects else []
                )
        return []

    def salient(
        self,
        before: int,
        sent: int,
        types: frozenset[str],
        last_speaker: Entity | None,
        gender: str | None = None,
        window: int = DEFAULT_WINDOW,
        *,
        unheard: Sequence[tuple[int, int]] = (),
    ) -> tuple[Entity | None, float]:
        """The most salient entity of ``types`` mentioned before offset ``before``, within
        ``window`` sentences, and its margin over the runner-up (0.5..1). Mentions inside
        the ``unheard`` spans (character offsets) do not count."""
        scores, by_id, nearest = self._scores(before, sent, types, window, unheard)
        if last_speaker is not None and last_speaker.id in scores:
            scores[last_speaker.id] += SALIENCE["last_speaker"]
        if gender:
            self._weigh_gender(scores, nearest, gender)
        if not scores:
            return None, 0.0
        ranked = sorted(scores.items(), key=lambda kv: -kv[1])
        margin = ranked[0][1] / (ranked[0][1] + (ranked[1][1] if len(ranked) > 1 else 0.0))
        return by_id[ranked[0][0]], margin

    def _scores(
        self,
        before: int,
        sent: int,
        types: frozenset[str],
        window: int,
        unheard: Sequence[tuple[int, int]] = (),
    ) -> tuple[dict[str, float], dict[str, Entity], dict[str, int]]:
        """Recency-weighted mention counts of each entity, and its nearest distance."""
        scores: dict[str, float] = defaultdict(float)
        by_id: dict[str, Entity] = {}
        nearest: dict[str, int] = {}
        end = bisect.bisect_left(self._mention_starts, before)
        for m in self.mentions[:end]:
            dist = sent - m.sent
            if m.entity.type not in types or dist > window:
                continue
            if any(start <= m.start < end for start, end in unheard):
                continue
            weight = SALIENCE["subject"] if m.subject else SALIENCE["mention"]
            scores[m.entity.id] += weight / (1.0 + dist)
            by_id[m.entity.id] = m.entity
            nearest[m.entity.id] = dist
        return scores, by_id, nearest

    def _weigh_gender(self, scores: dict[str, float], nearest: dict[str, int], gender: str) -> None:
        """Drop entities of the other gender (or of unknown gender too far away); favour
        those the article itself shows with the pronoun's gender."""
        for eid in list(scores):
            known = self.gender.get(eid)
            mismatch = bool(known) and known != gender
            too_far = not known and nearest[eid] > UNKNOWN_GENDER_REACH
            if mismatch or too_far:
                del scores[eid]
            elif eid in self.attested:
                scores[eid] *= SALIENCE["known_gender"]
            else:  # unknown, or known from the given name alone
                scores[eid] *= SALIENCE["unknown_gender"]


_DISCOURSES: Recent[Discourse] = Recent()


def discourse_of(
    tokens: Sequence[Token], entities: Sequence[Entity], lexicon: Lexicon | None = None
) -> Discourse:
    """The `Discourse` of these tokens and entities, built once for the stages that read
    the same ones (a discourse is never changed after it is built: readers copy what they
    extend)."""
    return _DISCOURSES.get(
        (tokens, entities, lexicon), lambda: Discourse(tokens, entities, lexicon)
    )
