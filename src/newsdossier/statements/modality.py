"""The modality of a statement: what its reported clause does, or a denial or a question.

A statement whose cue is negated ("did not say") is ``negated``; one whose cue asks
("asked whether ...") a ``question``; otherwise the statement has the modality of the
head of its content (`newsdossier.lang.modality`): "said the plant would close" is a
``future`` claim, "said talks could fail" a ``hypothetical`` one.
"""

from __future__ import annotations

from newsdossier.article import Modality
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.modality import clause_modality
from newsdossier.lang.tree import ParseTree
from newsdossier.statements.attribution import Attribution


def statement_modality(tree: ParseTree, att: Attribution, lexicon: Lexicon) -> Modality:
    """The modality of one attribution (see the module docstring)."""
    words = lexicon.modality
    if att.cue is not None and not att.cue.phrase:
        if tree.deps(att.cue.head, "neg"):
            return "negated"
        if att.cue.lemma in words.question_verbs:
            return "question"
    head = content_head(tree, att.content)
    return "asserted" if head is None else clause_modality(tree, head, words)


def content_head(tree: ParseTree, span: tuple[int, int]) -> int | None:
    """The token heading the words of ``span``: the first whose head lies outside it,
    a verb preferred."""
    start, end = span
    inside = [t.i for t in tree.tokens if start <= t.start and t.end <= end]
    roots = [
        i
        for i in inside
        if tree.tokens[i].head == i or not start <= tree.tokens[tree.tokens[i].head].start < end
    ]
    verbs = [i for i in roots if tree.tokens[i].pos in ("VERB", "AUX")]
    found = verbs or roots
    return found[0] if found else None
