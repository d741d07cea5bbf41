"""The type of an entity, decided by all the evidence in the article.

Votes come from the model's label on every mention, from the words around the
mentions (a title or honorific before the name, a title noun in apposition, "X said"),
from person pronouns that refer back to the entity, and from the shape of the name
(an organisation head noun, a treaty word, a country).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from newsdossier.article import Field
from newsdossier.entities.spans import Candidate
from newsdossier.lang.index import BodyIndex
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.text import is_acronym, words

_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
_ACTOR_LABELS = frozenset({"PERSON", "ORG", ""})
#: Weight of each kind of evidence, in model-label votes.
WEIGHTS = {
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
}
_PLACE_KEYS = ("country:", "subdiv:", "law:", "norp:")
_MAX_PRONOUN_VOTES = 3.0


def vote(
    cands: Sequence[Candidate],
    body: BodyIndex,
    texts: dict[Field, str],
    lex: Lexicon,
    *,
    pronoun_links: int = 0,
) -> defaultdict[str, float]:
    """Weighted votes for each entity type over one group's mentions (``lex``: the words)."""
    votes: defaultdict[str, float] = defaultdict(float)
    longest = max(len(words(c.text)) for c in cands)
    for cand in cands:
        short = longest > 1 and len(words(cand.text)) == 1
        for label in cand.model_labels:
            if label:
                votes[label] += WEIGHTS["short_label" if short else "label"]
        if _title_before(cand, body, texts, lex):
            votes["PERSON"] += WEIGHTS["title_before"]
    _shape_votes(cands, votes, lex)
    person_like = _person_shaped(cands, lex)
    if person_like:
        appositions = sum(1 for c in cands if c.field == "body" and _appos_title(c, body, lex))
        votes["PERSON"] += WEIGHTS["appos_title"] * min(appositions, 1)
        votes["PERSON"] += min(WEIGHTS["pronoun"] * pronoun_links, _MAX_PRONOUN_VOTES)
    placed = any(c.key.startswith(_PLACE_KEYS) for c in cands)
    if person_like and votes.get("PERSON") and any(len(words(c.text)) > 1 for c in cands):
        votes["PERSON"] += WEIGHTS["person_shape"]
    speaks = any(c.field == "body" and _speech_subject(c, body, lex) for c in cands)
    top = max(votes, key=votes.__getitem__) if votes else ""
    if speaks and not placed and top not in ("PERSON", "ORG"):
        votes["PERSON" if votes.get("PERSON") or person_like else "ORG"] += WEIGHTS["speech"]
    return votes


def _shape_votes(cands: Sequence[Candidate], votes: defaultdict[str, float], lex: Lexicon) -> None:
    keys = {c.key for c in cands}
    if any(k.startswith("law:") for k in keys):
        votes["LAW"] += WEIGHTS["law"]
    if any(k.startswith(("country:", "subdiv:")) for k in keys):
        votes["GPE"] += WEIGHTS["country"]
    if any(k.startswith("norp:") for k in keys) and not votes.get("GPE"):
        votes["NORP"] += WEIGHTS["country"]
    names = [c.text for c in cands if not is_acronym(c.text)]
    heads = {words(n)[-1].lower() for n in names if words(n)}
    if heads & lex.org_heads:
        votes["ORG"] += WEIGHTS["org_head"]
    if heads & lex.corporate_suffixes:
        votes["ORG"] += WEIGHTS["corporate"]


def _person_shaped(cands: Sequence[Candidate], lex: Lexicon) -> bool:
    """Could these surfaces name a person: no org noun, no acronym, not a place or law."""
    if any(c.key.startswith(("law:", "country:", "subdiv:", "norp:")) for c in cands):
        return False
    for cand in cands:
        parts = words(cand.text)
        if not parts or (is_acronym(cand.text) and len(parts) == 1):
            return False
        if any(p.lower() in lex.org_heads for p in parts) or any(ch.isdigit() for ch in cand.text):
            return False
    return True


def _title_before(cand: Candidate, body: BodyIndex, texts: dict[Field, str], lex: Lexicon) -> bool:
    before = texts.get(cand.field, "")[max(0, cand.start - 40) : cand.start].split()
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
    for token in body.tokens[max(0, head.i - 1) : head.i + 25]:
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
    """For each person pronoun in the body, the index of the candidate it refers to.

    The antecedent is the latest grammatical subject among names that are not known
    places, in the pronoun's sentence (before it) or the sentence before; pronouns with
    no such subject link to nothing.
    """
    body_cands = sorted(
        (
            i
            for i, c in enumerate(cands)
            if c.field == "body" and set(c.model_labels) <= _ACTOR_LABELS
        ),
        key=lambda i: cands[i].start,
    )
    heads = {i: body.head(cands[i].start, cands[i].end) for i in body_cands}
    links: list[int] = []
    pos = 0
    window: list[int] = []
    for token in body.tokens:
        if token.text.lower() not in lex.person_pronouns or token.pos != "PRON":
            continue
        while pos < len(body_cands) and cands[body_cands[pos]].end <= token.start:
            window.append(body_cands[pos])
            pos += 1
        near = [i for i in window if (h := heads[i]) is not None and token.sent - h.sent <= 1]
        if not near:
            continue
        subjects = [i for i in near if (h := heads[i]) is not None and h.dep in _SUBJECT_DEPS]
        if subjects:
            links.append(subjects[-1])
    return links
