"""People the model did not tag, found by their given name ("Alice imagines ...").

The small model misses one person name in about fourteen in narrative text (on GAP
development, 128 of the 1,799 names a pronoun refers to were no mention at all), and a
person who is no mention can be no speaker and no antecedent. A proper noun that is a
given name nearly always borne by one gender (`ReferenceWords.given_name_gender`, US
Census first names) starts a person's name, with the proper nouns that follow it
("Maria Lopez"), when nothing says otherwise: the model gave the word no entity of any
type (so "June 5" as a date and "Virginia" as a place stay theirs), the body never writes
it in lower case as a common word ("hope", "will"), it is not part of a longer proper
name ("Lake Victoria", "Dodd-Frank", "the Star of David", "2 Timothy"), not in a
title-case line (a headline capitalises every word), not the object of a preposition of
place ("in Florence"), not the modifier of a common noun ("the Alice project"), not a
country or US state ("America"), not a month ("May") and not an honorific or a title ("Miss
Universe"). The name runs on over the
proper nouns that follow, up to a stop word or a common word ("Jane The Virgin" is
"Jane"). A given name the parser tagged as a noun or adjective is read as one too
when it hangs on a later verb as its subject or modifier and a "he"/"she" follows close
after it ("Ellen catches his eye").

`add_missed_subjects` adds the other common miss: a one-word name, mostly a surname, that
heads the subject of a verb ("Pavlik was formerly a professor"; "In 1809, Mermet led a
division") or possesses a common noun ("Bullard's funeral") with no word of its own
around it, where a "he" or "she" stands close enough, before or after it,
to refer to it. Its type is left to the evidence, as for any name (`evidence.decide_type`).
Such a word that the model tagged only as a group (``NORP``: "Kruse said he ...") is the
same miss and is treated alike: on GAP development, 38 of the names A and B were people
the model had given that label, and none could take a pronoun. So is a capitalised word
the parser took for a common word where only a name can stand (`_name_taken_for_word`): a
noun subject away from the sentence start ("... and Nyro performed"), a plural-tagged
noun before a singular verb ("Robles was sentenced"), a given name tagged as an adverb
right before a finite verb with no subject ("Dolly plans to throw a party").

`add_titled_people` adds a name the model missed after a title or honorific ("Emperor
Taizong", "King Saul", "Miss Doublefinger"): the proper nouns after it, when a "he" or
"she" follows close enough to refer to them and none of them names an organisation or a
place.
"""

from __future__ import annotations

from collections.abc import Container, Sequence
from typing import Final

from newsdossier.article import Field, Token
from newsdossier.entities.candidate import Candidate
from newsdossier.entities.headlines import common_words, title_case_line
from newsdossier.lang.index import BodyIndex
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.morph import pronoun_gender
from newsdossier.lang.places import country_named, country_of_demonym, us_state_named
from newsdossier.lang.tree import ParseTree, parse_tree

#: The parser's tag for a proper noun: the only tag a missed name is read from.
PROPER_NOUN: Final = "PROPN"
#: Tags of a word before a given name that make it part of another name or phrase
#: ("Lake Victoria", "the Star ...").
_NAME_NEIGHBOURS: Final = frozenset({PROPER_NOUN, "DET", "NUM"})
#: Characters that join a given name to the word beside it ("Dodd-Frank", "Al-Shabaab").
_JOINERS: Final = frozenset({"-", "–", "/"})
#: Dependency labels of a subject, and tags of the verb it is the subject of.
_SUBJECT_DEPS: Final = frozenset({"nsubj", "nsubjpass"})
_VERB_TAGS: Final = frozenset({"VERB", "AUX"})
#: Tags of the noun a possessor ("Bullard's funeral") hangs on.
_NOUN_TAGS: Final = frozenset({"NOUN"})
#: Dependency labels of words that make a subject more than a bare name ("the Senate",
#: "Gold Coast", "his Dad", "20 Face").
_NOT_BARE: Final = frozenset({"det", "compound", "poss", "nummod", "flat"})
#: Tags the parser sometimes gives a given name it does not know as a name ("Alice" as a
#: noun, "Ellen" as an adjective), and the labels it then hangs the word on a verb with.
#: Not an adverb: sentence-initial adverbs that are also given names ("Soon") are common.
_MISTAGS: Final = frozenset({"NOUN", "ADJ"})
_MISTAGGED_DEPS: Final = frozenset({"nsubj", "nsubjpass", "advmod"})
#: Tags of a capitalised word the parser took for a modifier rather than a name, the
#: finite verb tags it then stands right before, and the auxiliaries that show a singular
#: subject (for `_name_taken_for_word`).
_ADVERB_OR_ADJECTIVE: Final = frozenset({"ADV", "ADJ"})
_FINITE_PAST_OR_PRESENT: Final = frozenset({"VBZ", "VBD"})
_SINGULAR_AUX: Final = frozenset({"is", "was", "has", "does"})
#: The model's label for nationalities, religions and parties, which it gives some surnames
#: and given names it does not know ("Kruse", "Nina").
_GROUP_LABEL: Final = "NORP"
#: Sentences from the word (its own, and the next; for a subject or a titled name also the
#: one before) in which a "he" or "she" must stand.
_PRONOUN_REACH: Final = 1


def add_missed_people(
    cands: Sequence[Candidate],
    texts: dict[Field, str],
    body: BodyIndex,
    lex: Lexicon,
    common: frozenset[str] | None = None,
) -> list[Candidate]:
    """``cands`` with the body's person names that begin with a one-gender given name and
    that the model missed: a new candidate (label ``PERSON``, origin ``given_name``), or,
    when the model took only the surname after it ("Dolores [Paley]"), that candidate
    widened over the given name. ``common``: `common_words` of the body, when already
    known."""
    out = list(cands)
    taken = sorted((c.start, c.end) for c in cands if c.field == "body")
    person_at = {c.start: c for c in cands if c.field == "body" and c.label == "PERSON"}
    tokens = body.tokens
    common = common_words(body) if common is None else common
    i = 0
    while i < len(tokens):
        if not _starts_name(tokens, i, lex, common) or _overlaps(taken, tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and _continues_name(tokens[i], tokens[j], taken, common, lex):
            j += 1
        span = tokens[i:j]
        start = span[0].start
        surname = person_at.get(tokens[j].start) if j < len(tokens) else None
        if surname is not None and tokens[j].sent == span[0].sent:
            cand = Candidate.make(
                start,
                surname.end,
                texts["body"][start : surname.end],
                surname.label,
                "body",
                surname.origin,
                surname.model_labels,
            )
        else:
            end = span[-1].end
            cand = Candidate.make(
                start, end, texts["body"][start:end], "PERSON", "body", "given_name"
            )
            surname = None
        if _person_here(span, tokens, lex) and not title_case_line(texts["body"], cand, lex):
            if surname is None:
                out.append(cand)
            else:
                out[out.index(surname)] = cand
        i = j
    return out


def _starts_name(tokens: Sequence[Token], i: int, lex: Lexicon, common: frozenset[str]) -> bool:
    tok = tokens[i]
    if not tok.text.istitle() or not tok.text.isalpha():
        return False
    if tok.pos != PROPER_NOUN and not _mistagged_subject(tokens, tok, lex):
        return False
    word = tok.text.lower()
    if tok.ent_type or word not in lex.reference.given_name_gender or word in common:
        return False
    if word in lex.reference.honorific_gender or lex.is_title_word(word):
        return False
    if word in lex.timex.ambiguous_months or country_named(tok.text) or us_state_named(tok.text):
        return False
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    if after is not None and after.text in _JOINERS:
        return False
    before = tokens[i - 1] if i > 0 else None
    if before is None or before.sent != tok.sent:
        return True
    if before.pos in _NAME_NEIGHBOURS or before.text in _JOINERS:
        return False
    governor = tokens[tok.head]
    return not (before.text.lower() == "of" and tokens[governor.head].pos == PROPER_NOUN)


def _mistagged_subject(tokens: Sequence[Token], tok: Token, lex: Lexicon) -> bool:
    """A capitalised given name tagged noun or adjective, no stop word ("Many"), that hangs
    on a verb as its subject or modifier ("Ellen catches his eye"), with a "he"/"she" close
    after it: the parser did not know the word as a name."""
    return (
        tok.pos in _MISTAGS
        and tok.text.lower() not in lex.stop_words
        and tok.dep in _MISTAGGED_DEPS
        and tokens[tok.head].pos in _VERB_TAGS
        and tok.head > tok.i
        and _pronoun_follows(tokens, tok, lex)
    )


def _continues_name(
    first: Token, tok: Token, taken: list[tuple[int, int]], common: frozenset[str], lex: Lexicon
) -> bool:
    word = tok.text.lower()
    return (
        tok.sent == first.sent
        and word not in common
        and word not in lex.stop_words
        and tok.pos == PROPER_NOUN
        and tok.text.istitle()
        and not tok.ent_type
        and not _overlaps(taken, tok)
    )


def _person_here(span: Sequence[Token], tokens: Sequence[Token], lex: Lexicon) -> bool:
    """Whether nothing around the span says it names a place or a thing."""
    ids = {t.i for t in span}
    head = next((t for t in span if t.head not in ids or t.head == t.i), span[-1])
    governor = tokens[head.head]
    if head.dep == "compound" and governor.pos != PROPER_NOUN:
        return False
    return not (head.dep == "pobj" and governor.text.lower() in lex.place_prepositions)


def _overlaps(taken: list[tuple[int, int]], tok: Token) -> bool:
    return any(start < tok.end and tok.start < end for start, end in taken)


def add_missed_subjects(
    cands: Sequence[Candidate],
    texts: dict[Field, str],
    body: BodyIndex,
    lex: Lexicon,
    common: frozenset[str] | None = None,
) -> list[Candidate]:
    """``cands`` with the body's one-word proper nouns that the model gave no entity, that
    head the subject of a verb (or possess a common noun) with no determiner, compound or
    possessor of their own, and that a gendered pronoun stands near (`_pronoun_near`: in the
    same sentence, the one before or the one after): a new candidate with no label (origin
    ``subject``). Common words of the body, stop words, titles, honorifics, months,
    countries, US states, nationalities, words in a title-case line and words already in a
    candidate are left alone. ``common``: `common_words` of the body, when already known.

    Such a word the model did tag, but only as a group (``NORP``: "Kruse said he ...",
    "Nina's letters ... she"), is the same miss: a nationality, religion or party is no
    bare singular subject of a verb with a "he"/"she" after it ("Democrats" is plural,
    "the Taliban" has its determiner, "Christian voters" is a modifier, and demonyms are
    left alone). Its candidate is replaced by one with no label (origin ``subject``), so
    that the evidence decides its type as for the others."""
    out = list(cands)
    taken = sorted((c.start, c.end) for c in cands if c.field == "body")
    groups = {
        (c.start, c.end): n
        for n, c in enumerate(cands)
        if c.field == "body" and c.label == _GROUP_LABEL and set(c.model_labels) <= {_GROUP_LABEL}
    }
    tokens = body.tokens
    near = _pronoun_sentences(tokens, lex)
    common = common_words(body) if common is None else common
    tree = parse_tree(tokens)
    for tok in tokens:
        group = groups.get((tok.start, tok.end))
        if not _bare_subject(tok, tree, lex, common, group is not None):
            continue
        if group is None and _overlaps(taken, tok):
            continue
        if not _pronoun_near(tok, near):
            continue
        cand = Candidate.make(tok.start, tok.end, tok.text, "", "body", "subject")
        if title_case_line(texts["body"], cand, lex):
            continue
        if group is None:
            out.append(cand)
        else:
            out[group] = cand
    return out


def add_titled_people(
    cands: Sequence[Candidate],
    texts: dict[Field, str],
    body: BodyIndex,
    lex: Lexicon,
    common: frozenset[str] | None = None,
) -> list[Candidate]:
    """``cands`` with the body's names after a capitalised title or honorific that the
    model gave no entity ("Emperor Taizong", "King Saul", "Miss Doublefinger"): the proper
    nouns right after the title in its sentence, title-case, no common word, stop word,
    title, organisation, law or place word among them, ending their phrase
    (`_ends_phrase`), the title not itself after a name, a determiner or a number, with a
    "he"/"she" close by (`_pronoun_near`). A new candidate with no label
    (origin ``titled``): the title before it votes for a person (`evidence`), the rest of
    the evidence decides as for any name. ``common``: `common_words` of the body."""
    out = list(cands)
    taken = sorted((c.start, c.end) for c in cands if c.field == "body")
    tokens = body.tokens
    near = _pronoun_sentences(tokens, lex)
    common = common_words(body) if common is None else common
    barred = lex.org_heads | lex.corporate_suffixes | lex.law_heads
    for tok in tokens:
        word = tok.text.rstrip(".").lower()
        if not tok.text[:1].isupper() or tok.ent_type:
            continue
        if not (lex.is_title_word(word) or word in lex.honorifics) or _overlaps(taken, tok):
            continue
        j = tok.i + 1
        while j < len(tokens) and _titled_name_word(tokens[j], tok, taken, common, lex):
            j += 1
        name = tokens[tok.i + 1 : j]
        if not name or any(t.text.lower() in barred for t in name):
            continue
        if any(country_named(t.text) or us_state_named(t.text) for t in name):
            continue
        inside = {t.i for t in name} | {tok.i}
        if any(t.head not in inside for t in name[:-1]) or not _ends_phrase(name[-1], body):
            continue
        before = tokens[tok.i - 1] if tok.i > 0 else None
        if before is not None and before.sent == tok.sent and before.pos in _NAME_NEIGHBOURS:
            continue  # "the 1992 General Election", "Nat King Cole", "the General Staff"
        if not _pronoun_near(name[-1], near):
            continue
        start, end = name[0].start, name[-1].end
        cand = Candidate.make(start, end, texts["body"][start:end], "", "body", "titled")
        if not title_case_line(texts["body"], cand, lex):
            out.append(cand)
            taken.append((start, end))
    return out


def _ends_phrase(last: Token, body: BodyIndex) -> bool:
    """Whether the name's last word heads its phrase with nothing of its own before it: not
    a modifier of a later noun ("the Miss World pageant", "Judge Advocate General Corps")
    and no determiner, number or possessor ("the General Staff")."""
    own = {body.tokens[c].dep for c in parse_tree(body.tokens).children[last.i]}
    return last.dep != "compound" and not own & {"det", "nummod", "poss"}


def _titled_name_word(
    tok: Token, title: Token, taken: list[tuple[int, int]], common: frozenset[str], lex: Lexicon
) -> bool:
    """Whether ``tok`` continues a name after ``title``: a title-case proper noun of its
    sentence that no candidate holds and that is no common word, stop word or title."""
    word = tok.text.lower()
    return (
        tok.sent == title.sent
        and tok.pos == PROPER_NOUN
        and tok.text.istitle()
        and tok.text.isalpha()
        and not tok.ent_type
        and word not in common
        and word not in lex.stop_words
        and not lex.is_title_word(word)
        and word not in lex.honorifics
        and not _overlaps(taken, tok)
    )


def _bare_subject(
    tok: Token, tree: ParseTree, lex: Lexicon, common: frozenset[str], group: bool = False
) -> bool:
    """Whether ``tok`` is a bare one-word proper noun heading the subject of a verb, or the
    possessor of a common noun ("Bullard's funeral"), or a capitalised word the parser took
    for a common word where only a name can stand (`_name_taken_for_word`), that the model
    gave no entity (or, with ``group``, only a group's: ``NORP``)."""
    if tok.ent_type and not (group and tok.ent_type == _GROUP_LABEL):
        return False
    text = tok.text
    capitalised = text.istitle() or (text[:1].isupper() and not text.isupper())  # McFarlane
    if not (capitalised and text.isalpha() and len(text) > 1):
        return False
    if tok.pos == PROPER_NOUN and tok.tag == "NNP":
        governor = tree.tokens[tok.head].pos
        subject = tok.dep in _SUBJECT_DEPS and governor in _VERB_TAGS
        possessor = tok.dep == "poss" and governor in _NOUN_TAGS
        if not (subject or possessor) or tree.deps(tok.i, *_NOT_BARE):
            return False
    elif group or not _name_taken_for_word(tok, tree, lex.reference.given_name_gender):
        return False
    word = text.lower()
    if word in common or word in lex.stop_words or lex.is_title_word(word):
        return False
    if word in lex.reference.honorific_gender or word in lex.timex.ambiguous_months:
        return False
    if word in lex.timex.deictic_days:  # "Tomorrow Is Forever"
        return False
    return not (country_named(text) or us_state_named(text) or country_of_demonym(text))


def _name_taken_for_word(tok: Token, tree: ParseTree, given_names: Container[str]) -> bool:
    """A capitalised word the parser tagged as a common word that stands where only a
    name can: a singular noun heading the subject of a verb with nothing before it in its
    phrase, tagged singular away from the start of its sentence ("... and Nyro performed"),
    or tagged plural before a singular verb ("Dolores threatens", "Robles was sentenced");
    or a given name (``given_names``) tagged adverb or adjective right before a finite
    verb that has no subject of its own ("Dolly plans to throw a party"), where no
    adverb can stand."""
    tokens = tree.tokens
    verb = tokens[tok.head]
    if verb.pos not in _VERB_TAGS or tok.head <= tok.i:
        return False
    first = tok.i == 0 or tokens[tok.i - 1].sent != tok.sent
    if tok.pos == "NOUN" and tok.dep in _SUBJECT_DEPS:
        if tree.deps(tok.i, *_NOT_BARE, "amod"):
            return False
        singular_verb = (
            verb.tag == "VBZ"
            or any(
                tokens[a].text.lower() in _SINGULAR_AUX
                for a in tree.deps(tok.head, "aux", "auxpass")
            )
            or verb.text.lower() in _SINGULAR_AUX
        )
        return (not first and tok.tag == "NN") or (tok.tag == "NNS" and singular_verb)
    return (
        tok.pos in _ADVERB_OR_ADJECTIVE
        and tok.text.lower() in given_names
        and tok.dep in ("advmod", "nsubj", "amod")
        and tok.head == tok.i + 1
        and verb.tag in _FINITE_PAST_OR_PRESENT
        and not tree.deps(tok.head, *_SUBJECT_DEPS, "expl")
    )


def _pronoun_sentences(tokens: Sequence[Token], lex: Lexicon) -> frozenset[int]:
    """The sentences of ``tokens`` that hold a "he"/"she" (any gendered pronoun), read once
    per article for `_pronoun_near`."""
    return frozenset(t.sent for t in tokens if pronoun_gender(t, lex) is not None)


def _pronoun_near(tok: Token, pronoun_sentences: frozenset[int]) -> bool:
    """Whether a "he"/"she" stands in ``tok``'s sentence, or within `_PRONOUN_REACH`
    sentences before or after it (`_pronoun_sentences`; "Whilst Ali was preaching ...
    which held his throat, Salih found ...": the story is about a person either way)."""
    return any(
        tok.sent + d in pronoun_sentences for d in range(-_PRONOUN_REACH, _PRONOUN_REACH + 1)
    )


def _pronoun_follows(tokens: Sequence[Token], tok: Token, lex: Lexicon) -> bool:
    """Whether a "he"/"she" (any gendered pronoun) follows ``tok`` in its own sentence or
    in the next `_PRONOUN_REACH`."""
    for later in tokens[tok.i + 1 :]:
        if later.sent > tok.sent + _PRONOUN_REACH:
            return False
        if pronoun_gender(later, lex) is not None:
            return True
    return False
