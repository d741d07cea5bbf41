"""Headlines without the site's name, however the page joins the two.

Pages title themselves "Headline | Site", "Headline - Site", "Headline — Site",
"Site: Headline" and so on. A part is the site's name when it matches, letters and
digits only and ignoring case and a leading "the", one of the names the page gives for
itself (``og:site_name``, the JSON-LD publisher) or the name in its domain ("nytimes").
"""

from __future__ import annotations

import re
from collections.abc import Iterable

#: How a site name is joined to a headline, at either end.
_JOINERS = (" | ", " - ", " — ", " – ", " :: ", ": ", " · ", " « ", " » ")


def site_key(name: str) -> str:
    """A site name reduced for comparison: lower case, letters and digits, no leading "the"."""
    key = re.sub(r"[\W_]+", "", name.casefold())
    return key[3:] if key.startswith("the") and len(key) > 6 else key


def _is_site(part: str, keys: set[str]) -> bool:
    key = site_key(part)
    if not key:
        return False
    # "Reuters" vs "reuters.com": the domain's name is the part, or the part is the name
    return key in keys or any(len(k) >= 4 and key == k + "com" for k in keys)


def strip_site_name(title: str, site_names: Iterable[str]) -> str:
    """``title`` without a site name joined at its start or end (repeatedly: "A | B | Site")."""
    keys = {site_key(n) for n in site_names if site_key(n)}
    title = " ".join(title.split())
    if not keys:
        return title
    changed = True
    while changed:
        changed = False
        for joiner in _JOINERS:
            head, sep, tail = title.rpartition(joiner)
            if sep and head.strip() and _is_site(tail, keys):
                title, changed = head.strip(), True
                break
            head, sep, tail = title.partition(joiner)
            if sep and tail.strip() and _is_site(head, keys):
                title, changed = tail.strip(), True
                break
    return title


def best_title(candidates: Iterable[tuple[str, str]], site_names: Iterable[str]) -> tuple[str, str]:
    """The first non-empty ``(title, source)`` candidate, its site name stripped; ("", "")
    when there is none. Candidates come strongest first."""
    names = list(site_names)
    for title, source in candidates:
        stripped = strip_site_name(title, names)
        if stripped and site_key(stripped) not in {site_key(n) for n in names}:
            return stripped, source
    return "", ""
