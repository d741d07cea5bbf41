"""Stage 6 (statements): direct quotes and reported speech with speaker, cue and date."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence

from newsdossier.article import Article, Entity, Speaker, Statement, TextSpan
from newsdossier.lang.constraints import with_described_genders
from newsdossier.lang.discourse import discourse_of
from newsdossier.lang.lexicon import Lexicon, lexicon_for
from newsdossier.lang.quotes import find_quotes
from newsdossier.lang.tree import parse_tree
from newsdossier.statements.attribution import CONFIDENCE_DIGITS, Attribution
from newsdossier.statements.content import trim_content
from newsdossier.statements.cues import find_cues
from newsdossier.statements.dates import statement_dates
from newsdossier.statements.followon import follow_ons
from newsdossier.statements.modality import statement_modality
from newsdossier.statements.nested import link_nested
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
    dated = statement_dates(article, found, [_who(r) for r in resolutions])
    tree = parse_tree(article.tokens)
    statements = [
        dataclasses.replace(
            _statement(article, found[k], resolutions[k], dated[k], lexicon),
            modality=statement_modality(tree, found[k], lexicon),
        )
        for k in order
    ]
    return dataclasses.replace(article, statements=link_nested(_dedupe(statements)))


def _resolve_all(
    article: Article, found: Sequence[Attribution], lexicon: Lexicon
) -> list[Resolution]:
    """Resolve sources in reading order, so each pronoun knows the speaker before it."""
    discourse = with_described_genders(
        discourse_of(article.tokens, article.entities, lexicon), article.language or "en"
    )
    out: list[Resolution] = [_UNKNOWN] * len(found)
    last_speaker: Entity | None = None
    last_said: int | None = None
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
            discourse,
            article.body,
            span,
            head,
            last_speaker,
            last_description,
            lexicon=lexicon,
            last_said=last_said,
        )
        out[k] = res
        last_speaker, last_description = res.entity, res.description
        last_said = max(att.content[1], _anchor(article, att))
    return out


def _anchor(article: Article, att: Attribution) -> int:
    if att.cue is not None:
        return article.tokens[att.cue.head].start
    return att.content[0]


def _who(res: Resolution) -> str | None:
    """Who a statement is by, for carrying a speech event's date: entity, else description."""
    if res.entity is not None:
        return res.entity.id
    return res.description


def _statement(
    article: Article, att: Attribution, res: Resolution, date: str | None, lexicon: Lexicon
) -> Statement:
    start, end = trim_content(article.tokens, article.body, att.content, lexicon.statements)
    source = _words(article, att.source[0], att.source[1]) if att.source else None
    cue = _words(article, att.cue.first, att.cue.last) if att.cue else None
    speaker = Speaker(res.entity.id, res.entity.name) if res.entity is not None else None
    return Statement(
        text=article.body[start:end],
        start=start,
        end=end,
        kind=att.kind,
        speaker=speaker,
        source_description=res.description if speaker is None else None,
        source=source,
        cue=cue,
        cue_lemma=att.cue.lemma if att.cue else None,
        date=date,
        confidence=round(att.confidence * res.confidence, CONFIDENCE_DIGITS),
    )


def _words(article: Article, first: int, last: int) -> TextSpan:
    """The body words from token ``first`` to token ``last`` as a span."""
    start, end = article.tokens[first].start, article.tokens[last].end
    return TextSpan(start, end, article.body[start:end])


def _dedupe(statements: Sequence[Statement]) -> list[Statement]:
    """Drop a statement whose content and cue repeat an earlier one (parser loops)."""
    seen: set[tuple[int, int, int | None]] = set()
    out: list[Statement] = []
    for s in statements:
        key = (s.start, s.end, s.cue.start if s.cue else None)
        if key not in seen:
            seen.add(key)
            out.append(s)
    return out
