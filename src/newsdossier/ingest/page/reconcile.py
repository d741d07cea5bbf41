"""One set of page metadata from every signal, strongest first, with how sure it is.

Evidence, strongest first (the confidence each starts from):

- JSON-LD ``NewsArticle`` and friends (0.90): what publishers write for search engines,
  the most reliable single signal on news pages;
- microdata ``datePublished`` and the ``article:published_time`` meta tag (0.85);
- the date in the URL's path (0.75): set when the story is first published;
- a JSON-LD ``WebPage``'s ``datePublished`` (0.65), htmldate's extensive search (0.60)
  and trafilatura's date (0.55): found by searching the page, where related-article
  lists and "updated" lines also live.

``dateModified``, ``article:modified_time`` and ``og:updated_time`` are never taken as
the publication date. Each other independent source on the same day adds
``AGREEMENT``; a structured date the URL contradicts by more than a day loses
``CONFLICT`` (and the page gets a warning): one of the two is an update or a reprint.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from newsdossier.ingest.page.dates import day_of, days_apart, url_date
from newsdossier.ingest.page.domains import domain_name, outlet_from_url
from newsdossier.ingest.page.structured import Structured
from newsdossier.ingest.page.titles import best_title

#: Confidence of a date by the source it came from.
DATE_SOURCES: dict[str, float] = {
    "jsonld": 0.90,
    "microdata": 0.85,
    "meta": 0.85,
    "url": 0.75,
    "webpage": 0.65,
    "htmldate": 0.60,
    "trafilatura": 0.55,
}
AGREEMENT = 0.03
CONFLICT = 0.25
#: Days a date may differ from another source and still agree (time zones).
NEAR_DAYS = 1
#: Site names are short ("The New York Times", "Coastline Daily").
SITE_NAME_WORDS = 5


@dataclass(frozen=True, slots=True)
class Extracted:
    """What the text extractors found: trafilatura's metadata and htmldate's date."""

    title: str | None = None
    author: str | None = None
    sitename: str | None = None
    date: str | None = None
    url: str | None = None
    htmldate: str | None = None


@dataclass(frozen=True, slots=True)
class PageMeta:
    """The page's metadata after reconciliation; ``*_source`` name the winning signal."""

    title: str | None
    title_source: str | None
    published: str | None
    published_source: str | None
    confidence: float | None
    author: str | None
    outlet: str | None
    url: str | None
    warnings: tuple[str, ...] = ()


def reconcile(found: Structured, extracted: Extracted, url: str | None) -> PageMeta:
    """The page's metadata from its structured data, its URL and the extractors' output."""
    page_url = url or next(iter(found.urls), None) or extracted.url
    outlet = _outlet(found, extracted, page_url)
    names = [*_site_names(found, extracted), *_given(domain_name(page_url)), *_given(outlet)]
    title, title_source = best_title(
        [(t, "jsonld") for t in found.headlines]
        + [(t, "opengraph") for t in found.og_titles]
        + [(t, "trafilatura") for t in _given(extracted.title)],
        names,
    )
    published, source, confidence, warnings = reconcile_date(found, extracted, page_url)
    return PageMeta(
        title=title or None,
        title_source=title_source or None,
        published=published,
        published_source=source,
        confidence=confidence,
        author=_author(found, extracted),
        outlet=outlet,
        url=page_url,
        warnings=warnings,
    )


def date_candidates(
    found: Structured, extracted: Extracted, url: str | None
) -> list[tuple[str, str]]:
    """Every publication-date candidate as ``(day, source)``, strongest source first."""
    raw = [
        *((t, "jsonld") for t in found.jsonld_published),
        *((t, "microdata") for t in found.microdata_published),
        *((t, "meta") for t in found.meta_published),
        *((t, "url") for t in _given(url_date(url))),
        *((t, "webpage") for t in found.webpage_published),
        *((t, "htmldate") for t in _given(extracted.htmldate)),
        *((t, "trafilatura") for t in _given(extracted.date)),
    ]
    return [(day, source) for text, source in raw if (day := day_of(text))]


def reconcile_date(
    found: Structured, extracted: Extracted, url: str | None
) -> tuple[str | None, str | None, float | None, tuple[str, ...]]:
    """``(day, source, confidence, warnings)`` for the publication date (Nones: no date)."""
    candidates = date_candidates(found, extracted, url)
    if not candidates:
        return None, None, None, ()
    day, source = candidates[0]
    others = {s for d, s in candidates if s != source and days_apart(d, day) <= NEAR_DAYS}
    confidence = DATE_SOURCES[source] + AGREEMENT * len(others)
    warnings: tuple[str, ...] = ()
    in_url = url_date(url)
    if in_url and source != "url" and days_apart(in_url, day) > NEAR_DAYS:
        confidence -= CONFLICT
        warnings = (f"publication date {day} ({source}) disagrees with the URL's date {in_url}",)
    return day, source, round(min(confidence, 0.99), 2), warnings


def _site_names(found: Structured, extracted: Extracted) -> list[str]:
    """The names the page gives itself: its structured data's, else trafilatura's guess.

    A "name" of more than `SITE_NAME_WORDS` words is a headline taken for one."""
    given = [*found.site_names, *found.publishers] or _given(extracted.sitename)
    return [n for n in given if not n.startswith("http") and len(n.split()) <= SITE_NAME_WORDS]


def _outlet(found: Structured, extracted: Extracted, url: str | None) -> str | None:
    return next(iter(_site_names(found, extracted)), None) or outlet_from_url(url)


def _author(found: Structured, extracted: Extracted) -> str | None:
    authors = _unique(found.authors) or _given(extracted.author)
    return ", ".join(authors) or None


def _unique(names: Sequence[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        seen.setdefault(name.casefold(), name)
    return list(seen.values())


def _given(value: str | None) -> list[str]:
    return [value] if value and value.strip() else []
