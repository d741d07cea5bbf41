"""Stage 7a entry point (roles): titles people hold, with organisation, years and former/current.

`find_roles` reads two kinds of evidence: titles written before a name (in every text
field) and titles the dependency parse attaches to a name in the body (appositions,
relative clauses, copulas).
"""

from __future__ import annotations

import dataclasses

from newsdossier.article import Article, Entity, Field, Role
from newsdossier.lang.index import BodyIndex
from newsdossier.lang.lexicon import Lexicon, lexicon_for
from newsdossier.roles.clauses import clause_roles
from newsdossier.roles.common import MentionMap, Placed, is_past, organization_name
from newsdossier.roles.merge import merge_repeated
from newsdossier.roles.organizations import fill_organizations
from newsdossier.roles.prename import title_before


def find_roles(article: Article) -> Article:
    """Assign ``roles``: every title the article gives its PERSON entities.

    Requires ``entities``, ``tokens`` and ``published``; ``as_of`` is the article's date
    and ``former`` is true for "former", "ex-", "then-", past-tense "served as" and roles
    that ended before the article's year. A title written without its organisation gets
    the one the article settles (`fill_organizations`: the person's own statement, a
    leader's country, a speaker's legislature), and a role stated again is one role with
    ``mentions`` and ``last_char`` (`merge_repeated`). Word lists come from the lexicon of
    ``article.language`` (English when unknown).
    """
    lex = lexicon_for(article.language or "en")
    mentions = MentionMap(article)
    body = BodyIndex.build(article.tokens)
    roles: list[Role] = []
    for entity in article.entities:
        if entity.type != "PERSON":
            continue
        for mention in entity.mentions:
            found = _prename_roles(article, entity, mention.field, mention.start, mentions, lex)
            if not found and mention.field == "body":
                start = _list_start(body, mention.start, mention.end, mentions)
                if start != mention.start:
                    found = _prename_roles(
                        article, entity, "body", start, mentions, lex, plural=True
                    )
            roles += found
            if mention.field == "body":
                roles += _clause_roles(
                    article, entity, body, (mention.start, mention.end), mentions, lex
                )
    roles = fill_organizations(roles, article.entities, lex.roles)
    return dataclasses.replace(article, roles=merge_repeated(roles))


def _prename_roles(
    article: Article,
    entity: Entity,
    field: Field,
    start: int,
    mentions: MentionMap,
    lex: Lexicon,
    *,
    plural: bool = False,
) -> list[Role]:
    prefix = title_before(article.field_text(field), field, start, mentions, lex)
    if prefix is None or (plural and not prefix.plural):
        return []
    return [
        Role(
            entity_id=entity.id,
            person=entity.name,
            title=prefix.title,
            start_char=prefix.start,
            end_char=start,
            organization=prefix.organization,
            former=prefix.former,
            as_of=article.published,
            field=field,
        )
    ]


def _list_start(body: BodyIndex, start: int, end: int, mentions: MentionMap) -> int:
    """For the later names of a list ("members A and B"), where the first name starts."""
    head = body.head(start, end)
    if head is None or head.dep != "conj":
        return start
    first = body.tokens[head.head]
    owners = [p for p in mentions.at("body", first.start, first.end) if p.entity.type == "PERSON"]
    if not owners:
        return start
    first_start = owners[0].mention.start
    between = body.tokens[first.i + 1 : head.i]
    if any(t.text in ".;" for t in between):
        return start
    return first_start


def _clause_roles(
    article: Article,
    entity: Entity,
    body: BodyIndex,
    span: tuple[int, int],
    mentions: MentionMap,
    lex: Lexicon,
) -> list[Role]:
    start, end = span
    head = body.head(start, end)
    if head is None:
        return []
    out = []
    for found in clause_roles(body, article.body, head, lex):
        org_mentions = mentions.at("body", found.start_char, found.end_char)
        org_mentions = [p for p in org_mentions if p.entity.id != entity.id]
        out.append(
            Role(
                entity_id=entity.id,
                person=entity.name,
                title=found.title,
                start_char=min(start, found.start_char),
                end_char=max(end, found.end_char),
                organization=_clause_org(found.title, org_mentions),
                start=found.start,
                end=found.end,
                former=found.former or is_past(found.end, article.published),
                as_of=article.published,
            )
        )
    return out


def _clause_org(title: str, org_mentions: list[Placed]) -> str | None:
    inside = [p for p in org_mentions if p.mention.text in title]
    inside.sort(key=lambda p: p.entity.type != "ORG")
    if not inside:
        return None
    return organization_name(inside[0].mention.text, inside)
