"""Attributions found through the dependency parse: who (source) said (cue) what (content).

Rules, for each speech cue (see `cues`):

- ``X said (that) C`` / ``C, X said`` — the content is the cue's clausal complement
  (``ccomp``); when the parser hangs the cue off the content instead (``parataxis``), the
  content is the head clause minus the cue's own subtree.
- ``C, according to X`` — the content is the clause the phrase modifies, minus the phrase.
- ``X said: "Q"`` / ``"Q," X said`` — with no clausal complement, the nearest unclaimed
  quote in the same sentence or across the sentence boundary next to the cue.
- ``X pointed to N`` / ``X asked about N`` — with neither, the object of the cue's own
  preposition or of a topic preposition right after it; the cue runs to the preposition.
- ``X urged Y to V`` / ``X announced N`` — else the object, with the infinitive it is the
  subject of (verbs that report only a clause or a quote, "continued", never do this).
- ``..., adding that C`` — participles and conjoined verbs take their head's subject;
  ``led Y to say`` takes the object; a passive participle (``Asked about it, ...``) none.

A content that lies inside a quote is direct; one that contains a quote is mixed; else
indirect. Quote boundaries win over the parse when they disagree. The words (verbs of
saying, relative pronouns, framing prepositions, hearer verbs) are the `Lexicon`'s.
"""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from typing import Any

from newsdossier.article import Sentence, Token
from newsdossier.lang.lexicon import Lexicon, StatementWords
from newsdossier.lang.quotes import QuoteSpan, is_quote_mark
from newsdossier.lang.tree import PUNCT_EDGE, ParseTree, parse_tree
from newsdossier.statements.attribution import (
    CONFIDENCE_DIGITS,
    CONTENT_CONFIDENCE,
    Attribution,
)
from newsdossier.statements.cues import Cue, carrier, normalize
from newsdossier.statements.direct import adjacent_quote, quote_content, shape, split_continuation
from newsdossier.statements.repairs import (
    FINITE_TAGS,
    inside_quote,
    inverted_subject,
    quoted_source,
    speaker_after_quote,
    stranded_subject,
)

_INHERIT_DEPS = frozenset({"advcl", "xcomp", "conj", "pcomp", "acl"})
#: Dependency labels of a clause's own parts: subjects, objects, complements, the verb group.
_CORE_DEPS = frozenset(
    {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "dobj", "dative", "attr", "acomp"}
    | {"oprd", "xcomp", "ccomp", "aux", "auxpass", "neg"}
)
#: Verbs a source is looked for above, through participles and conjuncts ("said, adding").
MAX_SOURCE_CLIMB = 3
#: A fronted content ("C, X said") shorter than this many tokens, or ending this many
#: tokens before the comma, is a fragment rather than what was said.
MIN_FRONTED_TOKENS = 3
FRONTED_COMMA_SLACK = 2
_BREAKS = frozenset({"—", "–", "--"})
#: Tokens a parenthesis after a source phrase may hold and still belong to it.
MAX_PARENTHESIS_TOKENS = 6


def attributions(
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    cues: Sequence[Cue],
    quotes: Sequence[QuoteSpan],
    lexicon: Lexicon,
) -> list[Attribution]:
    """One attribution per cue that has content, plus split-quote continuations, read with
    the words of ``lexicon``."""
    tree = parse_tree(tokens)
    claimed: set[int] = set()
    found: list[Attribution] = []
    for cue in cues:
        if inside_quote(tokens[cue.head], quotes):
            continue
        att = _from_cue(tree, sentences, cue, quotes, claimed, lexicon)
        if att is None:
            continue
        claimed.update(att.quotes)
        found.append(att)
        split = split_continuation(tree, att, quotes, claimed)
        if split is not None:
            claimed.update(split.quotes)
            found.append(split)
    return found


def _from_cue(
    tree: ParseTree,
    sentences: Sequence[Sentence],
    cue: Cue,
    quotes: Sequence[QuoteSpan],
    claimed: set[int],
    lexicon: Lexicon,
) -> Attribution | None:
    words = lexicon.statements
    if cue.phrase:
        return _from_phrase(tree, cue, quotes, claimed, words)
    if cue.lemma in words.clause_only_cues and _catenative(tree, cue.head):
        return None
    source_head = find_source(tree, cue.head, words)
    if source_head is not None and quoted_source(tree, source_head, cue.head, quotes):
        source_head = speaker_after_quote(tree, cue.head) or inverted_subject(tree, cue.head)
    source_sub = source_tokens(tree, source_head, words)
    if cue.head in source_sub:
        source_sub = source_sub - tree.subtree_tokens(cue.head)
    content = _clause_content(tree, cue.head, source_sub, lexicon)
    conf = CONTENT_CONFIDENCE["complement"]
    q = None
    if content is None:
        q = adjacent_quote(tree, sentences, cue, source_sub, quotes, claimed)
        if q is not None and cue.lemma not in words.clause_only_cues:
            content = _object_around_quote(tree, cue, quotes[q], words)
            q = None if content is not None else q
        phrasal = q is None and content is None and cue.lemma not in words.clause_only_cues
        topic = _prepositional_content(tree, cue, words) if phrasal else None
        if topic is not None:
            cue, content = topic
        elif phrasal and (tree.deps(cue.head, "nsubj") or _shares_subject(tree, cue.head)):
            content = _object_content(tree, cue, words)
        elif phrasal and cue.lemma not in words.hearer_verbs:
            passive = _passive_content(tree, cue)
            if passive is not None:
                cue, content, source_head = passive
                source_sub = source_tokens(tree, source_head, words)
        if q is None and content is None:
            return None
    if q is not None:
        span, kind, used, qconf = quote_content(quotes, q)
        conf = CONTENT_CONFIDENCE["adjacent_quote"] * qconf
    else:
        assert content is not None
        span, kind, used, qconf = shape(_from_relative(tree, cue.head, content[1]), quotes, claimed)
        conf = content[0] * qconf
    cue = _with_particle(tree, cue)
    if span[1] <= tree.tokens[cue.first].start:
        cue = _with_closing_date(tree, cue)
        cue = _with_manner(tree, cue, words)
    return Attribution(
        cue=cue,
        content=span,
        kind=kind,
        confidence=round(conf, CONFIDENCE_DIGITS),
        source=_block(tree, source_sub, source_head),
        source_head=source_head,
        quotes=used,
        clause=_cue_clause(tree, cue.head, span, source_head),
        **_antecedent(tree, cue.head, source_head, words),
    )


def _passive_content(
    tree: ParseTree, cue: Cue
) -> tuple[Cue, tuple[float, tuple[int, int]], int | None] | None:
    """``The meeting was first reported by the paper``: a passive verb of saying with no
    clause or quote reports its subject; the source is the object of its agent "by". The
    cue stays the verb group: "by" marks who the source is, as the subject position does in
    the active "the paper first reported it". ``None`` for a verb that is not passive."""
    verb = cue.head
    subjects = tree.deps(verb, "nsubjpass")
    if not subjects or not tree.deps(verb, "auxpass"):
        return None
    block = tree.block(tree.subtree_tokens(subjects[0]) & _paragraph(tree, verb), subjects[0])
    if block is None:
        return None
    source = None
    for agent in tree.deps(verb, "agent"):
        objects = tree.deps(agent, "pobj")
        source = objects[0] if objects else None
    return cue, (CONTENT_CONFIDENCE["object"], tree.chars(*block)), source


def _shares_subject(tree: ParseTree, verb: int) -> bool:
    """Whether ``verb`` says something with its head verb's subject: a verb coordinated
    with a main-clause verb that has one ("Lee endorsed Kim and promised a wall"), or a
    participle hanging from it ("Lee left early, urging voters to stay") or from a
    preposition on it ("Lee answered by announcing a plan")."""
    tokens = tree.tokens
    tok = tokens[verb]
    participle = tok.dep == "advcl" and tok.tag == "VBG"
    head = _governing_verb(tree, verb)  # "answered by announcing a plan"
    if head is None:
        if tok.dep != "conj" and not participle:
            return False
        head = tok.head
    if head == verb or tokens[head].pos != "VERB":
        return False
    # Only in the sentence's main clause: a coordinated verb inside a report ("said she
    # won and promised ...") is part of what was said.
    return tokens[head].dep == "ROOT" and bool(tree.deps(head, "nsubj"))


def _governing_verb(tree: ParseTree, verb: int) -> int | None:
    """The word a gerund after a preposition hangs on through it ("answered by saying":
    "answered"), or None for a verb in any other place."""
    tokens = tree.tokens
    head = tokens[verb].head
    if tokens[verb].dep == "pcomp" and tokens[head].dep == "prep":
        return tokens[head].head
    return None


def _catenative(tree: ParseTree, verb: int) -> bool:
    """Whether ``verb`` runs straight on into an infinitive or gerund of its own ("prices
    continued to rise", "she continued hammering"): a verb that says something only with
    a clause or a quote then says nothing. One set off by a comma ("he added, to pursue
    it") is still what was said."""
    return any(
        min(tree.subtree_tokens(c)) == verb + 1 for c in tree.deps(verb, "xcomp") if c > verb
    )


def _from_relative(tree: ParseTree, verb: int, span: tuple[int, int]) -> tuple[int, int]:
    """A report inside a relative clause whose pronoun belongs to what was said ("the
    wall, which he said Mexico would pay for"; "a plan that critics say will fail"): the
    content opens at the pronoun, across the source and cue, as the pronoun is part of the
    reported clause. When the pronoun is the cue's own subject ("Lee, who said ...") it
    is the source and the content stays after the cue."""
    tokens = tree.tokens
    tok = tokens[verb]
    if tok.dep != "relcl" or span[0] < tok.end:
        return span
    rel = tokens[min(tree.subtree_tokens(verb))]
    if rel.tag not in ("WDT", "WP", "WP$") and rel.text.lower() != "that":
        return span
    if rel.head == verb or not span[0] <= tokens[rel.head].start < span[1]:
        return span
    return rel.start, span[1]


def _with_particle(tree: ParseTree, cue: Cue) -> Cue:
    """The cue with the verb's particle right after it ("pointed out", "spoke up") and a
    bare adverb right after that ("said repeatedly", "wrote back", "asked rhetorically"):
    how the words were said. Other modifiers ("said in a statement", "said Sunday") stay
    out of the cue."""
    nxt = cue.last + 1
    tokens = tree.tokens
    if nxt < len(tokens) and tokens[nxt].head == cue.head and tokens[nxt].dep == "prt":
        cue = dataclasses.replace(cue, last=nxt)
        nxt += 1
    if nxt < len(tokens) and _bare_adverb(tree, nxt, cue.head):
        cue = dataclasses.replace(cue, last=nxt)
    return cue


def _with_closing_date(tree: ParseTree, cue: Cue) -> Cue:
    """The cue of an attribution that closes its sentence after the content, with the bare
    time noun phrase right after the verb ("...,' Lee said Monday."): nothing but
    punctuation may follow it ("said Monday at a rally" keeps the verb alone)."""
    nxt = cue.last + 1
    tokens = tree.tokens
    if nxt >= len(tokens) or tokens[nxt].head != cue.head or tokens[nxt].dep != "npadvmod":
        return cue
    last = _closing_phrase_end(tree, nxt)
    return cue if last is None else dataclasses.replace(cue, last=last)


def _with_manner(tree: ParseTree, cue: Cue, words: StatementWords) -> Cue:
    """The cue of an attribution that closes its sentence after the content, with the
    phrase of manner right after the verb ("...,' Lee said with a smile."): a preposition
    of the lexicon's `StatementWords.manner_prepositions` with one singular common noun
    as object, followed by nothing but punctuation ("joked with reporters", "said with a
    smile at the rally" keep the verb alone); not after a passive verb, whose phrase tells
    how the thing was done ("were confirmed with broad support")."""
    nxt = cue.last + 1
    tokens = tree.tokens
    if nxt >= len(tokens) or tokens[nxt].head != cue.head or tokens[nxt].dep != "prep":
        return cue
    if tree.deps(cue.head, "auxpass"):
        return cue
    if tokens[nxt].text.lower() not in words.manner_prepositions:
        return cue
    objects = [tokens[o] for o in tree.deps(nxt, "pobj")]
    if len(objects) != 1 or objects[0].pos != "NOUN" or "Number=Plur" in objects[0].morph:
        return cue
    if any(k > objects[0].i for k in tree.children[objects[0].i]):
        return cue  # "with a grin at the dock": more than the manner
    last = _closing_phrase_end(tree, nxt)
    return cue if last is None else dataclasses.replace(cue, last=last)


def _closing_phrase_end(tree: ParseTree, first: int) -> int | None:
    """The last token of the phrase headed at ``first`` when that phrase is contiguous,
    on one line, has no quote mark and closes its clause (only punctuation follows)."""
    tokens = tree.tokens
    sub = tree.subtree_tokens(first)
    last = max(sub)
    if min(sub) != first or last - first + 1 != len(sub):
        return None
    if any("\n" in tokens[j].text or is_quote_mark(tokens[j].text) for j in sub):
        return None
    if last + 1 < len(tokens) and tokens[last + 1].pos not in ("PUNCT", "SPACE"):
        return None
    return last


def _bare_adverb(tree: ParseTree, i: int, verb: int) -> bool:
    """A one-word adverb of the verb (``RB``, lower case, nothing hanging from it): not a
    phrase ("back in 2015"), a wh-adverb or a comparative."""
    tok = tree.tokens[i]
    return (
        tok.head == verb
        and tok.dep == "advmod"
        and tok.tag == "RB"
        and tok.text.islower()
        and not tree.children[i]
    )


def _antecedent(
    tree: ParseTree, verb: int, source_head: int | None, words: StatementWords
) -> dict[str, Any]:
    """For "Lee, who said ...": the noun a relative-pronoun source stands for."""
    tokens = tree.tokens
    relative = words.subject_relative_pronouns
    if source_head is None or tokens[source_head].text.lower() not in relative:
        return {}
    noun = tokens[verb].head
    span = _block(tree, source_tokens(tree, noun, words) - tree.subtree_tokens(verb), noun)
    return {"speaker_head": noun, "speaker": span}


def find_source(tree: ParseTree, verb: int, words: StatementWords, depth: int = 0) -> int | None:
    """The subject of a speech verb, climbing to the head verb for participles and conjuncts
    (to the object for an infinitive after one, "led the mayor to say"; to the copula's
    subject for one after an adjective, "is likely to say"). A passive participle ("Asked
    about it, she said") has none: its head's subject is the hearer."""
    tokens = tree.tokens
    subjects = tree.deps(verb, "nsubj")
    tok = tokens[verb]
    if subjects:
        cut = {i: _breaks(tree, i, verb) for i in subjects}
        subj = min(subjects, key=lambda i: (bool(cut[i]), i))
        if tokens[subj].text.lower() in words.subject_relative_pronouns and tok.dep != "relcl":
            return None
        return _part_in_paragraph(tree, subj, verb, cut[subj])
    if tok.dep == "relcl" and tokens[tok.head].pos in ("NOUN", "PROPN"):
        return tok.head
    lead = carrier(tokens, tok)
    if lead is not None and depth < MAX_SOURCE_CLIMB:
        # "The ministry issued a statement saying": who issued it says it.
        return find_source(tree, lead.i, words, depth + 1)
    if tok.tag == "VBN" and tok.dep in ("advcl", "acl") and not tree.deps(verb, "auxpass", "aux"):
        # "Asked about the delay, the engineer said": the head's subject was asked.
        return None
    if depth < MAX_SOURCE_CLIMB and tok.dep in _INHERIT_DEPS and tok.head != verb:
        head = tokens[tok.head]
        objects = [o for o in tree.deps(tok.head, "dobj") if o < verb]
        if tok.dep == "xcomp" and objects and head.pos == "VERB":
            # "The storm led the mayor to say": the object says it.
            return objects[0]
        if head.pos in ("VERB", "AUX"):
            return find_source(tree, tok.head, words, depth + 1)
        governing = _governing_verb(tree, verb)
        if governing is not None and tokens[governing].pos == "VERB":
            # "She answered by saying", "After saying it, he left": the verb the
            # preposition hangs on has the speaker as its subject.
            return find_source(tree, governing, words, depth + 1)
        if head.pos == "ADJ" and head.dep == "acomp":
            if tok.tag == "VBG":
                # "It is worth noting that": a gerund under the adjective names no one
                # who notes; the copula's subject is a dummy "it".
                return None
            # "Lee is likely to say": the subject of the copula.
            return find_source(tree, head.head, words, depth + 1)
    if tok.tag in FINITE_TAGS and depth == 0:
        return inverted_subject(tree, verb) or stranded_subject(tree, verb)
    return None


def _part_in_paragraph(tree: ParseTree, subj: int, verb: int, breaks: list[int]) -> int | None:
    """The subject's part after the last of its ``breaks`` (`_breaks`): the parser runs a
    time stamp ("2:40 p.m.") or a dateline ("LONDON (Reuters) -") into the sentence after
    it and makes it the subject, the speaker hanging under it."""
    tokens = tree.tokens
    if not breaks:
        return subj
    part = {i for i in tree.subtree_tokens(subj) if breaks[-1] < i < verb}
    tops = [
        i
        for i in sorted(part)
        if tokens[i].head not in part
        and tokens[i].pos in ("NOUN", "PROPN", "PRON")
        and tokens[i].ent_type not in ("DATE", "TIME")
    ]
    if tops:
        return tops[0]
    return None if "\n" in tokens[breaks[-1]].text else subj


def _breaks(tree: ParseTree, subj: int, verb: int) -> list[int]:
    """Where a subject before its verb is cut off from it: blank lines, and an unpaired
    dash set off by spaces (a dateline's; "Lee — the mayor — said" pairs its dashes)."""
    if subj > verb:
        return []
    tokens = tree.tokens
    out = [i for i in range(subj + 1, verb) if tokens[i].text.count("\n") >= 2]
    first = min(tree.subtree_tokens(subj))
    dashes = [i for i in range(first, verb) if _is_dash(tokens, i)]
    if len(dashes) % 2 and dashes[-1] > subj:
        out.append(dashes[-1])
    return sorted(out)


def _is_dash(tokens: Sequence[Token], i: int) -> bool:
    tok = tokens[i]
    if tok.text in _BREAKS:
        return True
    spaced = 0 < i < len(tokens) - 1 and tokens[i - 1].end < tok.start
    return tok.text == "-" and spaced and tok.end < tokens[i + 1].start


def source_tokens(tree: ParseTree, head: int | None, words: StatementWords) -> frozenset[int]:
    """The source phrase: the subject's subtree (appositions and relative clauses included),
    without prepositional phrases that frame the speaking ("in an interview", "on Monday")."""
    if head is None:
        return frozenset()
    tokens = tree.tokens
    keep = set(tree.subtree_tokens(head))
    for child in tree.children[head]:
        tok = tokens[child]
        # "Lee, in an interview, said" frames the speaking; "officials at the port" names.
        framing = tok.text.lower() in words.framing_prepositions and _after_comma(tree, child)
        # A date after a name is when it spoke ("Trump on Tuesday"); after a common noun
        # it tells which one ("a poll in February", "the nominee for the 2030 race").
        dated = _has_date(tree, child) and tokens[head].pos in ("PROPN", "PRON")
        dated = tok.dep == "prep" and (framing or dated)
        # "Even the mayor said": the adverb ties the statement to the text around it.
        if dated or _focus_adverb(tree, child, head):
            keep -= tree.subtree_tokens(child)
    for i in sorted(keep):
        if i in keep and i > head and _describes(tree, i):
            keep -= tree.subtree_tokens(i)
    return frozenset(keep)


def _focus_adverb(tree: ParseTree, i: int, head: int) -> bool:
    """An adverb opening the subject ("Even the mayor said", "even critics say"): it ties
    the statement to the text around it and is no part of who spoke. One inside a number
    ("Nearly half said", "About one in five say") counts them and stays."""
    tok = tree.tokens[i]
    if tok.dep != "advmod" or tok.tag != "RB" or i > head or tree.children[i] or tok.ent_type:
        return False
    return i == min(tree.subtree_tokens(head))


def _after_comma(tree: ParseTree, i: int) -> bool:
    return i > 0 and tree.tokens[i - 1].text in (",", "，")


def _describes(tree: ParseTree, i: int) -> bool:
    """A present participle or adverbial clause set off by a comma after the speaker's
    name, about the speaking rather than the speaker ("Lee, speaking at a rally,").
    Relative clauses and past participles ("Lee, who leads the group,", "the aides, led
    by Lee,") describe the speaker and stay."""
    tok = tree.tokens[i]
    if not _after_comma(tree, i):
        return False
    return tok.dep == "advcl" or (tok.dep == "acl" and tok.tag == "VBG")


def _has_date(tree: ParseTree, i: int) -> bool:
    return any(tree.tokens[j].ent_type in ("DATE", "TIME") for j in tree.subtree_tokens(i))


def _block(tree: ParseTree, indices: frozenset[int], around: int | None) -> tuple[int, int] | None:
    """The source phrase around its head, not crossing a line break or a dateline dash."""
    if around is None or not indices:
        return None
    tokens = tree.tokens
    kept = {i for i in indices if "\n" not in tokens[i].text}
    for i in sorted(kept):
        if (tokens[i].text in _BREAKS or _ends_quote(tree, i)) and i < around:
            kept -= {j for j in kept if j <= i}
        elif tokens[i].text in _BREAKS and i > around:
            kept -= {j for j in kept if j >= i}
    kept.add(around)
    block = tree.block(kept, around)
    if block is None:
        return None
    first, last = block
    # a no-break space is a token of its own: never an edge of the phrase
    while first < around and tokens[first].text.isspace():
        first += 1
    while last > around and tokens[last].text.isspace():
        last -= 1
    opens = [i for i in range(first, last + 1) if tokens[i].text == "("]
    if opens and not any(tokens[i].text == ")" for i in range(opens[-1], last + 1)):
        if last + 1 < len(tokens) and tokens[last + 1].text == ")":
            last += 1
        else:
            last = max(around, opens[-1] - 1)
    return first, _with_parenthesis(tokens, last)


def _with_parenthesis(tokens: Sequence[Token], last: int) -> int:
    """``last``, or the close of a short parenthesis right after it: the party and state
    after a name ("Sen. Lee (D-Ore.)"), an acronym, an age belong to who spoke."""
    if last + 1 >= len(tokens) or tokens[last + 1].text != "(":
        return last
    for k in range(last + 2, min(last + 2 + MAX_PARENTHESIS_TOKENS, len(tokens))):
        text = tokens[k].text
        if text == ")":
            return k
        if text == "(" or "\n" in text:
            return last
    return last


def _ends_quote(tree: ParseTree, i: int) -> bool:
    """Whether token ``i`` closes a quoted utterance (``,”`` ``.”``), which no source phrase
    after it reaches back into (a nickname's quote marks follow no punctuation)."""
    tokens = tree.tokens
    return i > 0 and is_quote_mark(tokens[i].text) and tokens[i - 1].text in (",", ".", "?", "!")


def _clause_content(
    tree: ParseTree, verb: int, source_sub: frozenset[int], lexicon: Lexicon
) -> tuple[float, tuple[int, int]] | None:
    """(confidence, char span) of the clause a speech verb reports, if it has one."""
    tokens = tree.tokens
    para = _paragraph(tree, verb)
    comps = [c for c in tree.deps(verb, "ccomp") if c not in source_sub and c in para]
    if comps:
        before = [c for c in comps if c < verb]
        best = before[0] if before else max(comps, key=lambda c: len(tree.subtree_tokens(c)))
        inside = (tree.subtree_tokens(best) & para) - _other_reports(tree, best, lexicon)
        inside -= _trailing_aside(tree, inside, best)
        if best > verb:
            inside |= _second_complement(tree, verb, inside, lexicon.statements) & para
        block = tree.block(inside, best)
        if block is not None and block[1] > block[0]:
            return CONTENT_CONFIDENCE["complement"], tree.chars(*block)
    fronted = _fronted_content(tree, verb, source_sub)
    if fronted is not None:
        return CONTENT_CONFIDENCE["fronted"], fronted
    tok = tokens[verb]
    as_clause = tok.dep == "advcl" and any(
        tokens[m].text.lower() == "as" for m in tree.deps(verb, "mark")
    )
    head = tok.head
    reported = tok.dep == "ccomp" and _reports(tokens[head], lexicon)
    if (tok.dep in ("parataxis", "ccomp") and head != verb and not reported) or as_clause:
        rest = (tree.subtree_tokens(head) & para) - tree.subtree_tokens(verb)
        block = _around(tree, rest, head, tree.subtree_tokens(verb))
        if block is not None and block[1] > block[0]:
            return CONTENT_CONFIDENCE["parenthetical"], tree.chars(*block)
    return None


def _second_complement(
    tree: ParseTree, verb: int, inside: frozenset[int], words: StatementWords
) -> frozenset[int]:
    """A second complement clause coordinated after the first ("said that A, but that B"),
    which the parser hangs off the speech verb: with its own complementizer it is part of
    the same report, with the conjunction and commas between the two."""
    tokens = tree.tokens
    end = max(inside)
    for c in tree.deps(verb, "conj"):
        sub = tree.subtree_tokens(c)
        first = min(sub)
        gap = range(end + 1, first)
        if first <= end or any(
            tokens[g].head != verb or tokens[g].dep not in ("cc", "punct") for g in gap
        ):
            continue
        marked = any(tokens[m].text.lower() in words.complementizers for m in tree.deps(c, "mark"))
        if marked and tree.deps(c, "nsubj", "nsubjpass", "expl"):
            return frozenset(sub | set(gap))
    return frozenset()


def _trailing_aside(tree: ParseTree, inside: frozenset[int], head: int) -> frozenset[int]:
    """The writer's aside closing a reported clause: a relative clause set off by a comma
    after a name ("said he would vote for Lee, who has led the polls since May"), with its
    comma. It tells the reader who the name is, not what was said; one with a quote mark
    in it is the speaker's words and stays."""
    tokens = tree.tokens
    words = [i for i in inside if tokens[i].pos not in ("PUNCT", "SPACE")]
    if not words:
        return frozenset()
    last = max(words)
    for i in sorted(inside):
        tok = tokens[i]
        if i == head or tok.dep != "relcl" or tokens[tok.head].pos != "PROPN":
            continue
        sub = tree.subtree_tokens(i)
        first = min(sub)
        if max(sub) < last or first == 0 or tokens[first - 1].text != ",":
            continue
        if any(is_quote_mark(tokens[j].text) for j in sub):
            continue
        return frozenset(sub | {first - 1})
    return frozenset()


def _reports(tok: Token, lexicon: Lexicon) -> bool:
    """Whether ``tok`` is a saying verb: a speech verb in its complement ("His lawyer said
    he would not answer questions") is what it reports, not a parenthetical around it."""
    return normalize(tok.text, tok.lemma, words=lexicon.statements) in lexicon.saying_verbs


def _paragraph(tree: ParseTree, i: int) -> frozenset[int]:
    """The tokens of token ``i``'s paragraph: a content never crosses a line break, even
    where the parser ran two paragraphs into one sentence."""
    tokens = tree.tokens
    first = last = i
    while first > 0 and "\n" not in tokens[first - 1].text:
        first -= 1
    while last + 1 < len(tokens) and "\n" not in tokens[last + 1].text:
        last += 1
    return frozenset(range(first, last + 1))


def _around(
    tree: ParseTree, rest: frozenset[int], head: int, inserted: frozenset[int]
) -> tuple[int, int] | None:
    """The clause ``rest`` around its ``head``, across an ``inserted`` attribution: in
    "The plan, she said, is dead" what was said runs from "The plan" to "dead", the
    attribution inside it. The far side of the attribution joins only when it holds part
    of the clause (`_is_core`: "The plan" as subject, "If it rains" as a condition); a
    conjunction ("But, she said, ...", "But as Lee noted, ...") or a coordinated clause
    after it ("..., she said, and left") is not what was said."""
    block = tree.block(rest, head)
    if block is None or not inserted:
        return block
    lo, hi = min(inserted), max(inserted)
    words = [i for i in rest if tree.tokens[i].pos not in ("PUNCT", "SPACE")]
    before = [i for i in words if i < lo]
    after = [i for i in words if i > hi]
    if not before or not after:
        return block
    far = [c for c in tree.children[head] if c in rest and (c < lo) == (head > hi)]
    framed = head > hi and not (
        _quote_mark_between(tree, hi, min(after)) and not _quote_mark_between(tree, max(before), lo)
    )
    if not any(_is_core(tree, c, fronted=framed) for c in far):
        return block
    gap = set(range(max(before), min(after))) - inserted - rest
    if all(tree.tokens[i].text in PUNCT_EDGE for i in gap):
        return tree.block(rest | inserted | gap, head)
    return block


def _quote_mark_between(tree: ParseTree, first: int, last: int) -> bool:
    """Whether a quote mark stands between tokens ``first`` and ``last`` (exclusive): a
    quote opened right after a cue is what was said, and what came before it the frame."""
    return any(is_quote_mark(tree.tokens[i].text) for i in range(first + 1, last))


def _is_core(tree: ParseTree, child: int, *, fronted: bool) -> bool:
    """A dependent that is part of a clause's content: an argument, or (``fronted``
    before an attribution that opens no quote) an adverbial ("If it rains", "By cutting
    costs", "In his state"). After the attribution, or before one that opens a quote
    ("In a statement, she said, \"We ...\""), an adverbial is the writer's frame."""
    tok = tree.tokens[child]
    if tok.dep in _CORE_DEPS:
        return True
    if not fronted:
        return False
    if tok.dep == "advcl":
        # "If it rains, she said, ..." is said; "Asked about it, she said, ..." is not.
        return bool(tree.deps(child, "mark"))
    return tok.dep in ("advmod", "prep", "npadvmod")


def _other_reports(tree: ParseTree, head: int, lexicon: Lexicon) -> frozenset[int]:
    """Conjoined speech verbs inside a content ("said that A and predicted that B"): the
    second report is its own statement, so it is cut from the first one's content. A
    conjoined verb that reports no clause of its own ("must show progress and explain
    its plans") is part of what was said and stays."""
    tokens = tree.tokens
    out: set[int] = set()
    for child in tree.subtree_tokens(head):
        tok = tokens[child]
        cue = normalize(tok.text, tok.lemma, words=lexicon.statements)
        if tok.dep == "conj" and cue in lexicon.saying_verbs and tree.deps(child, "ccomp"):
            out |= tree.subtree_tokens(child)
            out |= {c for c in tree.children[tok.head] if tokens[c].dep == "cc" and c < child}
    return frozenset(out)


def _fronted_content(
    tree: ParseTree, verb: int, source_sub: frozenset[int]
) -> tuple[int, int] | None:
    """``C, X said.``: everything the verb governs before ``, X said`` is the content."""
    tokens = tree.tokens
    if not source_sub or min(source_sub) > verb:
        return None
    first_src = min(source_sub)
    comma = first_src - 1
    if comma < 0 or tokens[comma].text not in (",", "，"):
        return None
    before = [c for c in tree.children[verb] if c < comma and tokens[c].dep != "punct"]
    if not before or any(_frames_speech(tree, c) for c in before):
        return None
    span: set[int] = set()
    for child in before:
        span |= tree.subtree_tokens(child)
    span |= {i for i in range(min(span), comma) if tokens[i].head == verb}
    span &= _paragraph(tree, verb)
    block = tree.block(span, max(span, default=min(before)))
    if (
        block is None
        or block[1] - block[0] < MIN_FRONTED_TOKENS
        or block[1] < comma - FRONTED_COMMA_SLACK
    ):
        return None
    return tree.chars(*block)


def _frames_speech(tree: ParseTree, child: int) -> bool:
    """A fronted phrase about the speaking, not what was said: "When asked,", "On Monday,",
    "Asked about it,"."""
    tok = tree.tokens[child]
    if tok.dep == "advcl" and tree.deps(child, "mark"):
        return True
    if tok.dep == "advcl" and tok.tag in ("VBN", "VBG") and not tree.deps(child, "nsubj"):
        # "Asked if it would rain, she said", "Speaking to reporters, he said": a participle
        # whose subject is the speaker tells what the speaker did, not what was said.
        return True
    if tok.dep == "prep" and (tree.deps(child, "pcomp") or _has_date(tree, child)):
        return True
    return tok.dep in ("npadvmod", "nsubj", "aux", "neg")


def _object_content(
    tree: ParseTree, cue: Cue, words: StatementWords
) -> tuple[float, tuple[int, int]] | None:
    """``announced his resignation`` / ``urged voters to ...`` / ``said no``: the object
    (with the infinitive it is the subject of), or the answer word after the verb, as
    content."""
    tokens = tree.tokens
    verb = cue.head
    deps = ("xcomp", "intj") if cue.lemma in words.hearer_verbs else ("dobj", "xcomp", "intj")
    for child in tree.deps(verb, *deps):
        if tokens[child].pos == "PRON" and tokens[child].dep == "dobj":
            continue
        if tokens[child].dep == "intj" and child < verb:
            # "Yes, she said" is a fronted answer, read elsewhere; "she said no" is this.
            continue
        span = set(tree.subtree_tokens(child))
        if tokens[child].dep == "xcomp":
            # "urged voters to leave": the object is the subject of what was urged.
            for obj in tree.deps(verb, "dobj"):
                if obj < child:
                    span |= tree.subtree_tokens(obj)
        block = tree.block(frozenset(span) & _paragraph(tree, verb), child)
        if block is not None:
            return CONTENT_CONFIDENCE["object"], tree.chars(*block)
    return None


def _object_around_quote(
    tree: ParseTree, cue: Cue, quote: QuoteSpan, words: StatementWords
) -> tuple[float, tuple[int, int]] | None:
    """``urged voters to "send a message" to the banks``: a quote inside the verb's object
    is part of what was said, not all of it; the object, when it has words outside the
    quote, is the content."""
    obj = _object_content(tree, cue, words)
    if obj is None:
        return None
    start, end = obj[1]
    if not (start <= quote.start and quote.end <= end):
        return None
    tokens = tree.tokens
    k = bisect.bisect_left([t.start for t in tokens], start)
    while k < len(tokens) and tokens[k].start < end:
        tok = tokens[k]
        if not quote.start <= tok.start < quote.end and tok.pos not in ("PUNCT", "SPACE"):
            return obj
        k += 1
    return None


#: Entity labels of a time expression: a preposition's object of that kind dates the
#: speaking ("said on Tuesday") and is never what was said.
_TIME_TYPES = frozenset({"DATE", "TIME"})


def _prepositional_content(
    tree: ParseTree, cue: Cue, words: StatementWords
) -> tuple[Cue, tuple[float, tuple[int, int]]] | None:
    """``pointed to the polls`` / ``asked about the plan``: what a speech verb says is
    the object of its preposition, the cue's own particle or a topic preposition right
    after it; the cue runs to the preposition."""
    tokens = tree.tokens
    prep = cue.last if cue.last != cue.head else cue.last + 1
    if prep >= len(tokens) or tokens[prep].dep != "prep" or tokens[prep].head != cue.head:
        return None
    if prep != cue.last and tokens[prep].text.lower() not in words.topic_prepositions:
        return None
    objects = tree.deps(prep, "pobj", "pcomp")
    if not objects or tokens[objects[0]].ent_type in _TIME_TYPES:
        return None  # "reported on Tuesday": when it was said, not what
    block = tree.block(tree.subtree_tokens(objects[0]) & _paragraph(tree, cue.head), objects[0])
    if block is None:
        return None
    content = CONTENT_CONFIDENCE["object"], tree.chars(*block)
    return dataclasses.replace(cue, last=prep), content


def _from_phrase(
    tree: ParseTree,
    cue: Cue,
    quotes: Sequence[QuoteSpan],
    claimed: set[int],
    words: StatementWords,
) -> Attribution | None:
    """``..., according to X``: content is the modified clause minus the phrase."""
    tokens = tree.tokens
    objects = tree.deps(cue.last, "pobj") or tree.deps(cue.head, "pobj")
    source_head = objects[0] if objects else None
    anchor = _clause_root(tree, tokens[cue.head].head)
    if anchor == cue.head:
        return None
    para = _paragraph(tree, cue.head)
    rest = (tree.subtree_tokens(anchor) & para) - tree.subtree_tokens(cue.head)
    block = _around(tree, rest, anchor, tree.subtree_tokens(cue.head))
    if block is None or block[1] <= block[0]:
        return None
    span, kind, used, qconf = shape(tree.chars(*block), quotes, claimed)
    source_sub = source_tokens(tree, source_head, words)
    return Attribution(
        cue=cue,
        content=span,
        kind=kind,
        confidence=round(CONTENT_CONFIDENCE["according_to"] * qconf, CONFIDENCE_DIGITS),
        source=_block(tree, source_sub, source_head),
        source_head=source_head,
        quotes=used,
        clause=frozenset(),
    )


def _clause_root(tree: ParseTree, start: int) -> int:
    """The head of the finite clause containing ``start`` (the sentence root or a ccomp)."""
    tokens = tree.tokens
    anchor = start
    while (
        tokens[anchor].dep not in ("ROOT", "ccomp", "parataxis") and tokens[anchor].head != anchor
    ):
        anchor = tokens[anchor].head
    return anchor


def _cue_clause(
    tree: ParseTree, verb: int, content: tuple[int, int], source_head: int | None
) -> frozenset[int]:
    """Tokens that modify the cue itself (where a 'said yesterday' date would sit)."""
    tokens = tree.tokens
    keep: set[int] = set()
    for child in tree.children[verb]:
        tok = tokens[child]
        if tok.dep in ("ccomp", "parataxis", "conj", "advcl", "xcomp", "punct"):
            continue
        if content[0] <= tok.start < content[1]:
            continue
        if child == source_head:
            keep.add(child)
            for sub in tree.children[child]:
                if tokens[sub].dep == "prep":
                    keep |= tree.subtree_tokens(sub)
            continue
        keep |= tree.subtree_tokens(child)
    return frozenset(keep)
