"""Who a phrase stands for: an entity of the article, found from a head token.

- a **name** resolves to the entity whose body mention covers the token (or a token of
  its name compound);
- a **pronoun** resolves through `Discourse` (gender and salience); relative
  "who"/"which" to the noun the clause hangs on;
- a **title** ("the US president", "the prime minister") resolves to the person the
  article's roles give that title, narrowed by a country or organisation modifier;
- a **collective noun** ("the group", "her delegation") resolves to its leader: the
  possessor of an earlier "<someone>'s delegation", else the article's most salient person.

The words (relative and group pronouns, collective nouns, "former") come from the
`Lexicon` given, `ReferenceWords` part.
"""

from __future__ import annotations

import bisect
from typing import Final

from newsdossier.article import Article, Entity, Role
from newsdossier.lang.discourse import discourse_of
from newsdossier.lang.lexicon import FALLBACK_LANGUAGE, Lexicon, lexicon_for
from newsdossier.lang.morph import pronoun_gender
from newsdossier.lang.places import country_named, country_of_demonym
from newsdossier.lang.tree import ParseTree

PERSON = frozenset({"PERSON"})
GROUPS = frozenset({"ORG", "GPE", "NORP", "LOC", "FAC"})
#: Characters before an offset where a mention overlapping it may start: longer than any
#: entity mention (names run to a few dozen characters), so none is missed.
MENTION_LOOKBACK: Final = 200
#: Sentences back that a pronoun looks for its referent: "he"/"she" reach far (a profile
#: names its subject once), "it"/"its" only nearby; a collective noun's leader may be
#: anyone salient in the article (the window is the whole article).
WINDOWS: Final = {"he_she": 12, "it_its": 2, "collective": 10_000}
_NAME_DEPS = frozenset({"compound", "flat", "appos"})


class Actors:
    """Resolves head tokens of the article's body to its entities.

    ``lexicon`` is the article's language's (`lexicon_for`); without one, the fallback
    language's.
    """

    def __init__(self, article: Article, tree: ParseTree, lexicon: Lexicon | None = None) -> None:
        self.article = article
        self.tree = tree
        self.lexicon = lexicon if lexicon is not None else lexicon_for(FALLBACK_LANGUAGE)
        self.words = self.lexicon.reference
        self.discourse = discourse_of(article.tokens, article.entities, self.lexicon)
        # Names only: pronouns and descriptions are resolved here by salience (`_pronoun`,
        # `_title`) until events and relations are measured on the coreference layer's links.
        spans = sorted(
            (m.start, m.end, e)
            for e in article.entities
            for m in e.mentions
            if m.field == "body" and m.kind == "name"
        )
        self._spans = spans
        self._starts = [s[0] for s in spans]
        self._by_id = {e.id: e for e in article.entities}

    def entity_at(self, start: int, end: int) -> Entity | None:
        """The entity with a body mention overlapping ``start..end`` (smallest mention)."""
        lo = bisect.bisect_left(self._starts, start - MENTION_LOOKBACK)
        best: tuple[int, Entity] | None = None
        for m_start, m_end, entity in self._spans[lo:]:
            if m_start >= end:
                break
            if m_end > start and (best is None or m_end - m_start < best[0]):
                best = (m_end - m_start, entity)
        return best[1] if best else None

    def resolve(self, i: int) -> Entity | None:
        """The entity the phrase headed by token ``i`` stands for, or None."""
        tok = self.tree.tokens[i]
        named = self.entity_at(tok.start, tok.end)
        if named is not None:
            return named
        if tok.pos == "PRON" or tok.text.lower() in self.words.relative_pronouns:
            return self._pronoun(i)
        if tok.pos == "NOUN":
            found = self._title(i) or self._collective(i)
            if found is not None:
                return found
        return self._name_child(i) if tok.pos == "PROPN" else None

    def _name_child(self, i: int) -> Entity | None:
        """The entity named by a proper-noun part of the phrase ("President [Lai]")."""
        for child in self.tree.deps(i, *_NAME_DEPS):
            c = self.tree.tokens[child]
            if c.pos == "PROPN":
                found = self.entity_at(c.start, c.end)
                if found is not None and found.type in PERSON | GROUPS:
                    return found
        return None

    def _pronoun(self, i: int) -> Entity | None:
        tok = self.tree.tokens[i]
        low = tok.text.lower()
        if low in self.words.relative_pronouns:
            verb = tok.head
            if self.tree.tokens[verb].dep == "relcl":
                antecedent = self.tree.tokens[verb].head
                return None if antecedent == i else self.resolve(antecedent)
            return None
        gender = pronoun_gender(tok, self.lexicon)
        if gender is not None:
            found, _ = self.discourse.salient(
                tok.start, tok.sent, PERSON, None, gender, window=WINDOWS["he_she"]
            )
            return found
        if low in self.words.group_pronouns:
            found, _ = self.discourse.salient(
                tok.start, tok.sent, GROUPS - {"NORP"}, None, window=WINDOWS["it_its"]
            )
            return found
        return None

    def _title(self, i: int) -> Entity | None:
        """The person holding the title this noun names ("the US president")."""
        tok = self.tree.tokens[i]
        if "Number=Plur" in tok.morph:
            return None
        word = tok.lemma.lower()
        holders = [r for r in self.article.roles if word in r.title.lower().split()]
        if not holders:
            return None
        modifiers = self.tree.deps(i, "compound", "amod", "nmod", "poss")
        written = {self.tree.tokens[m].text.lower() for m in modifiers}
        if written & self.words.former_title_modifiers:
            holders = [r for r in holders if r.former] or holders
        wanted = {p for p in (self._place_name(m) for m in modifiers) if p}
        if wanted:
            holders = [r for r in holders if _role_in(r, wanted)] or (
                holders if len({r.entity_id for r in holders}) == 1 else []
            )
        people = {r.entity_id for r in holders}
        if len(people) == 1:
            return self._by_id.get(people.pop())
        return self._latest(people, tok.start)

    def _place_name(self, i: int) -> str | None:
        tok = self.tree.tokens[i]
        entity = self.entity_at(tok.start, tok.end)
        if entity is not None and entity.type in GROUPS:
            return entity.name
        country = country_named(tok.text, allow_codes=True) or country_of_demonym(tok.text)
        return country.name if country else None

    def _latest(self, ids: set[str], before: int) -> Entity | None:
        """Of these entities, the one mentioned last before ``before``."""
        best: tuple[int, Entity] | None = None
        for start, _, entity in self._spans:
            if start < before and entity.id in ids and (best is None or start > best[0]):
                best = (start, entity)
        return best[1] if best else None

    def _collective(self, i: int) -> Entity | None:
        """The leader of "the group" / "her delegation"."""
        tok = self.tree.tokens[i]
        if tok.lemma.lower() not in self.words.collective_nouns:
            return None
        owner = self._owner(i)
        if owner is not None:
            return owner
        for j in range(i - 1, -1, -1):
            prev = self.tree.tokens[j]
            if prev.lemma.lower() in self.words.collective_nouns and prev.pos == "NOUN":
                owner = self._owner(j)
                if owner is not None:
                    return owner
        found, _ = self.discourse.salient(
            tok.start, tok.sent, PERSON, None, window=WINDOWS["collective"]
        )
        return found

    def _owner(self, i: int) -> Entity | None:
        """The possessor of a collective noun, or who it is "led by"."""
        for poss in self.tree.deps(i, "poss"):
            found = self.resolve(poss)
            if found is not None and found.type in PERSON:
                return found
        for acl in self.tree.deps(i, "acl"):
            for agent in self.tree.deps(acl, "agent"):
                for obj in self.tree.deps(agent, "pobj"):
                    found = self.resolve(obj)
                    if found is not None:
                        return found
        return None

    def by_id(self, entity_id: str) -> Entity | None:
        """The article's entity with this id."""
        return self._by_id.get(entity_id)


def _role_in(role: Role, places: set[str]) -> bool:
    org = (role.organization or "").lower()
    for place in places:
        if place.lower() == org or place.lower() in role.title.lower():
            return True
        country = country_named(role.organization or "", allow_codes=True)
        if country is not None and country.name.lower() == place.lower():
            return True
    return False
