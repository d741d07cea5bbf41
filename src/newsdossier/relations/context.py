"""What relation rules share: the parse, entity resolution, subjects and modality, and the
words of the article's language (`RelationWords`)."""

from __future__ import annotations

from collections.abc import Iterable

from newsdossier.article import Article, Entity
from newsdossier.lang.actors import Actors
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.tree import parse_tree

#: Verbs climbed through control ("called on X to form") to find a subject or an
#: aspiring verb ("wants to join").
CONTROL_CLIMB = 4

#: Entity types that can be parties to a standing relation.
PARTY_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "LAW", "FAC"})
#: Entity types that can be a body one joins or a pact one is party to.
BODY_TYPES = frozenset({"ORG", "LAW", "GPE", "LOC", "NORP", "EVENT"})


class Context:
    """The article's parse with helpers for relation rules (``lexicon``: the article's
    language's; its relation words are ``words``)."""

    def __init__(self, article: Article, lexicon: Lexicon) -> None:
        self.article = article
        self.words = lexicon.relations
        self.tree = parse_tree(article.tokens)
        self.actors = Actors(article, self.tree, lexicon)

    def entities(self, head: int, types: frozenset[str] = PARTY_TYPES) -> list[Entity]:
        """Entities named by the phrase at ``head`` and its conjuncts."""
        out: list[Entity] = []
        for tok in self.tree.conjuncts(head):
            entity = self.actors.resolve(tok)
            if entity is not None and entity.type in types and entity not in out:
                out.append(entity)
        return out

    def subjects(self, verb: int) -> list[int]:
        """Subject tokens of a verb, through control ("called on X to form" -> X)."""
        j = verb
        for _ in range(CONTROL_CLIMB):
            found = self.tree.deps(j, "nsubj", "nsubjpass")
            if found:
                return found
            tok = self.tree.tokens[j]
            if tok.dep == "acl":
                return [tok.head]
            if tok.dep not in ("xcomp", "conj", "acomp", "pcomp", "prep") or tok.head == j:
                return []
            if tok.dep == "xcomp":
                objects = self.tree.deps(tok.head, "dobj")
                objects += [
                    o for p in self.tree.deps(tok.head, "prep") for o in self.tree.deps(p, "pobj")
                ]
                if objects:
                    return objects[:1]
            j = tok.head
        return []

    def negated(self, i: int) -> bool:
        """True for "did not join", "is not a member", "no alliance"."""
        tok = self.tree.tokens[i]
        if self.tree.deps(i, "neg"):
            return True
        if any(self.tree.tokens[d].text.lower() == "no" for d in self.tree.deps(i, "det")):
            return True
        return tok.dep == "attr" and bool(self.tree.deps(tok.head, "neg"))

    def aspired(self, i: int) -> bool:
        """True if token ``i`` is wished for, urged or modal rather than stated as fact."""
        for n, j in enumerate((i, *self.tree.ancestors(i))):
            tok = self.tree.tokens[j]
            if n > 0 and (tok.lemma.lower() in self.words.aspire_verbs or self._calls_for(j)):
                return True
            auxiliaries = (self.tree.tokens[a].lemma.lower() for a in self.tree.deps(j, "aux"))
            if any(aux in self.words.modals for aux in auxiliaries):
                return True
            if n >= CONTROL_CLIMB or (self.tree.opens_clause(j) and tok.dep != "xcomp"):
                break
        return False

    def _calls_for(self, j: int) -> bool:
        """ "called for X", "called on X to": urging, unlike "called X Y"."""
        if self.tree.tokens[j].lemma.lower() != "call":
            return False
        return any(self.tree.tokens[p].text.lower() in ("for", "on") for p in self.tree.children[j])

    def objects(self, i: int, preps: Iterable[str]) -> list[int]:
        """Objects of the given prepositions under token ``i``."""
        wanted = set(preps)
        return [
            o
            for p in self.tree.deps(i, "prep")
            if self.tree.tokens[p].text.lower() in wanted
            for o in self.tree.deps(p, "pobj", "pcomp")
        ]
