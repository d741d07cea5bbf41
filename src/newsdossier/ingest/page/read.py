"""One HTML page through every extractor: body, structured data, dates, reconciled metadata."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from newsdossier.ingest.page.body import choose_body
from newsdossier.ingest.page.dates import htmldate_date
from newsdossier.ingest.page.reconcile import Extracted, PageMeta, reconcile
from newsdossier.ingest.page.structured import read_structured


@dataclass(frozen=True, slots=True)
class Page:
    """A page's body text (trafilatura's, in ``body_mode``) and its reconciled metadata."""

    body: str
    body_mode: str
    meta: PageMeta
    extracted_title: str | None


def _bare(html: str, mode: str, *, metadata: bool) -> dict[str, Any]:
    import trafilatura  # lazy: a heavy import only HTML inputs need

    doc = trafilatura.bare_extraction(
        html,
        with_metadata=metadata,
        include_comments=False,
        include_tables=False,
        favor_precision=mode == "precision",
        favor_recall=mode == "recall",
    )
    if doc is None:
        return {}
    return doc if isinstance(doc, dict) else dict(doc.as_dict())


def read_page(html: str, *, url: str | None = None) -> Page | None:
    """The body and metadata of ``html`` (None when trafilatura finds no text)."""
    default = _bare(html, "default", metadata=True)
    text = str(default.get("text") or "")
    if not text.strip():
        return None
    found = read_structured(html, url)

    def extract(mode: str) -> str:
        return str(_bare(html, mode, metadata=False).get("text") or "")

    body = choose_body(text, extract, structured_words=found.body_words)
    extracted = Extracted(
        title=_text(default.get("title")),
        author=_text(default.get("author")),
        sitename=_text(default.get("sitename")),
        date=_text(default.get("date")),
        url=_text(default.get("url")),
        htmldate=htmldate_date(html, url),
    )
    return Page(body.text, body.mode, reconcile(found, extracted, url), extracted.title)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value.strip() else None
