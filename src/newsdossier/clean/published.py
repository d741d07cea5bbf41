"""The publication date, from the strongest evidence the article offers."""

from __future__ import annotations

from newsdossier.article import Article
from newsdossier.clean.dates import DateHit, find_full_dates, year_for
from newsdossier.clean.draft import Draft


def resolve_published(article: Article, draft: Draft) -> tuple[str | None, str | None]:
    """``(date, source)``: reader metadata, then a date header, HTML metadata, the dateline
    (its year written, or taken from dated lines on the page), a date line of the page.

    Never the time of ingest: with no evidence the date is None and a warning says so.
    """
    if article.published and article.published_source in ("reader", None):
        return article.published, article.published_source or "reader"
    if draft.header_date:
        return draft.header_date, "header"
    if article.published:
        return article.published, article.published_source
    dateline_date = draft.dateline.date if draft.dateline else None
    if dateline_date and dateline_date.year is not None and dateline_date.iso():
        return dateline_date.iso(), "dateline"
    page = next((d for d in draft.page_dates if d), None)
    if page:
        return page, "page"
    if dateline_date:
        completed = _complete(dateline_date, draft)
        if completed:
            draft.warnings.append("publication year taken from dated lines on the page")
            return completed, "dateline"
        draft.warnings.append("dateline has no year and no dated line on the page gives one")
    draft.warnings.append("no publication date found")
    return None, None


def _complete(date: DateHit, draft: Draft) -> str | None:
    furniture = "\n".join(draft.removed.values())
    for text in (furniture, "\n".join(draft.lines)):
        year = year_for(date.month, date.day, find_full_dates(text))
        if year is not None:
            return DateHit(year, date.month, date.day, date.start, date.end).iso()
    return None
