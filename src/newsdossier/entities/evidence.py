"""The type of an entity, decided by all the evidence in the article.

Votes come from the model's label on every mention, from the words around the
mentions (a title or honorific before the name, a title noun in apposition, "X said"),
from person pronouns that refer back to the entity, from the article speaking of it as
an organisation ("X filed ... The company said", "it said"), and from the shape of the name
(an organisation head noun, a treaty word, a country), and from a label a context rule
settled against the model's ("the VA" as an organisation, `places.settle_codes`).
`decide_type` takes the type
with the most votes.

The weights and limits were set by hand when the stage was written (commit 9ed4be4);
``python -m eval.entities`` shows how often the decision overrides the model's label, to
check a change against.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from typing import Final, Literal

from newsdossier.article import Field, Token
from newsdossier.entities.candidate import KNOWN_KINDS, PLACE_KINDS, Candidate
from newsdossier.lang.index import BodyIndex
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.morph import given_name_gender
from newsdossier.lang.places import located
from newsdossier.lang.text import is_acronym, is_cjk, words

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ACTOR_LABELS = frozenset({"PERSON", "ORG", ""})
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
#: The kinds of evidence that vote.
Evidence = Literal[
    "label",
    "short_label",
    "title_before",
    "appos_title",
    "pronoun",
    "org_head",
    "law",
    "country",
    "speech",
    "person_shape",
    "corporate",
    "settled",
]
#: Weight of each kind of evidence, in model-label votes.
WEIGHTS: Final[Mapping[Evidence, float]] = {
    "label": 1.0,
    "short_label": 0.5,
    "title_before": 2.0,
    "appos_title": 2.0,
    "pronoun": 1.0,
    "org_head": 2.0,
    "law": 3.0,
    "country": 3.0,
    "speech": 1.5,
    "person_shape": 2.0,
    "corporate": 4.0,
    "settled": 2.0,
}
#: Most votes pronoun links can add to a person-shaped group: three links' worth.
_MAX_PRONOUN_VOTES = 3.0
#: Weight of the article speaking of a group as an organisation: "the company said" counts
#: 2, "it said" 1 (the pronoun is more often someone's report or plan); a group the model
#: calls a person is an organisation from 2 on (`decide_type`).
ORG_REFERENCE_WEIGHTS: Final[Mapping[str, int]] = {"noun": 2, "pronoun": 1}
_ORG_REFERENCES_NEEDED = 2
#: Characters before a name searched for the word right before it (a title or honorific);
#: room for the longest title word and the spaces around it.
_TITLE_WINDOW = 40
#: Tokens after a name's head searched for a title in apposition ("X, the minister of ...").
_APPOSITION_REACH = 25
#: A pronoun refers back at most this many sentences (to its own or the one before).
_PRONOUN_SENTENCES = 1
#: Entity types in the order they win a tie in votes and model labels.
_TYPE_PRIORITY = ("PERSON", "ORG", "GPE", "LAW", "NORP", "LOC", "FAC", "EVENT", "PRODUCT")


def vote(
    cands: Sequence[Candidate],
    body: BodyIndex,
    texts: dict[Field, str],
    lex: Lexicon,
    *,
    pronoun_links: int = 0,
) -> defaultdict[str, float]:
    """Weighted votes for each entity type over one group's mentions (``lex``: the words);
    ``pronoun_links`` person pronouns refer back to the group."""
    votes: defaultdict[str, float] = defaultdict(float)
    longest = max(len(words(c.text)) for c in cands)
    for cand in cands:
        short = longest > 1 and len(words(cand.text)) == 1
        for label in cand.model_labels:
            if label:
                votes[label] += WEIGHTS["short_label" if short else "label"]
        settled = cand.origin == "model" and cand.label not in cand.model_labels
        if settled and cand.label and cand.model_labels:
            votes[cand.label] += WEIGHTS["settled"]
        if _title_before(cand, body, texts, lex):
            votes["PERSON"] += WEIGHTS["title_before"]
    _shape_votes(cands, votes, lex)
    person_like = _person_shaped(cands, lex)
    if person_like:
        appositions = sum(1 for c in cands if c.field == "body" and _appos_title(c, body, lex))
        votes["PERSON"] += WEIGHTS["appos_title"] * min(appositions, 1)
        votes["PERSON"] += min(WEIGHTS["pronoun"] * pronoun_links, _MAX_PRONOUN_VOTES)
    placed = any(c.key.kind in KNOWN_KINDS for c in cands)
    if person_like and votes.get("PERSON") and any(len(words(c.text)) > 1 for c in cands):
        votes["PERSON"] += WEIGHTS["person_shape"]
    speaks = any(c.field == "body" and _speech_subject(c, body, lex) for c in cands)
    top = max(votes, key=votes.__getitem__) if votes else ""
    if speaks and not placed and top not in ("PERSON", "ORG"):
        votes["PERSON" if votes.get("PERSON") or person_like else "ORG"] += WEIGHTS["speech"]
    return votes


def _shape_votes(cands: Sequence[Candidate], votes: defaultdict[str, float], lex: Lexicon) -> None:
    kinds = {c.key.kind for c in cands}
    if "law" in kinds:
        votes["LAW"] += WEIGHTS["law"]
    if kinds & PLACE_KINDS:
        votes["GPE"] += WEIGHTS["country"]
    if "norp" in kinds and not votes.get("GPE"):
        votes["NORP"] += WEIGHTS["country"]
    names = [c.text for c in cands if not is_acronym(c.text)]
    heads = {words(n)[-1].lower() for n in names if words(n)}
    if heads & lex.org_heads:
        votes["ORG"] += WEIGHTS["org_head"]
    if heads & lex.corporate_suffixes:
        votes["ORG"] += WEIGHTS["corporate"]


def _person_shaped(cands: Sequence[Candidate], lex: Lexicon) -> bool:
    """Could these surfaces name a person: no org noun, no acronym, not a place or law."""
    if any(c.key.kind in KNOWN_KINDS for c in cands):
        return False
    for cand in cands:
        parts = words(cand.text)
        if not parts or (is_acronym(cand.text) and len(parts) == 1):
            return False
        if any(p.lower() in lex.org_heads for p in parts) or any(ch.isdigit() for ch in cand.text):
            return False
    return True


def _title_before(cand: Candidate, body: BodyIndex, texts: dict[Field, str], lex: Lexicon) -> bool:
    before = texts.get(cand.field, "")[max(0, cand.start - _TITLE_WINDOW) : cand.start].split()
    if not before:
        return False
    word = before[-1]
    if word.lower() in lex.honorifics:
        return True
    if not lex.is_title_word(word.rstrip(",")) or word.endswith(","):
        return False
    if cand.field != "body":
        return True
    head = body.head(cand.start, cand.end)
    prev = body.by_start.get(cand.start)
    if head is None or prev is None or prev == 0:
        return False
    title = body.tokens[prev - 1]
    return title.head == head.i or title.head in {
        t.i for t in body.span_tokens(cand.start, cand.end)
    }


def _appos_title(cand: Candidate, body: BodyIndex, lex: Lexicon) -> bool:
    head = body.head(cand.start, cand.end)
    if head is None:
        return False
    for token in body.tokens[max(0, head.i - 1) : head.i + _APPOSITION_REACH]:
        if token.dep == "appos" and token.head == head.i and lex.is_title_word(token.lemma):
            return True
    if head.dep == "appos":
        return lex.is_title_word(body.tokens[head.head].lemma)
    return False


def _speech_subject(cand: Candidate, body: BodyIndex, lex: Lexicon) -> bool:
    head = body.head(cand.start, cand.end)
    if head is None or head.dep not in _SUBJECT_DEPS:
        return False
    return body.tokens[head.head].lemma.lower() in lex.speech_verbs


def pronoun_antecedents(cands: Sequence[Candidate], body: BodyIndex, lex: Lexicon) -> list[int]:
    """For each person pronoun in the body, the index of the candidate it refers to
    (see `pronoun_links`)."""
    return [i for _, i in pronoun_links(cands, body, lex)]


#: Body mentions a name needs, each after a locating preposition, to be taken for a place.
_LOCATED_MENTIONS = 2


def _only_located(cands: Sequence[Candidate], body: BodyIndex, lex: Lexicon) -> bool:
    """The group's body mentions are at least `_LOCATED_MENTIONS`, each the object of a
    locating preposition ("in", "at": `Lexicon.locating_prepositions`)."""
    count = 0
    for cand in cands:
        if cand.field != "body":
            continue
        head = body.head(cand.start, cand.end)
        if head is None or not located(head, body.tokens, lex):
            return False
        count += 1
    return count >= _LOCATED_MENTIONS


def _says_person(
    group: Sequence[Candidate],
    body: BodyIndex,
    texts: dict[Field, str],
    lex: Lexicon,
    *,
    pronoun_links: int,
) -> bool:
    """Something besides the model's label says the group is a person: "he"/"she" refers
    to it, a surface starts with a given name ("John Bramble"), or a title or honorific
    stands before a mention."""
    return (
        pronoun_links > 0
        or any(given_name_gender(c.text, lex) for c in group)
        or any(_title_before(c, body, texts, lex) for c in group)
    )


def organisation_links(
    cands: Sequence[Candidate], body: BodyIndex, lex: Lexicon
) -> list[tuple[Token, int]]:
    """Each reference the body makes to a business as the speaker of a verb of saying
    ("it said", "the company said"), with the index of the candidate it refers to: the
    subject of an earlier sentence (this one's or the one before, as for
    `pronoun_links`), when no other name that is not a place stands between them. A
    reference in the name's own sentence is not one: "X has left, the company said"
    reports on X."""
    generic = lex.statements.company_nouns
    determiners = lex.statements.singular_definite_determiners

    def refers(token: Token) -> bool:
        if token.dep not in _SUBJECT_DEPS or token.head == token.i:
            return False
        if body.tokens[token.head].lemma.lower() not in lex.speech_verbs:
            return False
        if token.pos == "PRON":
            return token.text.lower() == "it"
        return (
            token.pos == "NOUN"
            and token.lemma.lower() in generic
            and "Number=Plur" not in token.morph
            and any(
                t.head == token.i and t.dep == "det" and t.text.lower() in determiners
                for t in body.tokens[max(0, token.i - 3) : token.i]
            )
        )

    links = _subject_links(cands, body, refers)
    return [(token, i) for token, i in links if _alone_before(cands, body, i, token)]


def organisation_votes(cands: Sequence[Candidate], body: BodyIndex, lex: Lexicon) -> list[int]:
    """The candidate index each `organisation_links` reference refers to, once per unit of
    its weight (`ORG_REFERENCE_WEIGHTS`: "the company said" twice, "it said" once)."""
    return [
        i
        for token, i in organisation_links(cands, body, lex)
        for _ in range(ORG_REFERENCE_WEIGHTS["pronoun" if token.pos == "PRON" else "noun"])
    ]


def _alone_before(cands: Sequence[Candidate], body: BodyIndex, i: int, token: Token) -> bool:
    """Candidate ``i`` is in an earlier sentence than ``token``, and no other body name
    that is not a known place stands between them."""
    head = body.head(cands[i].start, cands[i].end)
    if head is None or head.sent >= token.sent:
        return False
    return not any(
        c.field == "body"
        and cands[i].end <= c.start < token.start
        and c.key.kind not in PLACE_KINDS
        and not set(c.model_labels) & _PLACE_LABELS
        for c in cands
    )


def pronoun_links(
    cands: Sequence[Candidate], body: BodyIndex, lex: Lexicon
) -> list[tuple[Token, int]]:
    """Each person pronoun in the body with the index of the candidate it refers to.

    The antecedent is the latest grammatical subject among names that are not known
    places, in the pronoun's sentence (before it) or the sentence before; pronouns with
    no such subject link to nothing.
    """
    return _subject_links(
        cands, body, lambda t: t.text.lower() in lex.person_pronouns and t.pos == "PRON"
    )


def _subject_links(
    cands: Sequence[Candidate], body: BodyIndex, refers: Callable[[Token], bool]
) -> list[tuple[Token, int]]:
    """Each body token that ``refers`` with the latest subject among the names before it
    in its sentence or the one before (see `pronoun_links`)."""
    body_cands = sorted(
        (
            i
            for i, c in enumerate(cands)
            if c.field == "body" and set(c.model_labels) <= _ACTOR_LABELS
        ),
        key=lambda i: cands[i].start,
    )
    heads = {i: body.head(cands[i].start, cands[i].end) for i in body_cands}
    links: list[tuple[Token, int]] = []
    pos = 0
    window: list[int] = []
    for token in body.tokens:
        if not refers(token):
            continue
        while pos < len(body_cands) and cands[body_cands[pos]].end <= token.start:
            window.append(body_cands[pos])
            pos += 1
        near = [
            i
            for i in window
            if (h := heads[i]) is not None and token.sent - h.sent <= _PRONOUN_SENTENCES
        ]
        if not near:
            continue
        subjects = [i for i in near if (h := heads[i]) is not None and h.dep in _SUBJECT_DEPS]
        if subjects:
            links.append((token, subjects[-1]))
    return links


def decide_type(
    group: Sequence[Candidate],
    body: BodyIndex,
    texts: dict[Field, str],
    lex: Lexicon,
    *,
    pronoun_links: int = 0,
    org_links: int = 0,
) -> str:
    """The entity type of one group: the most votes (see `vote`), ties broken by the model.

    A tie goes to the type the model gave most often, then to the first mention's label,
    then by `_TYPE_PRIORITY`. A group with no evidence at all is a person when written in
    CJK script, else an organisation. A person by the votes is an organisation when the
    article speaks of it as one (``org_links``: `ORG_REFERENCE_WEIGHTS` of
    `organisation_links`) and nothing but the model's label says person; a place when
    the article only ever writes it after "in", "at" or "near" (`_only_located`).
    """
    votes = vote(group, body, texts, lex, pronoun_links=pronoun_links)
    if not votes:
        return "PERSON" if any(is_cjk(c.text) for c in group) else "ORG"
    best = max(votes.values())
    tied = [t for t, v in votes.items() if v == best]
    labels = Counter(label for c in group for label in c.model_labels if label)
    first = next((c.model_labels[0] for c in group if c.model_labels and c.model_labels[0]), "")
    chosen = min(tied, key=lambda t: (-labels.get(t, 0), t != first, _priority(t)))
    if chosen != "PERSON":
        return chosen
    # "in San Jose" twice and nothing else: a place taken for a person; "The company
    # said", "it said": what no person is called. Checked first (cheap, and rare), then
    # whether anything else says person.
    placed = _only_located(group, body, lex)
    if not placed and org_links < _ORG_REFERENCES_NEEDED:
        return chosen
    if _says_person(group, body, texts, lex, pronoun_links=pronoun_links):
        return chosen
    return "GPE" if placed else "ORG"


def _priority(label: str) -> int:
    return _TYPE_PRIORITY.index(label) if label in _TYPE_PRIORITY else len(_TYPE_PRIORITY)


class GroupTypes:
    """`decide_type` over the groups of one article, each distinct question answered once.

    Grouping asks a group's type up to three times (for short forms, for the surnames to
    search, for the records); most groups are unchanged in between, and a type depends
    only on the group's candidates, in order, and its link counts: the candidates are
    not changed once grouping begins. Over 200 real articles 4,535 of the 7,193
    questions were repeats. A group is known by its candidates' identities, and is kept
    with its answer so that no identity is reused while the memo lives.
    """

    def __init__(self, body: BodyIndex, texts: dict[Field, str], lex: Lexicon) -> None:
        self.body, self.texts, self.lex = body, texts, lex
        self._known: dict[tuple[tuple[int, ...], int, int], tuple[str, list[Candidate]]] = {}

    def decide(
        self, group: Sequence[Candidate], *, pronoun_links: int = 0, org_links: int = 0
    ) -> str:
        """`decide_type` of ``group`` in this article."""
        key = (tuple(map(id, group)), pronoun_links, org_links)
        known = self._known.get(key)
        if known is None:
            etype = decide_type(
                group,
                self.body,
                self.texts,
                self.lex,
                pronoun_links=pronoun_links,
                org_links=org_links,
            )
            known = self._known[key] = (etype, list(group))
        return known[0]
