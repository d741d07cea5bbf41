"""The outlet a URL names: its registered domain, by the bundled public-suffix list."""

from __future__ import annotations

from functools import lru_cache
from typing import Any


@lru_cache(maxsize=1)
def _extractor() -> Any:
    import tldextract  # lazy: loads its bundled suffix list on first use

    # No suffix-list URLs: never fetch over the network, use the snapshot in the package.
    return tldextract.TLDExtract(suffix_list_urls=())


def outlet_from_url(url: str | None) -> str | None:
    """The registered domain of ``url`` ("apnews.com", "bbc.co.uk"), or None for no host."""
    if not url or "." not in url:
        return None
    parts = _extractor()(url)
    if not parts.domain or not parts.suffix:
        return None
    return f"{parts.domain}.{parts.suffix}".lower()


def domain_name(url: str | None) -> str | None:
    """The name part of ``url``'s registered domain ("nytimes" for www.nytimes.com)."""
    if not url:
        return None
    name: str = _extractor()(url).domain
    return name or None
