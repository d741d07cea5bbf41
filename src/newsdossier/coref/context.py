"""What every coreference rule reads: the article's tokens, parse, named mentions and genders.

`Context` is built once per article. Its mentions are the entities' *name* mentions (what
the entities stage found); pronouns and descriptions resolve to the entities behind them.
Gender comes from `Discourse` (honorifics, and pronouns whose only possible antecedent is
one person) and from gendered nouns the parse describes a person with
(`constraints.described_genders`: "Roe, the senator's daughter"); pronoun gender and
number from the model's morphology (`newsdossier.lang.morph`).
The headline's words (title and URL slug, `headline`) tell who the article is about; the
body's direct quotes (`lang.quotes.find_quotes`) say who speaks around a pronoun.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from newsdossier.article import Article, Entity, Token
from newsdossier.coref.headline import headline_words
from newsdossier.lang.constraints import with_described_genders
from newsdossier.lang.discourse import discourse_of
from newsdossier.lang.lexicon import Lexicon, lexicon_for
from newsdossier.lang.quotes import find_quotes
from newsdossier.lang.tree import parse_tree

#: The grammatical role of a noun phrase, read from its head's dependency label.
GrammaticalRole = Literal["subject", "object", "possessor", "other"]

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_OBJECT_DEPS = frozenset({"dobj", "pobj", "iobj", "dative", "obj"})


def role_of(tok: Token) -> GrammaticalRole:
    """The grammatical role of the phrase headed by ``tok`` (its dependency label)."""
    if tok.dep in _SUBJECT_DEPS:
        return "subject"
    if tok.dep in _OBJECT_DEPS:
        return "object"
    if tok.dep == "poss":
        return "possessor"
    return "other"


@dataclass(frozen=True, slots=True)
class Named:
    """One body name mention of an entity: its span, head token and sentence."""

    start: int
    end: int
    entity: Entity
    head: int
    sent: int


class Context:
    """The article's tokens, parse tree, name mentions in reading order and learned genders."""

    def __init__(self, article: Article, lexicon: Lexicon | None = None) -> None:
        self.article = article
        self.lexicon = lexicon if lexicon is not None else lexicon_for(article.language or "en")
        self.tokens: Sequence[Token] = article.tokens
        self.tree = parse_tree(article.tokens)
        self._starts = [t.start for t in article.tokens]
        #: Sentence number -> index of its first token.
        self.sentence_first: dict[int, int] = {}
        for t in article.tokens:
            self.sentence_first.setdefault(t.sent, t.i)
        self.discourse = with_described_genders(
            discourse_of(article.tokens, article.entities, self.lexicon),
            article.language or "en",
        )
        #: Entity id -> "Masc"/"Fem": learned by `Discourse`, extended as pronouns resolve.
        self.gender = dict(self.discourse.gender)
        #: The ids whose gender the article's own words show (`Discourse.attested`),
        #: extended as pronouns resolve.
        self.attested = set(self.discourse.attested)
        found = [
            Named(m.start, m.end, e, *self._head_and_sent(m.start, m.end))
            for e in article.entities
            for m in e.mentions
            if m.field == "body" and m.kind == "name" and m.end > m.start
        ]
        self.named = sorted(found, key=lambda n: (n.start, n.end))
        self._named_starts = [n.start for n in self.named]
        self.first_person = next((n.entity.id for n in self.named if _is_person(n.entity)), None)
        #: Words of the article's title and URL slug (`headline.headline_words`).
        self.headline = headline_words(article)
        #: Inner spans (marks excluded) of the body's direct quotes, in order.
        self.quotes = [(q.inner_start, q.inner_end) for q in find_quotes(article.body)]
        #: Token index of each personal pronoun resolved so far -> its entity's id
        #: (filled in reading order by `pronouns.personal`).
        self.links: dict[int, str] = {}
        #: Per-entity facts that do not change while pronouns resolve, computed once
        #: (`pronouns.person_like` ids; `features._personhood` values by entity id).
        self.person_like_ids: frozenset[str] | None = None
        self.personhood: dict[str, dict[str, float]] = {}

    def quote_at(self, offset: int) -> int | None:
        """The number of the direct quote whose inner span holds ``offset``, or None."""
        for n, (start, end) in enumerate(self.quotes):
            if start <= offset < end:
                return n
        return None

    def token_at(self, offset: int) -> int:
        """The index of the token containing (or last starting before) ``offset``."""
        return max(0, bisect.bisect_right(self._starts, offset) - 1)

    def _head_and_sent(self, start: int, end: int) -> tuple[int, int]:
        first = self.token_at(start)
        last = self.token_at(max(start, end - 1))
        head = last
        for i in range(first, last + 1):
            if not first <= self.tokens[i].head <= last or self.tokens[i].head == i:
                head = i
                break
        return head, self.tokens[first].sent

    def named_before(self, offset: int) -> list[Named]:
        """Name mentions starting before ``offset``, in reading order."""
        return self.named[: bisect.bisect_left(self._named_starts, offset)]

    def entity_covering(self, start: int, end: int) -> Entity | None:
        """The entity of the smallest name mention covering ``start..end``."""
        best: Named | None = None
        lo = bisect.bisect_right(self._named_starts, start)
        for n in self.named[:lo]:
            if n.end >= end and (best is None or n.end - n.start < best.end - best.start):
                best = n
        return best.entity if best else None


def _is_person(entity: Entity) -> bool:
    return entity.type == "PERSON"
