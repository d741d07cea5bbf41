"""The publication date, from the strongest evidence the article offers, checked against
the article's own dateline."""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from newsdossier.article import Article
from newsdossier.clean.dates import DateHit, find_full_dates, year_for
from newsdossier.clean.draft import Draft

#: Confidence a page's date loses when the article's dateline names another day: the same
#: penalty as a URL that contradicts it (``ingest.page.reconcile.CONFLICT``), since either
#: means the page's date belongs to an update, a reprint or a related story.
DATELINE_CONFLICT = 0.25
#: Days a dateline may differ from the publication date and still agree: the dateline is
#: written in the place's time zone, the page's date often in UTC or the publisher's
#: (``ingest.page.reconcile.NEAR_DAYS``).
DATELINE_NEAR_DAYS = 1
#: Sources whose date is checked against the dateline. A date the reader was given
#: (``--published``, a manifest, a record's own field) is the user's word and stands.
CHECKED_SOURCES = frozenset({"header", "html", "page"})
#: Page signals (``Article.date_source``) that are a search of the page's text, not a date
#: the publisher declared: htmldate's guess falls back to 1 January of a year it found,
#: and both pick up dates of related stories. The article's own dateline beats them.
SEARCHED_SOURCES = frozenset({"htmldate", "trafilatura"})


@dataclass(frozen=True, slots=True)
class Published:
    """The chosen publication date, where it came from, and how sure the page date is."""

    day: str | None
    source: str | None
    confidence: float | None
    date_source: str | None
    """The page signal of ``day`` (``Article.date_source``); None for other sources."""


def resolve_published(article: Article, draft: Draft) -> Published:
    """The publication date of ``article``: `choose_published`, checked against the
    month and day of the article's dateline ("Taipei, April 28 (CNA)").

    When the two are more than `DATELINE_NEAR_DAYS` apart: a date found only by searching
    the page (`SEARCHED_SOURCES`) gives way to the dateline's, in the year the page's
    dated lines give (else the year nearest the searched date); any other date stays,
    its ``published_confidence`` loses `DATELINE_CONFLICT`. Either way a warning names
    both dates."""
    day, source = choose_published(article, draft)
    chosen = Published(day, source, article.published_confidence, article.date_source)
    dateline = draft.dateline
    if day is None or dateline is None or dateline.date is None:
        return chosen
    near = dateline_day_near(dateline.date, day)
    if source not in CHECKED_SOURCES or near is None or _apart(near, day) <= DATELINE_NEAR_DAYS:
        return chosen
    signal = article.date_source if source == "html" else None
    written = f"{dateline.text!r} ({_month_day(dateline.date)})"
    if signal in SEARCHED_SOURCES:
        taken = _written_day(dateline.date, draft) or near.isoformat()
        draft.warnings.append(
            f"publication date {taken} from the dateline {written}, "
            f"not {day} found by {signal}'s search of the page"
        )
        return Published(taken, "dateline", None, None)
    draft.warnings.append(
        f"publication date {day} ({signal or source}) disagrees with the dateline {written}"
    )
    confidence = chosen.confidence
    if confidence is not None:
        confidence = round(max(0.0, confidence - DATELINE_CONFLICT), 2)
    return Published(day, source, confidence, article.date_source)


def choose_published(article: Article, draft: Draft) -> tuple[str | None, str | None]:
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


def dateline_day_near(dateline: DateHit, day: str) -> dt.date | None:
    """The dateline's date in its written year, or (no year written, as in "Taipei,
    April 28") in the year that puts it nearest the ISO ``day``: "December 31" against
    1 January is the day before. None if either is not a date."""
    try:
        published = dt.date.fromisoformat(day[:10])
    except ValueError:
        return None
    years = (
        [dateline.year] if dateline.year is not None else [published.year + d for d in (-1, 0, 1)]
    )
    dates = []
    for year in years:
        try:
            dates.append(dt.date(year, dateline.month, dateline.day))
        except ValueError:  # February 29 of a common year, or a day the month lacks
            continue
    return min(dates, key=lambda d: abs((d - published).days), default=None)


def _apart(date: dt.date, day: str) -> int:
    return abs((date - dt.date.fromisoformat(day[:10])).days)


def _written_day(date: DateHit, draft: Draft) -> str | None:
    """The dateline's day with its own year, or the year of the page's dated lines."""
    return date.iso() if date.year is not None else _complete(date, draft)


def _month_day(date: DateHit) -> str:
    written = f"{calendar.month_name[date.month]} {date.day}"
    return f"{written}, {date.year}" if date.year is not None else written


def _complete(date: DateHit, draft: Draft) -> str | None:
    furniture = "\n".join(draft.removed.values())
    for text in (furniture, "\n".join(draft.lines)):
        year = year_for(date.month, date.day, find_full_dates(text))
        if year is not None:
            return DateHit(year, date.month, date.day, date.start, date.end).iso()
    return None
