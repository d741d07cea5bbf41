"""First-person pronouns inside a direct quote, to the quote's speaker.

Done without the statements stage: a quote is a span between paired quotation marks of
the body; its speaker is the subject of a verb of saying (the lexicon's `saying_verbs`)
outside the quote, in the quote's sentence or its frame ("..., Lee said." / "Lee said:
'...'"), when that subject is a name or a pronoun already resolved. "I", "me", "my" inside
the quote (the model's ``Person=1``, ``Number=Sing``) then refer to that speaker. Quotes
whose speaker this cannot find (a speaker carried over from an earlier paragraph, nested
attributions) are left alone: the statements stage resolves those.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Final

from newsdossier.article import Entity
from newsdossier.coref.context import Context
from newsdossier.lang.morph import features

#: A quotation: straight or curly double quotes around text without another double quote.
QUOTE: Final = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def quoted_first_person(
    ctx: Context, resolved: Mapping[int, Entity]
) -> Iterator[tuple[int, Entity]]:
    """(token index, speaker) for each singular first-person pronoun inside a quote whose
    speaker is named (or a resolved pronoun, ``resolved`` by token index) beside it."""
    body = ctx.article.body
    for match in QUOTE.finditer(body):
        start, end = match.span()
        inside = range(ctx.token_at(start), ctx.token_at(max(start, end - 1)) + 1)
        speaker = _speaker(ctx, inside, resolved)
        if speaker is None:
            continue
        for i in inside:
            feats = features(ctx.tokens[i].morph)
            if (
                ctx.tokens[i].pos == "PRON"
                and feats.get("Person") == "1"
                and feats.get("Number") == "Sing"
            ):
                yield i, speaker


def _speaker(ctx: Context, inside: range, resolved: Mapping[int, Entity]) -> Entity | None:
    """The one person or organisation saying the quote, from its own sentences' frame."""
    sents = {ctx.tokens[inside.start].sent, ctx.tokens[inside.stop - 1].sent}
    found: set[str] = set()
    speaker: Entity | None = None
    for tok in ctx.tokens:
        if tok.sent not in sents or tok.i in inside:
            continue
        if tok.lemma.lower() not in ctx.lexicon.saying_verbs:
            continue
        for s in ctx.tree.deps(tok.i, *_SUBJECTS):
            if s in inside:
                continue
            subject = ctx.tokens[s]
            entity = resolved.get(s) or ctx.entity_covering(subject.start, subject.end)
            if entity is not None:
                found.add(entity.id)
                speaker = entity
    return speaker if len(found) == 1 else None
