"""Speech and writing cues: the verbs and phrases that introduce what someone said.

The words are the lexicon's: the verbs of saying and writing (`Lexicon.saying_verbs`) and
the statement cue words (`StatementWords`: phrase cues, particle cues, unlemmatised forms).
Each cue is kept by its lemma (``said`` -> ``say``, ``according`` -> ``according to``);
`find_cues` returns the tokens that act as cues in an article.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsdossier.article import Token
from newsdossier.lang.lexicon import FALLBACK_LANGUAGE, Lexicon, StatementWords, lexicon_for

#: Dependency labels of the words that may stand between a catenative verb and its cue.
_BETWEEN_DEPS = frozenset({"prt", "advmod", "neg", "aux"})


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue in the text: its lemma and the tokens it spans (``head`` is the verb)."""

    lemma: str
    head: int
    first: int
    last: int
    phrase: bool = False


def normalize(word: str, lemma: str = "", *, words: StatementWords | None = None) -> str:
    """The normalized cue of a word as written (``said`` -> ``say``, ``Added`` -> ``add``),
    with the statement words of ``words`` (the fallback language's when not given)."""
    if words is None:
        words = lexicon_for(FALLBACK_LANGUAGE).statements
    low = word.lower()
    if low in words.cue_word_lemmas:
        return words.cue_word_lemmas[low]
    return (lemma or low).lower()


def is_speech_lemma(lemma: str, lexicon: Lexicon | None = None) -> bool:
    """Whether a lemma (or phrase cue) is a speech or writing cue in ``lexicon`` (the
    fallback language's when not given)."""
    lex = lexicon if lexicon is not None else lexicon_for(FALLBACK_LANGUAGE)
    return lemma in lex.saying_verbs or lemma in lex.statements.phrase_cues.values()


def find_cues(tokens: Sequence[Token], lexicon: Lexicon) -> list[Cue]:
    """Every speech verb and prepositional cue phrase among ``tokens``, in text order, by
    the words of ``lexicon``."""
    words = lexicon.statements
    phrases = _by_first_word(words)
    cues: list[Cue] = []
    for tok in tokens:
        phrase = _phrase_at(tokens, tok.i, phrases)
        if phrase is not None:
            cues.append(phrase)
            continue
        lemma = normalize(tok.text, tok.lemma, words=words)
        if _tag_name(tokens, tok):
            continue
        if tok.pos not in ("VERB", "AUX") and not (tok.pos == "NOUN" and tok.tag == "VBZ"):
            continue
        if lemma not in lexicon.saying_verbs or tok.dep in ("amod", "compound"):
            continue
        if _impersonal_infinitive(tokens, tok):
            continue
        particles = words.particle_cues.get(lemma)
        last = tok.i
        if particles is not None:
            if not _has_particle(tokens, tok, particles):
                continue
            last += 1
        first = _catenative_start(tokens, tok, _auxiliaries_start(tokens, tok))
        first = _carrier_start(tokens, tok, first)
        cues.append(Cue(lemma, tok.i, first, last))
    return cues


def _impersonal_infinitive(tokens: Sequence[Token], verb: Token) -> bool:
    """An infinitive under an impersonal "it is ...": "it was too early to tell whether",
    "it is hard to say how many" (no one says anything; "He was quick to say" is his)."""
    to = any(
        t.head == verb.i and t.dep == "aux" and t.text.lower() == "to"
        for t in tokens[max(0, verb.i - 2) : verb.i]
    )
    if verb.dep != "xcomp" or not to or verb.head == verb.i:
        return False
    governor = tokens[verb.head]
    if governor.pos in ("ADJ", "ADV") and governor.head != governor.i:
        governor = tokens[governor.head]
    if governor.lemma != "be":
        return False
    return any(
        t.head == governor.i and t.dep in ("nsubj", "expl") and t.text.lower() == "it"
        for t in tokens[max(0, governor.i - 3) : governor.i]
    )


def _tag_name(tokens: Sequence[Token], tok: Token) -> bool:
    """Whether ``tok`` names a markup tag left in the text (``<tweet author=...>``)."""
    prev = tokens[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.text in ("<", "</") and prev.end == tok.start


#: Phrase cues under their first word: (words, cue name) pairs.
_Phrases = dict[str, list[tuple[tuple[str, ...], str]]]


def _by_first_word(cue_words: StatementWords) -> _Phrases:
    """The phrase cues of ``cue_words`` under their first word, in the lexicon's order."""
    index: _Phrases = {}
    for words, lemma in cue_words.phrase_cues.items():
        index.setdefault(words[0], []).append((words, lemma))
    return index


def _phrase_at(tokens: Sequence[Token], i: int, phrases: _Phrases) -> Cue | None:
    for words, lemma in phrases.get(tokens[i].text.lower(), ()):
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
    """First token of the verb group: "has also said", "did not say", "is quoted"; a
    wh-adverb opening the clause is not part of it ("when asked"). An auxiliary further
    left opens the group across the verb's own modifiers between them ("have in the past
    said", "have both urged"), never across its subject."""
    first = verb.i
    while first > 0:
        prev = tokens[first - 1]
        if prev.head != verb.i or prev.dep not in ("aux", "auxpass", "neg", "advmod"):
            break
        if prev.tag == "WRB":
            break
        first -= 1
    for k in range(first - 1, max(-1, first - 1 - MAX_SPLIT_GROUP), -1):
        tok = tokens[k]
        if tok.head == verb.i and tok.dep in ("aux", "auxpass"):
            return k if _modifies(tokens, range(k + 1, first), verb) else first
    return first


#: Tokens a verb's own modifiers may put between its auxiliary and it ("have in fact said").
MAX_SPLIT_GROUP = 5


def _modifies(tokens: Sequence[Token], between: range, verb: Token) -> bool:
    """Whether every token of ``between`` hangs from ``verb`` through a modifier (an
    adverb, a preposition, a determiner such as "both"), not through its subject."""
    for k in between:
        tok = tokens[k]
        while tok.head != verb.i:
            if tok.head == tok.i or not between.start <= tok.head < between.stop:
                return False
            tok = tokens[tok.head]
        if tok.dep not in ("advmod", "prep", "npadvmod", "det", "preconj", "punct"):
            return False
    return True


def _catenative_start(tokens: Sequence[Token], verb: Token, first: int) -> int:
    """First token of a cue that is the infinitive or gerund of another verb ("went on to
    say", "refused to comment", "is likely to say"): that verb's group opens the cue, as
    long as nothing but adverbs and particles stands between them ("led her to say" keeps
    "to say": "her" is who says it)."""
    if verb.dep not in ("xcomp", "advcl") or not 0 <= verb.head < verb.i:
        return first
    if verb.dep == "advcl" and tokens[first].tag != "TO":
        return first  # "said when asked" is two cues, "went on to say" one
    head = tokens[verb.head]
    if head.pos == "ADJ" and head.dep == "acomp" and tokens[head.head].i < head.i:
        lead = tokens[head.head]  # "is likely to say": the copula opens the group
    elif head.pos == "VERB":
        lead = head
    else:
        return first
    between = range(lead.i + 1, first)
    if any(tokens[k].i != head.i and tokens[k].dep not in _BETWEEN_DEPS for k in between):
        return first
    return _auxiliaries_start(tokens, lead)


def _carrier_start(tokens: Sequence[Token], verb: Token, first: int) -> int:
    """First token of a participle cue that tells what a document says ("issued a
    statement saying", "filed a lawsuit alleging"): the verb that put out the document
    (its object, the participle's noun) opens the cue, as long as no punctuation stands
    between them ("rejected the plan, saying" is the participle alone)."""
    lead = carrier(tokens, verb)
    if lead is None or first != verb.i:
        return first
    if any(t.pos in ("PUNCT", "SPACE") for t in tokens[lead.i + 1 : verb.i]):
        return first
    return _auxiliaries_start(tokens, lead)


def carrier(tokens: Sequence[Token], verb: Token) -> Token | None:
    """For a participle modifying a verb's object ("issued a statement saying"), that verb;
    also when the parser hangs the participle on the verb itself but it follows the
    verb's object ("sent an email Monday saying"; `_carrier_start` then wants no comma
    between, so "rejected the plan, saying" stays the participle alone)."""
    if verb.tag != "VBG" or not 0 <= verb.head < verb.i:
        return None
    if verb.dep == "advcl":
        lead = tokens[verb.head]
        noun = next((t for t in tokens[lead.i + 1 : verb.i] if t.head == lead.i), None)
        if noun is None or noun.dep != "dobj" or noun.pos != "NOUN":
            return None
        return lead if lead.pos == "VERB" else None
    if verb.dep != "acl":
        return None
    noun = tokens[verb.head]
    if noun.dep != "dobj" or noun.pos != "NOUN" or not 0 <= noun.head < noun.i:
        return None
    lead = tokens[noun.head]
    return lead if lead.pos == "VERB" else None
