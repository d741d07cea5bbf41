"""Stage 2 entry point, `clean`: one raw article in, its clean body and metadata fields out."""

from __future__ import annotations

import dataclasses

from newsdossier.article import Article
from newsdossier.clean import outlet
from newsdossier.clean.boilerplate import ANYWHERE, Kind, classify, is_wrapped, trailing_block
from newsdossier.clean.dateline import parse_dateline
from newsdossier.clean.draft import Draft
from newsdossier.clean.header import note_outlet, read_header, take_byline, take_caption
from newsdossier.clean.language import detect_language, unsupported_warning
from newsdossier.clean.published import resolve_published
from newsdossier.clean.text import cjk_count, latin_count
from newsdossier.clean.title import title_from_list
from newsdossier.lang.lexicon import lexicon_for


def clean(article: Article) -> Article:
    """Split ``article.raw_text`` into a clean body and the fields kept apart from it.

    Fills ``body``, ``title``, ``kicker``, ``deck``, ``author``, ``dateline``, ``dateline_place``,
    ``caption``, ``caption_credit``, ``outlet``, ``published`` (with
    ``published_source``, and ``published_confidence`` and ``date_source``, checked against
    the dateline's day), ``language``, ``removed`` (every boilerplate line taken out,
    in order) and ``warnings``. Metadata the reader already set wins over what the text
    suggests, except that a ``date`` header line beats a date found in HTML metadata.
    Word lists come from the lexicon of ``article.language`` if the reader set one, else
    English (the language is detected only from the cleaned body).
    """
    draft = Draft.from_text(article.raw_text, lexicon_for(article.language or "en"))
    latin = latin_count(article.raw_text) > 3 * cjk_count(article.raw_text)
    start = read_header(draft, reader_title=article.title, latin=latin)
    _take_dateline(draft, start)
    _clean_body(draft, start, latin=latin)
    return _finish(article, draft)


def _take_dateline(draft: Draft, start: int) -> None:
    if start >= len(draft.lines) or draft.dateline is not None:
        return
    dateline = parse_dateline(draft.lines[start], lex=draft.lex)
    if dateline is not None:
        draft.dateline = dateline
        draft.lines[start] = draft.lines[start][dateline.length :].strip()


def _clean_body(draft: Draft, start: int, *, latin: bool) -> None:
    for i in range(start, len(draft.lines)):
        if draft.kept(i) and not take_caption(draft, i):
            take_byline(draft, i)
    kinds: list[Kind] = [_kind(draft, i, latin=latin) for i in range(len(draft.lines))]
    tail = trailing_block(draft.lines, kinds, start)
    if sum(1 for i in tail if kinds[i] == "date") >= 2:  # a "latest news" list, not "related"
        draft.listed_headlines = [draft.lines[i] for i in tail if kinds[i] in ("title", "sentence")]
    for i in tail:
        note_outlet(draft, draft.lines[i])
        draft.drop(i, boilerplate=True)
    for i in range(start, len(draft.lines)):
        if draft.kept(i) and kinds[i] in ANYWHERE:
            note_outlet(draft, draft.lines[i])
            draft.drop(i, boilerplate=True)


def _kind(draft: Draft, i: int, *, latin: bool) -> Kind:
    if not draft.kept(i):
        return "blank"
    if is_wrapped(draft.lines, i):
        return "sentence"  # a line of a hard-wrapped paragraph
    return classify(draft.lines[i], latin_document=latin)


def _listed_title(draft: Draft, body: str) -> str | None:
    if len(draft.listed_headlines) < 2:
        return None
    return title_from_list(draft.listed_headlines, body, draft.lex)


def _finish(article: Article, draft: Draft) -> Article:
    body = draft.body()
    if not body and article.raw_text.strip():
        body = "\n".join(line for line in draft.lines if line)
        draft.removed.clear()
        draft.warnings.append("cleaning left no body text; the body is the whole text")
    published = resolve_published(article, draft)
    language = detect_language(body)
    dateline = draft.dateline
    if dateline and dateline.agency:
        draft.outlets.append((outlet.AGENCY, dateline.agency))
    return dataclasses.replace(
        article,
        body=body,
        title=article.title or draft.title or _listed_title(draft, body),
        kicker=draft.kicker,
        deck=draft.deck,
        author=article.author or (", ".join(draft.authors) or None),
        dateline=dateline.text if dateline else None,
        dateline_place=dateline.place if dateline else None,
        caption="\n".join(draft.captions) or None,
        caption_credit="; ".join(draft.credits) or None,
        outlet=article.outlet or outlet.choose_outlet(draft.outlets, article.raw_text),
        published=published.day,
        published_source=published.source,
        published_confidence=published.confidence,
        date_source=published.date_source,
        language=language,
        removed=tuple(draft.removed[i] for i in sorted(draft.removed)),
        warnings=(
            *article.warnings,
            *draft.warnings,
            *filter(None, [unsupported_warning(language)]),
        ),
    )
