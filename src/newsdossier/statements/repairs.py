"""Speakers the parser misplaces, found again from the words around a speech verb.

The parse leaves a speech verb without a usable subject in a few recurring ways; each
function here reads the speaker back from the word order instead:

- `inverted_subject` — quotative inversion (``"...," added another delegate``), where the
  speaker after the verb is read as its object or hung on a later verb;
- `stranded_subject` — a speaker hung on the phrase before the verb ("In a statement to
  the paper, her adviser, Jo Lee, said");
- `quoted_source` / `speaker_after_quote` — a word inside a quote taken for the subject
  of a cue outside it ("''They were rivals,'' Jo Lee said").
"""

from __future__ import annotations

from collections.abc import Sequence

from newsdossier.article import Token
from newsdossier.lang.quotes import QuoteSpan, is_quote_mark
from newsdossier.lang.tree import ParseTree

#: Finite verb tags: only a finite speech verb needs a subject of its own.
FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP"})
#: Tokens a subject the parser hung elsewhere may span (a name with a title and a short
#: description: "Col. Jo Lee, a military spokesman in the capital").
MAX_STRANDED_TOKENS = 25
#: Tokens an inverted speaker's words may run before its head noun ("another New
#: Hampshire Democrat").
MAX_INVERTED_LEAD = 6


def inside_quote(tok: Token, quotes: Sequence[QuoteSpan]) -> bool:
    """Whether ``tok`` lies between the marks of one of ``quotes``."""
    return any(q.inner_start <= tok.start and tok.end <= q.inner_end for q in quotes)


def inverted_subject(tree: ParseTree, verb: int) -> int | None:
    """The speaker after the verb of a quotative inversion (``"...," added another
    delegate``), which the parser takes for the verb's object or hangs on a later verb: the
    noun phrase opening right after a verb that has no subject and follows its quote's
    closing comma (its head word: the noun with the most words that start there)."""
    tokens = tree.tokens
    if verb == 0 or not _closes_with_comma(tree, verb - 1, also=("?", "!")):
        return None
    best: int | None = None
    for j in range(verb + 1, min(len(tokens), verb + 1 + MAX_INVERTED_LEAD)):
        tok = tokens[j]
        if tok.pos not in ("NOUN", "PROPN", "DET", "ADJ", "NUM", "PART"):
            break
        sub = tree.subtree_tokens(j)
        larger = best is None or len(sub) > len(tree.subtree_tokens(best))
        if tok.pos in ("NOUN", "PROPN") and min(sub) == verb + 1 and larger:
            best = j
    return best


def _closes_with_comma(tree: ParseTree, i: int, also: tuple[str, ...] = ()) -> bool:
    """Whether token ``i`` ends a quoted sentence that runs on into what follows (``,”``;
    with ``also`` ``?”`` or ``!”``, which a verb right after continues: "'Why?' asked Lee")."""
    tokens = tree.tokens
    return is_quote_mark(tokens[i].text) and i > 0 and tokens[i - 1].text in (",", "，", *also)


def stranded_subject(tree: ParseTree, verb: int) -> int | None:
    """The speaker the parser hung on a phrase before it, leaving the verb without a subject
    ("In a statement to the paper, her adviser, Jo Lee, said"; "'Yes,' Jo Lee, a delegate,
    says"; "In an interview, the candidate stated"): the longest run of words right before
    the verb group (and its comma) that opens after a comma, a quote's closing comma or a
    full stop and is one noun phrase (`_one_noun_phrase`)."""
    tokens = tree.tokens
    k = _before_verb_group(tree, verb)
    if k < 1:
        return None
    # "..., her adviser, Jo Lee, said" sets the phrase off; "..., the candidate stated" not.
    end = k - 1 if tokens[k].text in (",", "，") else k
    best: int | None = None
    for start in range(end, max(-1, end - MAX_STRANDED_TOKENS), -1):
        if "\n" in tokens[start].text or is_quote_mark(tokens[start].text):
            break
        before = tokens[start - 1].text if start > 0 else "."
        if before in (",", "，", ".") or _closes_with_comma(tree, start - 1):
            best = _one_noun_phrase(tree, start, end) or best
    return best


def _before_verb_group(tree: ParseTree, verb: int) -> int:
    """The token right before ``verb`` and the auxiliaries, negation and adverbs in front of
    it that hang on it ("had not yet said"); -1 when they open the text."""
    tokens = tree.tokens
    k = verb - 1
    while k >= 0 and tokens[k].head == verb and tokens[k].dep in ("aux", "neg", "advmod"):
        k -= 1
    return k


def quoted_source(tree: ParseTree, source: int, verb: int, quotes: Sequence[QuoteSpan]) -> bool:
    """Whether the parser took a word inside a quote for the subject of a cue outside it
    ("''They were rivals,'' Lee said", "They" the subject): who speaks a quote is named
    outside it."""
    tokens = tree.tokens
    return inside_quote(tokens[source], quotes) and not inside_quote(tokens[verb], quotes)


def speaker_after_quote(tree: ParseTree, verb: int) -> int | None:
    """The noun phrase between a quote's closing comma and the verb group after it
    ("''...,'' Jo Lee, a former aide, said"), when it is one (`_one_noun_phrase`)."""
    tokens = tree.tokens
    k = _before_verb_group(tree, verb)
    if k >= 0 and tokens[k].text in (",", "，"):
        k -= 1
    for start in range(k, max(-1, k - MAX_STRANDED_TOKENS), -1):
        if "\n" in tokens[start].text or is_quote_mark(tokens[start].text):
            return None
        if start > 0 and _closes_with_comma(tree, start - 1):
            return _one_noun_phrase(tree, start, k, under_subject=True)
    return None


def _one_noun_phrase(
    tree: ParseTree, start: int, end: int, *, under_subject: bool = False
) -> int | None:
    """The head of tokens ``start..end`` when they are one noun phrase: one word (outside
    punctuation) has its head outside them, a noun or a name whose subtree they hold, and
    it is no apposition to another verb's subject ("said Jo Lee, a delegate, ...") unless
    ``under_subject`` (the subject being a quoted word the parser misread)."""
    tokens = tree.tokens
    tops = [
        i
        for i in range(start, end + 1)
        if tokens[i].pos not in ("PUNCT", "SPACE") and not start <= tokens[i].head <= end
    ]
    if len(tops) != 1 or tokens[tops[0]].pos not in ("NOUN", "PROPN"):
        return None
    top = tops[0]
    if tokens[top].ent_type in ("DATE", "TIME"):
        return None  # "..., last week said": when, not who
    sub = [i for i in tree.subtree_tokens(top) if tokens[i].pos not in ("PUNCT", "SPACE")]
    if min(sub) < start or max(sub) > end:
        return None
    if not under_subject and tokens[tokens[top].head].dep in ("nsubj", "nsubjpass"):
        return None
    return top
