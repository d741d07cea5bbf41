"""Speech and writing cues: the verbs and phrases that introduce what someone said.

The lexicon is general English (verbs of saying, writing and announcing), not derived
from any corpus. Each cue is kept by its lemma (``said`` -> ``say``, ``according`` ->
``according to``); `find_cues` returns the tokens that act as cues in an article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsdossier.article import Token
from newsdossier.lang.speech import SAYING_VERBS

#: Verbs that are speech cues only with a particle ("point out").
PARTICLE_CUES: dict[str, frozenset[str]] = {"point": frozenset({"out"})}

#: Multi-word prepositional cues: the source is the object of the last word.
PHRASE_CUES: dict[tuple[str, ...], str] = {
    ("according", "to"): "according to",
    ("in", "the", "words", "of"): "in the words of",
    ("quoting",): "quoting",
}

_WORD_LEMMA = {"said": "say", "says": "say", "told": "tell", "tells": "tell"}


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue in the text: its lemma and the tokens it spans (``head`` is the verb)."""

    lemma: str
    head: int
    first: int
    last: int
    phrase: bool = False


def normalize(word: str, lemma: str = "") -> str:
    """The normalized cue of a word as written (``said`` -> ``say``, ``Added`` -> ``add``)."""
    low = word.lower()
    if low in _WORD_LEMMA:
        return _WORD_LEMMA[low]
    return (lemma or low).lower()


def is_speech_lemma(lemma: str) -> bool:
    """Whether a lemma (or phrase cue) is a speech or writing cue."""
    return lemma in SAYING_VERBS or lemma in PHRASE_CUES.values()


def find_cues(tokens: Sequence[Token]) -> list[Cue]:
    """Every speech verb and prepositional cue phrase among ``tokens``, in text order."""
    cues: list[Cue] = []
    for tok in tokens:
        phrase = _phrase_at(tokens, tok.i)
        if phrase is not None:
            cues.append(phrase)
            continue
        lemma = normalize(tok.text, tok.lemma)
        if tok.pos not in ("VERB", "AUX") and not (tok.pos == "NOUN" and tok.tag == "VBZ"):
            continue
        if lemma not in SAYING_VERBS or tok.dep in ("amod", "compound"):
            continue
        if lemma in PARTICLE_CUES and not _has_particle(tokens, tok, PARTICLE_CUES[lemma]):
            continue
        cues.append(Cue(lemma, tok.i, _auxiliaries_start(tokens, tok), tok.i))
    return cues


def _phrase_at(tokens: Sequence[Token], i: int) -> Cue | None:
    for words, lemma in PHRASE_CUES.items():
        end = i + len(words)
        if end > len(tokens):
            continue
        if all(tokens[i + k].text.lower() == w for k, w in enumerate(words)):
            if lemma == "quoting" and tokens[i].dep not in ("advcl", "prep", "xcomp", "pcomp"):
                continue
            return Cue(lemma, i, i, end - 1, phrase=True)
    return None


def _has_particle(tokens: Sequence[Token], tok: Token, particles: frozenset[str]) -> bool:
    nxt = tokens[tok.i + 1] if tok.i + 1 < len(tokens) else None
    return nxt is not None and nxt.text.lower() in particles


def _auxiliaries_start(tokens: Sequence[Token], verb: Token) -> int:
    """First token of the verb group: "has also said", "did not say", "is quoted"."""
    first = verb.i
    while first > 0:
        prev = tokens[first - 1]
        if prev.head != verb.i or prev.dep not in ("aux", "auxpass", "neg", "advmod"):
            break
        first -= 1
    return first
