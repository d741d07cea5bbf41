"""Structured metadata in a page: JSON-LD, microdata and OpenGraph / ``article:`` meta tags.

extruct reads all three syntaxes; this module flattens what they say about the article
into one `Structured` record of candidates, each list in the order the page gives them.
Only article-like items are read (`ARTICLE_TYPES`), so a related article's JSON-LD or a
breadcrumb list does not lend its date or headline.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

#: schema.org types whose item describes the page's own article.
ARTICLE_TYPES = frozenset(
    {
        "Article",
        "NewsArticle",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "LiveBlogPosting",
        "BlogPosting",
        "Report",
        "WebPage",
    }
)
#: Types for a page that is not itself the article: their dates are weaker evidence.
_WEAK_TYPES = frozenset({"WebPage"})
_SYNTAXES = ["json-ld", "microdata", "opengraph"]


@dataclass(slots=True)
class Structured:
    """What a page's structured data says about its article, by kind of evidence.

    Dates are kept as written (ISO timestamps with their offset); ``*_published`` are
    candidates for the publication time, ``modified`` only ever an update time.
    """

    headlines: list[str] = field(default_factory=list)
    jsonld_published: list[str] = field(default_factory=list)
    microdata_published: list[str] = field(default_factory=list)
    meta_published: list[str] = field(default_factory=list)
    webpage_published: list[str] = field(default_factory=list)
    modified: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    publishers: list[str] = field(default_factory=list)
    site_names: list[str] = field(default_factory=list)
    og_titles: list[str] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)
    body_words: int = 0


def read_structured(html: str, url: str | None = None) -> Structured:
    """The structured metadata of ``html`` (empty when extruct cannot parse the page)."""
    import extruct  # lazy: lxml-heavy, only HTML inputs need it

    try:
        data: dict[str, list[Any]] = extruct.extract(
            html, base_url=url, syntaxes=_SYNTAXES, uniform=True, errors="ignore"
        )
    except Exception:  # extruct surfaces lxml and JSON errors of many types
        return Structured()
    found = Structured()
    for item in _items(data.get("json-ld", [])):
        _read_item(found, item, found.jsonld_published)
    for item in _items(data.get("microdata", [])):
        _read_item(found, item, found.microdata_published)
    for og in data.get("opengraph", []):
        if isinstance(og, dict):
            _read_opengraph(found, og)
    return found


def _items(values: list[Any]) -> Iterator[dict[str, Any]]:
    """Every dict of a syntax's items, ``@graph`` members and nested lists unrolled."""
    for value in values:
        if isinstance(value, list):
            yield from _items(value)
        elif isinstance(value, dict):
            if "@graph" in value:
                yield from _items(_as_list(value["@graph"]))
            yield value


def _types(item: dict[str, Any]) -> set[str]:
    return {str(t).rsplit("/", 1)[-1] for t in _as_list(item.get("@type"))}


def _read_item(found: Structured, item: dict[str, Any], published: list[str]) -> None:
    types = _types(item)
    if not types & ARTICLE_TYPES:
        if types & {"Organization", "NewsMediaOrganization", "WebSite"}:
            found.site_names.extend(_texts(item.get("name")))
        return
    weak = types <= _WEAK_TYPES
    (found.webpage_published if weak else published).extend(_texts(item.get("datePublished")))
    found.modified.extend(_texts(item.get("dateModified")))
    if weak:
        return
    found.headlines.extend(_texts(item.get("headline")) or _texts(item.get("name")))
    found.authors.extend(_names(item.get("author")))
    found.publishers.extend(_names(item.get("publisher")))
    found.urls.extend(_texts(item.get("url")) + _texts(item.get("mainEntityOfPage")))
    body = item.get("articleBody")
    if isinstance(body, str):
        found.body_words = max(found.body_words, len(body.split()))


def _read_opengraph(found: Structured, og: dict[str, Any]) -> None:
    for key in ("article:published_time", "og:article:published_time", "og:published_time"):
        found.meta_published.extend(_texts(og.get(key)))
    for key in ("article:modified_time", "og:updated_time", "og:article:modified_time"):
        found.modified.extend(_texts(og.get(key)))
    found.site_names.extend(_texts(og.get("og:site_name")))
    found.og_titles.extend(_texts(og.get("og:title")))
    found.urls.extend(_texts(og.get("og:url")))
    for key in ("article:author", "og:article:author"):
        found.authors.extend(a for a in _texts(og.get(key)) if not a.startswith("http"))


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [] if value is None else [value]


def _texts(value: Any) -> list[str]:
    """The non-empty strings of a value or list of values (``@id`` of a linked node)."""
    out = []
    for v in _as_list(value):
        if isinstance(v, dict):
            v = v.get("@id") or v.get("@value")
        if isinstance(v, str) and v.strip():
            out.append(" ".join(v.split()))
    return out


def _names(value: Any) -> list[str]:
    """Names of persons or organisations given as strings or as ``{"name": ...}`` nodes."""
    out = []
    for v in _as_list(value):
        name = v.get("name") if isinstance(v, dict) else v
        for text in _texts(name):
            if not text.startswith("http"):
                out.append(text)
    return out
