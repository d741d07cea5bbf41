"""Stage 4 entry point: mentions grouped into entities with one type and all their aliases.

The steps, in this order:

1. Candidates: the model's spans repaired (`spans.repair_mentions`: a title opening a
   span the model gave a type no person has, "Cardinal Siri" as a product, is cut off; a
   common word ending a title phrase, "Secretary of State", dropped:
   `spans.drop_title_tails`), then treaty and law
   names and bracketed definitions added (below, with `definitions`), and person names
   the model missed that begin with a given name or are the bare proper noun subject of
   a verb (`given_names`); each candidate
   gets its grouping key when it is made (`candidate.group_key`); person names in
   title-case lines are cut at headline words (`headlines`).
2. `places.settle_ambiguous`: a name such as "Georgia" keyed as the US state or the country.
3. Candidates under the same key, or linked by a definition, form one group (`groups`).
   A surname under honorifics of both genders ("Mr. Lee", "Ms. Lee") is two groups.
4. `aliases`: short forms join their full names, never across the gender the article
   shows (`gender`), also a surname the model typed as a place when it is a subject or a
   possessor after the full name ("Guy Hobbs ... Hobbs had"), and a surname the model
   called a person to a full name it typed otherwise that begins with a given name;
   missed occurrences become mentions (a surname where the parser read a common noun
   too, when it is a subject or possessor the body never writes in lower case).
5. `records.build_entities`: each group typed by its evidence (`evidence`) and named.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict

from newsdossier.article import Article, Field
from newsdossier.entities.aliases import add_alias_occurrences, attach_short_forms
from newsdossier.entities.candidate import FIELDS, Candidate
from newsdossier.entities.definitions import bracket_definitions, law_names
from newsdossier.entities.evidence import GroupTypes
from newsdossier.entities.gender import Genders
from newsdossier.entities.given_names import (
    add_missed_people,
    add_missed_subjects,
    add_titled_people,
)
from newsdossier.entities.groups import Groups
from newsdossier.entities.headlines import common_words, fix_headline_names
from newsdossier.entities.places import settle_ambiguous
from newsdossier.entities.records import build_entities
from newsdossier.entities.spans import drop_title_tails, repair_mentions
from newsdossier.lang.index import BodyIndex
from newsdossier.lang.lexicon import Lexicon, lexicon_for
from newsdossier.lang.places import GroupKey


def group_entities(article: Article) -> Article:
    """Group the article's mentions into `Entity` records (``entities``).

    Requires ``body``, ``tokens``, ``sentences`` and ``mentions``. Each entity gets an
    article-local id (``e0``, ``e1``...), a canonical name, one type decided by all the
    evidence in the article, every other surface as an alias, and every mention,
    including short forms and acronyms the model missed. Word lists come from the
    lexicon of ``article.language`` (English when unknown).
    """
    lex = lexicon_for(article.language or "en")
    texts = {name: article.field_text(name) for name in FIELDS}
    body = BodyIndex.build(article.tokens)
    common = common_words(body)
    cands = repair_mentions(article.mentions, texts, lex)
    cands = drop_title_tails(cands, texts, common, lex)
    cands = fix_headline_names(cands, texts, body, lex, common)
    cands = _add_law_names(cands, texts, lex)
    links = _add_definitions(cands, texts, lex)
    cands = add_missed_people(cands, texts, body, lex, common)
    cands = add_missed_subjects(cands, texts, body, lex, common)
    cands = add_titled_people(cands, texts, body, lex, common)
    settle_ambiguous(cands, texts, lex)
    groups = Groups(len(cands))
    for a, b in links:
        groups.union(a, b)
    genders = Genders.read(cands, body, texts, lex)
    _union_same_keys(cands, groups, genders)
    types = GroupTypes(body, texts, lex)
    attach_short_forms(cands, groups, body, texts, lex, genders, types)
    add_alias_occurrences(cands, groups, texts, body, lex, genders, types, common)
    entities = build_entities(cands, groups, body, texts, lex, types)
    return dataclasses.replace(article, entities=tuple(entities))


def _overlaps(a: Candidate, start: int, end: int, field: Field) -> bool:
    return a.field == field and a.start < end and start < a.end


def _add_law_names(
    cands: list[Candidate], texts: dict[Field, str], lex: Lexicon
) -> list[Candidate]:
    """Treaty and law names replace the model's spans over them, keeping its labels."""
    for field, text in texts.items():
        for start, end in law_names(text, lex):
            covered = [c for c in cands if _overlaps(c, start, end, field)]
            labels = [label for c in covered for label in c.model_labels]
            cands = [c for c in cands if c not in covered]
            cands.append(Candidate.make(start, end, text[start:end], "LAW", field, "law", labels))
    return cands


def _add_definitions(
    cands: list[Candidate], texts: dict[Field, str], lex: Lexicon
) -> list[tuple[int, int]]:
    """Candidates for bracketed acronyms and CJK names, linked to the name before them."""
    links = []
    for field, text in texts.items():
        for d in bracket_definitions(text, lex):
            long_i = _find_or_add(cands, field, text, d.long_start, d.long_end, exact=False)
            short_i = _find_or_add(cands, field, text, d.short_start, d.short_end, exact=True)
            links.append((long_i, short_i))
    return links


def _find_or_add(
    cands: list[Candidate], field: Field, text: str, start: int, end: int, *, exact: bool
) -> int:
    """The index of the candidate for this span: one ending there, else one overlapping it
    (replaced by the span), else a new one."""
    for i, cand in enumerate(cands):
        same_end = cand.field == field and cand.end == end
        if same_end and (cand.start == start or (not exact and cand.start >= start)):
            return i
    for i, cand in enumerate(cands):
        if _overlaps(cand, start, end, field):
            cands[i] = Candidate.make(
                start, end, text[start:end], cand.label, field, "definition", cand.model_labels
            )
            return i
    cands.append(Candidate.make(start, end, text[start:end], "", field, "definition"))
    return len(cands) - 1


def _union_same_keys(cands: list[Candidate], groups: Groups, genders: Genders) -> None:
    """Candidates under the same key are one group, unless honorifics of both genders
    ("Mr. Lee", "Ms. Lee") show two people: then each gender is its own group, and a
    mention with no honorific stays apart for the short-form step to place."""
    first: dict[tuple[GroupKey, str | None], int] = {}
    for i, cand in enumerate(cands):
        sub = (cand.key, genders.of(i))
        if sub in first:
            groups.union(first[sub], i)
        else:
            first[sub] = i
    marked: dict[GroupKey, set[str]] = defaultdict(set)
    for key, gender in first:
        if gender is not None:
            marked[key].add(gender)
    for (key, gender), i in first.items():
        if gender is not None and len(marked[key]) == 1 and (key, None) in first:
            groups.union(first[(key, None)], i)
