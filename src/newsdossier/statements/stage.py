"""Stage 6 (statements): direct quotes and reported speech with speaker, cue and date."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsdossier.article import Article, Entity, Speaker, Statement
from newsdossier.lang.discourse import Discourse
from newsdossier.lang.lexicon import Lexicon, lexicon_for
from newsdossier.statements.attribution import CONFIDENCE_DIGITS, Attribution
from newsdossier.statements.cues import find_cues
from newsdossier.statements.dates import cue_date
from newsdossier.statements.followon import follow_ons
from newsdossier.statements.nested import link_nested
from newsdossier.statements.quotes import find_quotes
from newsdossier.statements.reported import attributions
from newsdossier.statements.speakers import CONFIDENCE, Resolution, resolve

#: The resolution of an attribution without a source phrase.
_UNKNOWN = Resolution(None, None, CONFIDENCE["unknown"], "none")


def find_statements(article: Article) -> Article:
    """Add the article's statements: who said what, with cue, date and nesting.

    Requires ``body``, ``tokens``, ``sentences`` and ``entities`` (``timexes`` are used
    for statement dates when present; otherwise a statement is dated ``published``).
    Broken quote marks lower the confidence of the statement they touch, never fail it.
    Word lists come from the lexicon of ``article.language`` (English when unknown).
    """
    if not article.body or not article.tokens:
        return dataclasses.replace(article, statements=())
    lexicon = lexicon_for(article.language or "en")
    quotes = find_quotes(article.body)
    cues = find_cues(article.tokens, lexicon)
    found = attributions(article.tokens, article.sentences, cues, quotes, lexicon)
    found += follow_ons(article.body, found, quotes)
    resolutions = _resolve_all(article, found, lexicon)
    order = sorted(range(len(found)), key=lambda k: (found[k].content[0], found[k].content[1]))
    dated = _dates(article, found, order)
    statements = [_statement(article, found[k], resolutions[k], dated[k]) for k in order]
    return dataclasses.replace(article, statements=link_nested(_dedupe(statements)))


def _resolve_all(
    article: Article, found: Sequence[Attribution], lexicon: Lexicon
) -> list[Resolution]:
    """Resolve sources in reading order, so each pronoun knows the speaker before it."""
    discourse = Discourse(article.tokens, article.entities, lexicon)
    out: list[Resolution] = [_UNKNOWN] * len(found)
    last_speaker: Entity | None = None
    last_description: str | None = None
    for k in sorted(range(len(found)), key=lambda j: _anchor(article, found[j])):
        att = found[k]
        if att.follows is not None:
            out[k] = out[att.follows]
            continue
        span = att.speaker or att.source
        head = att.speaker_head if att.speaker_head is not None else att.source_head
        if span is None or head is None:
            continue
        res = resolve(
            discourse, article.body, span, head, last_speaker, last_description, lexicon=lexicon
        )
        out[k] = res
        last_speaker, last_description = res.entity, res.description
    return out


def _anchor(article: Article, att: Attribution) -> int:
    if att.cue is not None:
        return article.tokens[att.cue.head].start
    return att.content[0]


def _dates(
    article: Article, found: Sequence[Attribution], order: Sequence[int]
) -> list[str | None]:
    dates: list[str | None] = [article.published] * len(found)
    for k in order:
        att = found[k]
        if att.follows is not None:
            dates[k] = dates[att.follows]
        elif att.cue is not None:
            own = cue_date(
                att.clause, article.tokens, article.timexes, article.tokens[att.cue.head].start
            )
            dates[k] = own or article.published
    return dates


def _statement(article: Article, att: Attribution, res: Resolution, date: str | None) -> Statement:
    tokens = article.tokens
    start, end = att.content
    source = (tokens[att.source[0]].start, tokens[att.source[1]].end) if att.source else None
    cue_span = (tokens[att.cue.first].start, tokens[att.cue.last].end) if att.cue else None
    speaker = Speaker(res.entity.id, res.entity.name) if res.entity is not None else None
    return Statement(
        text=article.body[start:end],
        start=start,
        end=end,
        kind=att.kind,
        speaker=speaker,
        source_description=res.description if speaker is None else None,
        source_start=source[0] if source else None,
        source_end=source[1] if source else None,
        cue=att.cue.lemma if att.cue else None,
        cue_start=cue_span[0] if cue_span else None,
        cue_end=cue_span[1] if cue_span else None,
        date=date,
        confidence=round(att.confidence * res.confidence, CONFIDENCE_DIGITS),
    )


def _dedupe(statements: Sequence[Statement]) -> list[Statement]:
    """Drop a statement whose content and cue repeat an earlier one (parser loops)."""
    seen: set[tuple[int, int, int | None]] = set()
    out: list[Statement] = []
    for s in statements:
        key = (s.start, s.end, s.cue_start)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
