"""The coreference stage: every entity's mentions extended with the pronouns and
descriptions that refer to it.

Order of work, each step able to use what the earlier ones found (by head token):

1. definite descriptions and titles (`nominals`): "the senator", "the ministry", and the
   title or given name before a person's name mention that it left out ("*Colonel* Finch");
2. third-person pronouns in reading order (`pronouns`): he/she by the shipped scorer,
   they/it by the nearest fitting noun phrase (which may be a description or a pronoun
   resolved before);
3. "I"/"me"/"my" inside a quote whose speaker is named beside it (`quotes`).

Mentions added have ``kind`` ``"pronoun"`` or ``"nominal"`` and the model label ``""``;
an entity's name mentions stay first, in their order, and the added ones follow in reading
order. Nothing else of the article changes.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from newsdossier.article import Article, Entity, Mention, MentionKind
from newsdossier.coref.context import Context
from newsdossier.coref.nominals import descriptions, name_modifiers
from newsdossier.coref.pronouns import group, personal, pronoun_class
from newsdossier.coref.quotes import quoted_first_person
from newsdossier.lang.lexicon import lexicon_for


def resolve_coreference(article: Article) -> Article:
    """``article`` with every entity's mentions extended by the pronouns, possessives,
    definite descriptions and titles that refer to it (``Mention.kind`` says which)."""
    if not article.tokens or not article.entities:
        return article
    ctx = Context(article, lexicon_for(article.language or "en"))
    added: dict[str, list[Mention]] = defaultdict(list)
    resolved: dict[int, Entity] = {}
    for nominal in descriptions(ctx):
        resolved[nominal.head] = nominal.entity
        added[nominal.entity.id].append(_mention(article, nominal.start, nominal.end, "nominal"))
    for prefix in name_modifiers(ctx):
        added[prefix.entity.id].append(_mention(article, prefix.start, prefix.end, "nominal"))
    for tok in ctx.tokens:
        kind = pronoun_class(tok, ctx)
        if kind is None or ctx.entity_covering(tok.start, tok.end) is not None:
            continue
        entity = personal(ctx, tok) if kind == "personal" else group(ctx, tok, kind, resolved)
        if entity is not None:
            resolved[tok.i] = entity
            added[entity.id].append(_mention(article, tok.start, tok.end, "pronoun"))
    for i, speaker in quoted_first_person(ctx, resolved):
        tok = ctx.tokens[i]
        added[speaker.id].append(_mention(article, tok.start, tok.end, "pronoun"))
    return dataclasses.replace(
        article, entities=tuple(_extended(e, added.get(e.id, [])) for e in article.entities)
    )


def _mention(article: Article, start: int, end: int, kind: MentionKind) -> Mention:
    return Mention(start, end, article.body[start:end], "", "body", kind)


def _extended(entity: Entity, added: list[Mention]) -> Entity:
    if not added:
        return entity
    have = {(m.field, m.start, m.end) for m in entity.mentions}
    new = sorted((m for m in added if (m.field, m.start, m.end) not in have), key=lambda m: m.start)
    return dataclasses.replace(entity, mentions=(*entity.mentions, *new))
