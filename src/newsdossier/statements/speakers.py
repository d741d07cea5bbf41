"""Speaker resolution: from the source phrase of a statement to an entity of the article.

- A **name** resolves to the entity whose mention covers the phrase's head word.
- A **pronoun** (he, she) resolves to a person of the article by gender and salience:
  gender is learned from the article itself (pronouns whose only possible antecedent is
  one person; honorifics such as "Ms."), salience from how recently and how often the
  person was mentioned, as a subject, and whether they were the last speaker. Names
  inside the paragraph's quotes before the pronoun do not count (who a quote talks about
  is not who says it). When the writer's own words since the last statement make another
  person of the pronoun's gender the subject of a main clause, the narrative has turned to
  that person and the pronoun is theirs ("Lee agreed with Hart. '...,' he wrote." is Lee);
  another such person as the subject of any clause ends the last speaker's turn (no
  last-speaker bonus). A he/she salience gives to no one (a person of unknown gender
  named too far back, a name the model typed as an organisation) takes the coreference
  layer's link when the article does not show that entity with the other gender.
  ``they`` / ``it`` go to the last organisation or group that spoke or was mentioned.
- A **definite description** ("the Japanese lawmaker", "the ministry") resolves to the
  last speaker or most salient recent person (person nouns) or to the organisation or
  place whose name contains the noun, else the most salient recent one (organisation nouns).
- Anything else (indefinite or plural: "Japanese sources", "a senior official") stays an
  **unnamed source**: no entity, the phrase kept as ``source_description``.

The nouns and determiners are the lexicon's `StatementWords`.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final, Literal

from newsdossier.article import Entity, Token
from newsdossier.lang.constraints import adjunct_tokens, described_nouns
from newsdossier.lang.discourse import PERSON_TYPES, Discourse
from newsdossier.lang.lexicon import Lexicon, StatementWords
from newsdossier.lang.morph import pronoun_gender
from newsdossier.lang.places import STATE_SUFFIX, country_named, us_state_named
from newsdossier.lang.quotes import find_quotes
from newsdossier.lang.tree import parse_tree
from newsdossier.statements.attribution import CONFIDENCE_DIGITS

GROUP_TYPES = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})
_ORG = frozenset({"ORG"})

#: How a source phrase was resolved.
Via = Literal["name", "pronoun", "description", "unnamed", "none"]

#: Confidence of each way of resolving a source (hand-set, checked on the statement seed
#: articles and the PolNeAR scorer, eval/polnear.py): a mention covering the head word is
#: certain; an apposition or a bare surname is nearly so; a pronoun or description that
#: goes through salience starts at ``*_base`` and gains ``*_margin`` times its margin
#: over the runner-up; an unnamed source is as sure as the phrase is a source at all.
CONFIDENCE: Final = {
    "name": 1.0,
    "appos_name": 0.9,
    "surname": 0.8,
    "title_or_spokesperson": 0.8,
    "group_noun": 0.8,
    "he_she_base": 0.5,
    "he_she_margin": 0.4,
    "group_pronoun": 0.7,
    "it_they_base": 0.4,
    "it_they_margin": 0.3,
    "description_base": 0.4,
    "description_margin": 0.3,
    "unnamed": 0.7,
    "unnamed_pronoun": 0.6,
    "unresolved_he_she": 0.5,
    "unknown": 0.5,
    "coref_he_she": 0.8,
    "coref_first_person": 0.8,
    "coref_other_pronoun": 0.7,
    "coref_description": 0.8,
}

#: Which sources take the coreference layer's link, checked on PolNeAR train
#: (eval/polnear.py, hand-read disagreements): a description linked through the
#: article's roles ("the governor", "the pope") was right where salience guessed; "they",
#: "who" and "it" linked to a group or person were mostly right. A "he"/"she" link was
#: wrong about as often as right where salience chose someone else (the GAP-trained
#: scorer does not weigh the last speaker), so salience keeps those; where salience
#: chose no one the link is taken (`_linked_person`: 13 of 13 read right on PolNeAR
#: train with the current scorer). "I" outside a named quote frame went to places, so it
#: keeps the salience resolver alone.
COREF_CLASSES: Final = frozenset({"description", "other_pronoun"})
#: The entity types a coreference link may give each class of source.
COREF_TYPES: Final = {
    "he_she": PERSON_TYPES,
    "first_person": PERSON_TYPES,
    "other_pronoun": PERSON_TYPES | GROUP_TYPES,
    "description": PERSON_TYPES | GROUP_TYPES,
}

#: Sentences back that a pronoun or description looks for its referent: "he"/"she" reach
#: far (a profile names its subject once), "it"/"they" and descriptions only nearby.
WINDOWS: Final = {"he_she": 12, "it_they": 2, "description": 3}


@dataclass(frozen=True, slots=True)
class Resolution:
    """Who a source phrase stands for: an entity, or a description kept as written."""

    entity: Entity | None
    description: str | None
    confidence: float
    via: Via


def resolve(
    discourse: Discourse,
    body: str,
    source: tuple[int, int],
    head: int,
    last_speaker: Entity | None,
    last_description: str | None,
    *,
    lexicon: Lexicon,
    last_said: int | None = None,
) -> Resolution:
    """Resolve the source phrase (token span ``source``, head token ``head``) with the words
    of ``lexicon``; ``last_said`` is where the last speaker's statement ended (its content
    or its cue, whichever is later)."""
    tokens = discourse.tokens
    tok = tokens[head]
    text = body[tokens[source[0]].start : tokens[source[1]].end]
    named = discourse.entity_at(tok.start, tok.end)
    if named is not None:
        return Resolution(named, None, CONFIDENCE["name"], "name")
    for other in tokens[source[0] : source[1] + 1]:
        if other.dep == "appos" and other.head == head and tok.pos != "PRON":
            named = discourse.entity_at(other.start, other.end)
            if named is None and _bracketed(tokens, source, other):
                named = _person_under(discourse, source, other)
            if named is not None and named.type in PERSON_TYPES | GROUP_TYPES:
                return Resolution(named, None, CONFIDENCE["appos_name"], "name")
    if tok.pos in ("NOUN", "PROPN"):
        named = _described(discourse, tok)
        if named is not None:
            return Resolution(named, None, CONFIDENCE["appos_name"], "name")
    linked = _coreferent(discourse, source, tok, lexicon)
    if tok.pos == "PRON":
        barred = _barred(discourse, tok)
        turn = _turn(discourse, body, last_said, tok, last_speaker)
        if turn.to is not None and turn.to.id not in barred:
            conf = CONFIDENCE["he_she_base"] + CONFIDENCE["he_she_margin"] * TURN_MARGIN
            found = Resolution(turn.to, None, round(conf, CONFIDENCE_DIGITS), "pronoun")
        else:
            speaker = None if turn.over else last_speaker
            if speaker is not None and speaker.id in barred:
                speaker = None
            found = _pronoun(discourse, body, tok, text, speaker, last_description, lexicon, barred)
            introduced = _introduced(discourse, body, tok, lexicon)
            if introduced is not None and introduced.id not in barred:
                conf = CONFIDENCE["he_she_base"] + CONFIDENCE["he_she_margin"] * TURN_MARGIN
                found = Resolution(introduced, None, round(conf, CONFIDENCE_DIGITS), "pronoun")
        if found.entity is None:
            for alt in (linked, _linked_person(discourse, tok, lexicon)):
                if alt is not None and alt.entity is not None and alt.entity.id not in barred:
                    return alt
            return found
        switched = _paragraph_speaker(discourse, body, tok, found, lexicon)
        if switched is not None and switched.entity is not None and switched.entity.id in barred:
            return found
        return switched or found
    if tok.pos == "PROPN":
        found_named = discourse.entity_named(tok.text)
        if found_named is not None:
            return Resolution(found_named, None, CONFIDENCE["surname"], "name")
        return Resolution(None, text, CONFIDENCE["unnamed"], "unnamed")
    if linked is not None:
        if linked.entity is not None and linked.entity.type in GROUP_TYPES:
            nearer = _recent_group(discourse, tok, linked.entity, lexicon.statements)
            if nearer is not None:
                return Resolution(nearer, None, CONFIDENCE["group_noun"], "description")
        return linked
    span = tokens[source[0] : source[1] + 1]
    return _description(discourse, span, tok, text, last_speaker, lexicon.statements)


#: The margin over the runner-up a "he"/"she" given to the person the narrative turned to
#: counts as (`_turn`; hand-set between an even call and a sure one).
TURN_MARGIN: Final = 0.5

#: Most conjuncts `_described` climbs ("a liar, a racist and a birther").
MAX_CONJUNCTS = 12
#: Parts of speech of the words in a list of descriptions ("a liar, racist and birther").
_NOMINAL = frozenset({"NOUN", "PROPN", "ADJ"})


def _described(discourse: Discourse, tok: Token) -> Entity | None:
    """The named person or group a description is said of, in its own sentence: the name
    it stands in apposition to ("Lloyd Grove, the editor who wrote ...") or the subject of
    the copula it completes ("Trump is a birther who has pledged ..."), through a list of
    conjuncts ("a liar, racist and birther"); never under a negated copula."""
    tokens = discourse.tokens
    for _ in range(MAX_CONJUNCTS):
        if tok.dep != "conj" or tok.head == tok.i or tokens[tok.head].pos not in _NOMINAL:
            break
        tok = tokens[tok.head]
    if tok.dep == "appos" and tok.head != tok.i:
        anchor = tokens[tok.head]
    elif tok.dep == "attr" and tokens[tok.head].lemma == "be":
        verb = tokens[tok.head]
        if any(t.head == verb.i and t.dep == "neg" for t in tokens[verb.i : tok.i]):
            return None
        found = _subject(tokens, verb)
        if found is None:
            return None
        anchor = found
    else:
        return None
    named = discourse.entity_at(anchor.start, anchor.end)
    if named is None or named.type not in PERSON_TYPES | GROUP_TYPES:
        return None
    return named


def _bracketed(tokens: Sequence[Token], source: tuple[int, int], head: Token) -> bool:
    """Whether the parser made a bracketed label the head of an apposition ("(D-Norfolk)"
    heading "Del. Ann Roe (D-Norfolk)"): an opening bracket hangs on ``head``."""
    return any(t.head == head.i and t.text == "(" for t in tokens[source[0] : source[1] + 1])


def _person_under(discourse: Discourse, source: tuple[int, int], appos: Token) -> Entity | None:
    """The person named inside an apposition whose head word is a bracketed label that
    names no one (`_bracketed`): the parser may hang a name on the label after it ("the
    senator's niece, Del. Ann Roe (D-Norfolk)", with "Norfolk" as the apposition's head);
    the last person name in the apposition's subtree, within the source phrase, is the
    one meant."""
    tokens = discourse.tokens
    found: Entity | None = None
    for tok in tokens[source[0] : source[1] + 1]:
        if tok.pos != "PROPN" or not _under(tokens, tok, appos.i, source):
            continue
        named = discourse.entity_at(tok.start, tok.end)
        if named is not None and named.type in PERSON_TYPES:
            found = named
    return found


def _under(tokens: Sequence[Token], tok: Token, top: int, source: tuple[int, int]) -> bool:
    """Whether ``top`` dominates ``tok`` through heads inside the ``source`` span."""
    for _ in range(source[1] - source[0] + 1):
        if tok.i == top:
            return True
        if tok.head == tok.i or not source[0] <= tok.head <= source[1]:
            return False
        tok = tokens[tok.head]
    return False


#: Tokens before a copula its subject is looked for in.
MAX_SUBJECT_DISTANCE = 40


def _subject(tokens: Sequence[Token], verb: Token) -> Token | None:
    """The subject of ``verb``, or of the verb it is conjoined to ("Trump incites ... and
    is a birther")."""
    for _ in range(MAX_CONJUNCTS):
        near = tokens[max(0, verb.i - MAX_SUBJECT_DISTANCE) : verb.i]
        subjects = [t for t in near if t.head == verb.i and t.dep == "nsubj"]
        if subjects:
            return subjects[-1]
        if verb.dep != "conj" or verb.head == verb.i:
            return None
        verb = tokens[verb.head]
    return None


def _coreferent(
    discourse: Discourse, source: tuple[int, int], tok: Token, lexicon: Lexicon
) -> Resolution | None:
    """The entity the coreference layer gave the source's head (else the whole phrase)."""
    cls = _coref_class(tok, lexicon)
    if cls not in COREF_CLASSES:
        return None
    tokens = discourse.tokens
    entity = discourse.coreferent_at(tok.start, tok.end)
    if entity is None:
        entity = discourse.coreferent_at(tokens[source[0]].start, tokens[source[1]].end)
    if entity is None or entity.type not in COREF_TYPES[cls]:
        return None
    via: Via = "pronoun" if tok.pos == "PRON" else "description"
    return Resolution(entity, None, CONFIDENCE[f"coref_{cls}"], via)


def _introduced(discourse: Discourse, body: str, tok: Token, lexicon: Lexicon) -> Entity | None:
    """The person the sentence before a quote paragraph introduces, for the "he"/"she"
    that closes its first quote: news writing names a new voice with their role ("...
    concerns Dana Roe, president of the county caucus.") and gives their words in the next
    paragraph ('"No one is listening," she said.'). The person must be named there for the
    first time, with a common noun in apposition (a role), outside quotes, be the only such
    person of the pronoun's gender; the sentence's main clause must have no person as its
    subject ("Asked about Lee, the senator, Roe demurred." is Roe's turn) and report no
    one's words (no saying verb with a subject of its own)."""
    gender = pronoun_gender(tok, lexicon)
    if gender is None or tok.dep not in ("nsubj", "nsubjpass"):
        return None
    start = body.rfind("\n", 0, tok.start) + 1
    opening = body[start : start + 1]
    if not opening or opening not in _QUOTE_OPENERS or start < 2:
        return None
    before = discourse.named_between(0, start)
    if not before:
        return None
    sent = before[-1].sent
    quoted = _quoted_before(body, tok.start)
    if any(
        not any(q0 <= m.start < q1 for q0, q1 in quoted)
        for m in discourse.named_between(start, tok.start)
    ):
        return None
    tokens = discourse.tokens
    first = last = max(0, bisect.bisect_right(tokens, before[-1].start, key=_start_of) - 1)
    while first > 0 and tokens[first - 1].sent == sent:
        first -= 1
    while last + 1 < len(tokens) and tokens[last + 1].sent == sent:
        last += 1
    in_sent = tokens[first : last + 1]
    speech = {t.i for t in in_sent if t.lemma in lexicon.saying_verbs and t.pos == "VERB"}
    if any(t.head in speech and t.dep in ("nsubj", "nsubjpass") for t in in_sent) or any(
        tokens[i].dep == "ROOT" for i in speech
    ):
        return None
    persons = {m.entity.id for m in before if m.sent == sent and m.entity.type in PERSON_TYPES}
    for t in in_sent:
        if t.dep in ("nsubj", "nsubjpass") and tokens[t.head].dep == "ROOT":
            subject = discourse.entity_at(t.start, t.end)
            if subject is not None and subject.id in persons:
                return None
    seen = {m.entity.id for m in before if m.sent < sent}
    found: dict[str, Entity] = {}
    for m in before:
        if (
            m.sent != sent
            or m.entity.type not in PERSON_TYPES
            or m.entity.id in seen
            or discourse.gender.get(m.entity.id, gender) != gender
        ):
            continue
        head = max(0, bisect.bisect_right(tokens, m.end - 1, key=_start_of) - 1)
        if tokens[head].pos != "PROPN" or not body[m.end :].startswith(","):
            continue
        if any(t.head == head and t.dep == "appos" and t.pos == "NOUN" for t in in_sent):
            found[m.entity.id] = m.entity
    return next(iter(found.values())) if len(found) == 1 else None


#: Characters that open a quote paragraph.
_QUOTE_OPENERS = frozenset("\"\u201c'\u2018")


def _paragraph_speaker(
    discourse: Discourse, body: str, tok: Token, found: Resolution, lexicon: Lexicon
) -> Resolution | None:
    """The coreference layer's person for a "he"/"she" that salience gave to someone its
    paragraph never names, when the paragraph names that person before it, outside its
    quotes: a paragraph that introduces a speaker is about that speaker, not about the
    last one (a name inside a quote is who is talked about, not who talks)."""
    if found.entity is None or _coref_class(tok, lexicon) != "he_she":
        return None
    linked = discourse.coreferent_at(tok.start, tok.end)
    if linked is None or linked.type not in PERSON_TYPES or linked.id == found.entity.id:
        return None
    start = body.rfind("\n", 0, tok.start) + 1
    quoted = _quoted_before(body, tok.start)
    named = {
        m.entity.id
        for m in discourse.named_between(start, tok.start)
        if not any(q_start <= m.start < q_end for q_start, q_end in quoted)
    }
    if linked.id not in named or found.entity.id in named:
        return None
    return Resolution(linked, None, CONFIDENCE["coref_he_she"], "pronoun")


def _linked_person(discourse: Discourse, tok: Token, lexicon: Lexicon) -> Resolution | None:
    """The coreference layer's referent of a "he"/"she" that salience gave to no one: a
    person whose gender the article does not show otherwise, or a name the model typed
    otherwise ("Fiorina" as an organisation) that the layer gave mostly pronouns of this
    gender (`_gendered_by_links`)."""
    gender = pronoun_gender(tok, lexicon)
    if gender is None or tok.pos != "PRON":
        return None
    linked = discourse.coreferent_at(tok.start, tok.end)
    if linked is None or discourse.gender.get(linked.id, gender) != gender:
        return None
    if linked.type not in PERSON_TYPES and not _gendered_by_links(linked, gender, lexicon):
        return None
    return Resolution(linked, None, CONFIDENCE["coref_he_she"], "pronoun")


#: A name the model did not type as a person counts as one of a gender when at least this
#: many pronouns of that gender were linked to it, and this many times more than pronouns
#: of any other kind (hand-set: an organisation takes "it"/"they" as often as "she").
MIN_GENDERED_LINKS: Final = 3
GENDERED_LINK_RATIO: Final = 3


def _gendered_by_links(entity: Entity, gender: str, lexicon: Lexicon) -> bool:
    """Whether the pronouns the coreference layer linked to ``entity`` are mostly of
    ``gender``: at least `MIN_GENDERED_LINKS`, `GENDERED_LINK_RATIO` times the others."""
    pronouns = [m.text.lower() for m in entity.mentions if m.kind == "pronoun"]
    same = sum(1 for w in pronouns if lexicon.pronoun_gender.get(w) == gender)
    other = len(pronouns) - same
    return same >= MIN_GENDERED_LINKS and same >= GENDERED_LINK_RATIO * other


@dataclass(frozen=True, slots=True)
class Turn:
    """What the writer's own words since the last statement say about the next "he"/"she":
    the person the narrative turned to (a new subject of a main clause), or only that the
    last speaker's turn is over (another person of that gender became a subject)."""

    to: Entity | None
    over: bool


def _turn(
    discourse: Discourse, body: str, since: int | None, tok: Token, last_speaker: Entity | None
) -> Turn:
    """The `Turn` since the last statement ended (``since``): names outside quotes whose
    person has the pronoun's gender and heads a subject. The last such subject of a main
    clause, when it is not the last speaker, is who the narrative turned to ("Dan Lee agreed
    with Matthews. '...,' he wrote." is Lee)."""
    gender = pronoun_gender(tok, discourse.lexicon)
    if since is None or last_speaker is None or gender is None or since >= tok.start:
        return Turn(None, False)
    start = body.rfind("\n", 0, since) + 1
    quoted = [(start + q.start, start + q.end) for q in find_quotes(body[start : tok.start])]
    main: Entity | None = None
    over = False
    for m in discourse.named_between(since, tok.start):
        if (
            m.subject
            and m.entity.type in PERSON_TYPES
            and discourse.gender.get(m.entity.id, gender) == gender
            and not any(q_start <= m.start < q_end for q_start, q_end in quoted)
            and _narrative_subject(discourse, m.start, m.end)
        ):
            over = over or m.entity.id != last_speaker.id
            if discourse.heads_main_clause(m, reported_by=tok.head):
                main = m.entity
    if main is not None and main.id != last_speaker.id:
        return Turn(main, True)
    return Turn(None, over)


def _barred(discourse: Discourse, tok: Token) -> frozenset[str]:
    """The entities a subject pronoun cannot be: those named inside a participial adjunct
    whose unexpressed subject the pronoun controls (`constraints.adjunct_tokens`: "after
    examining Roe's leg, she insisted" is not Roe)."""
    if tok.dep not in ("nsubj", "nsubjpass"):
        return frozenset()
    adjunct = adjunct_tokens(parse_tree(discourse.tokens), tok)
    if not adjunct:
        return frozenset()
    tokens = discourse.tokens
    first, last = tokens[min(adjunct)], tokens[max(adjunct)]
    return frozenset(
        m.entity.id
        for m in discourse.named_between(first.start, last.end)
        if bisect.bisect_right(tokens, m.start, key=_start_of) - 1 in adjunct
    )


def _spans_of(discourse: Discourse, ids: frozenset[str]) -> list[tuple[int, int]]:
    """The character spans of every name mention of the entities ``ids``."""
    if not ids:
        return []
    return [(m.start, m.end) for m in discourse.mentions if m.entity.id in ids]


def _start_of(tok: Token) -> int:
    return tok.start


def _narrative_subject(discourse: Discourse, start: int, end: int) -> bool:
    """Whether the name at ``start..end`` is the subject of a clause that moves the
    narrative on: not of a gerund or participle ("beliefs ranging from Lee being a spy"),
    nor of a clause completing a noun ("the idea that Lee was murdered", "the bill Lee
    wrote"). Those talk about the person inside another clause; they are no new actor."""
    tokens = discourse.tokens
    first = max(0, bisect.bisect_right(tokens, start, key=_start_of) - 1)
    last = max(first, bisect.bisect_left(tokens, end, key=_start_of) - 1)
    for tok in tokens[first : last + 1]:
        if tok.dep not in ("nsubj", "nsubjpass") or tok.head == tok.i:
            continue
        verb = tokens[tok.head]
        if verb.tag in ("VBG", "VBN") or "VerbForm=Ger" in verb.morph:
            near = tokens[max(0, verb.i - 4) : verb.i]
            if not any(t.head == verb.i and t.dep in ("aux", "auxpass") for t in near):
                return False
        for _ in range(MAX_CONJUNCTS):
            if verb.dep != "conj" or verb.head == verb.i:
                break
            verb = tokens[verb.head]
        return not (verb.dep in _NOUN_CLAUSES and tokens[verb.head].pos in _NOMINAL)
    return True


#: Dependency labels of a clause that completes or modifies a noun.
_NOUN_CLAUSES = frozenset({"acl", "relcl"})


def _quoted_before(body: str, offset: int) -> list[tuple[int, int]]:
    """The quotes (character spans) of the paragraph around ``offset`` that start before it."""
    start = body.rfind("\n", 0, offset) + 1
    end = body.find("\n", offset)
    quoted = find_quotes(body[start : len(body) if end < 0 else end])
    return [(start + q.start, start + q.end) for q in quoted if start + q.start < offset]


def _coref_class(tok: Token, lexicon: Lexicon) -> str:
    if tok.pos != "PRON":
        return "description"
    if pronoun_gender(tok, lexicon):
        return "he_she"
    return "first_person" if "Person=1" in tok.morph else "other_pronoun"


def _pronoun(
    discourse: Discourse,
    body: str,
    tok: Token,
    text: str,
    last_speaker: Entity | None,
    last_description: str | None,
    lexicon: Lexicon,
    barred: frozenset[str] = frozenset(),
) -> Resolution:
    """Who a pronoun source is: "he"/"she" the most salient person of its gender, leaving
    out the names inside the paragraph's quotes before it (who is talked about in
    "... Kaine ...," he wrote is not who writes); "they"/"it" the last group that spoke,
    else a salient organisation."""
    low = tok.text.lower()
    if low in ("he", "she"):
        gender = pronoun_gender(tok, lexicon)
        entity, margin = discourse.salient(
            tok.start,
            tok.sent,
            PERSON_TYPES,
            last_speaker,
            gender,
            window=WINDOWS["he_she"],
            unheard=_quoted_before(body, tok.start) + _spans_of(discourse, barred),
        )
        if entity is not None:
            conf = CONFIDENCE["he_she_base"] + CONFIDENCE["he_she_margin"] * margin
            return Resolution(entity, None, round(conf, CONFIDENCE_DIGITS), "pronoun")
        return Resolution(None, text, CONFIDENCE["unresolved_he_she"], "unnamed")
    if low in ("they", "it"):
        if low == "they" and last_speaker is None and last_description:
            return Resolution(None, last_description, CONFIDENCE["unnamed_pronoun"], "unnamed")
        if last_speaker is not None and last_speaker.type in GROUP_TYPES:
            return Resolution(last_speaker, None, CONFIDENCE["group_pronoun"], "pronoun")
        if low == "they":
            # A "they" no speaker explains is mostly people ("progressives", "the authors"),
            # not the organisation named nearby: unresolved rather than that one.
            return Resolution(None, text, CONFIDENCE["unnamed_pronoun"], "unnamed")
        entity, margin = discourse.salient(
            tok.start, tok.sent, _ORG, None, window=WINDOWS["it_they"]
        )
        if entity is not None:
            conf = CONFIDENCE["it_they_base"] + CONFIDENCE["it_they_margin"] * margin
            return Resolution(entity, None, round(conf, CONFIDENCE_DIGITS), "pronoun")
    return Resolution(None, text, CONFIDENCE["unnamed_pronoun"], "unnamed")


def _description(
    discourse: Discourse,
    span: Sequence[Token],
    tok: Token,
    text: str,
    last_speaker: Entity | None,
    words: StatementWords,
) -> Resolution:
    definite = span[0].text.lower() in words.singular_definite_determiners
    plural = "Number=Plur" in tok.morph
    lemma = tok.lemma.lower()
    if lemma in words.spokesperson_nouns:
        org = _organisation_of(discourse, span)
        if org is not None:
            return Resolution(org, None, CONFIDENCE["title_or_spokesperson"], "description")
    if not definite or (plural and lemma not in ("authorities",)):
        return Resolution(None, text, CONFIDENCE["unnamed"], "unnamed")
    if lemma in words.person_nouns:
        titled = discourse.titled(lemma, tok.start)
        if titled is not None:
            return Resolution(titled, None, CONFIDENCE["title_or_spokesperson"], "description")
        entity, margin = discourse.salient(
            tok.start, tok.sent, PERSON_TYPES, None, window=WINDOWS["description"]
        )
        if entity is not None and (last_speaker is None or entity.id == last_speaker.id):
            conf = CONFIDENCE["description_base"] + CONFIDENCE["description_margin"] * margin
            return Resolution(entity, None, round(conf, CONFIDENCE_DIGITS), "description")
    elif lemma in words.group_nouns:
        entity = _group_by_noun(discourse, tok, words)
        if entity is not None:
            return Resolution(entity, None, CONFIDENCE["group_noun"], "description")
    return Resolution(None, text, CONFIDENCE["unnamed"], "unnamed")


def _organisation_of(discourse: Discourse, span: Sequence[Token]) -> Entity | None:
    for t in span:
        entity = discourse.entity_at(t.start, t.end)
        if entity is not None and entity.type in GROUP_TYPES - {"NORP"}:
            return entity
    return None


def _last_place(discourse: Discourse, tok: Token, kind: str) -> Entity | None:
    """The last country (``kind`` "country") or US state ("state") named within the
    description window before ``tok`` ("the 2000 election in Florida, when the state ...")."""
    for m in reversed(discourse.mentions):
        if m.start >= tok.start or m.entity.type != "GPE":
            continue
        if tok.sent - m.sent > WINDOWS["description"]:
            return None
        name = m.entity.name.removesuffix(STATE_SUFFIX)
        if (us_state_named(name) if kind == "state" else country_named(name)) is not None:
            return m.entity
    return None


def _recent_group(
    discourse: Discourse, tok: Token, found: Entity, words: StatementWords
) -> Entity | None:
    """A nearer group for a group description ("the network") than ``found``, a group last
    named outside the description window: the last group named within the window whose
    name holds the noun or that the article describes with it ("Acme, the network", "the
    Acme television network"). A name holding the noun long before ("Dish Network", forty
    sentences back) does not outweigh the network the last sentences are about."""
    noun = tok.lemma.lower()
    if noun not in words.group_nouns:
        return None
    recent = [
        m
        for m in discourse.mentions
        if m.start < tok.start
        and 0 <= tok.sent - m.sent <= WINDOWS["description"]
        and m.entity.type in GROUP_TYPES
    ]
    if any(m.entity.id == found.id for m in recent):
        return None
    described = described_nouns(discourse)
    for m in reversed(recent):
        names = (m.entity.name, *m.entity.aliases)
        if noun in described.get(m.entity.id, ()) or any(noun in n.lower().split() for n in names):
            return m.entity
    return None


def _group_by_noun(discourse: Discourse, tok: Token, words: StatementWords) -> Entity | None:
    noun = tok.lemma.lower()
    named = [
        m.entity
        for m in discourse.mentions
        if m.start < tok.start
        and m.entity.type in GROUP_TYPES
        and any(noun in n.lower().split() for n in (m.entity.name, *m.entity.aliases))
    ]
    if named:
        return _recent_group(discourse, tok, named[-1], words) or named[-1]
    kind = words.place_nouns.get(noun)
    if kind is not None:
        return _last_place(discourse, tok, kind)
    if noun not in words.generic_org_nouns:
        return None
    entity, _ = discourse.salient(tok.start, tok.sent, _ORG, None, window=WINDOWS["description"])
    return entity
