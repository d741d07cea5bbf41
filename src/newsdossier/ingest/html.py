"""HTML pages -> main text and metadata, via trafilatura."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Article
from newsdossier.errors import InputError
from newsdossier.ingest.decode import iso_date


def html_article(
    html: str, doc_id: str, source: str, *, published: str | None, warnings: tuple[str, ...]
) -> Article | InputError:
    """The article in an HTML page: trafilatura's main text plus title, author, date, site."""
    # Lazy: trafilatura (with lxml, htmldate, justext) is a heavy import, kept off the
    # start-up path of every command; only HTML inputs need it.
    import trafilatura

    try:
        doc = trafilatura.bare_extraction(
            html, with_metadata=True, include_comments=False, include_tables=False
        )
    except Exception as exc:  # trafilatura raises many lxml and parser error types
        return InputError(source, f"HTML could not be parsed ({type(exc).__name__}: {exc})")
    meta: dict[str, Any] = {} if doc is None else doc if isinstance(doc, dict) else doc.as_dict()
    if not str(meta.get("text") or "").strip():
        return InputError(source, "no article text found in the HTML page")
    text = _drop_title_line(str(meta.get("text") or ""), meta.get("title"))
    html_date = iso_date(str(meta.get("date") or ""))
    date, date_source = (published, "reader") if published else (html_date, "html")
    return Article(
        id=doc_id,
        source=source,
        raw_text=text,
        content_type="text/html",
        url=meta.get("url") or None,
        title=meta.get("title") or None,
        author=meta.get("author") or None,
        outlet=meta.get("sitename") or None,
        published=date,
        published_source=date_source if date else None,
        warnings=warnings,
    )


def _drop_title_line(text: str, title: Any) -> str:
    """trafilatura repeats the headline as the first line of the text; keep it only as title."""
    if isinstance(title, str) and title.strip():
        first, _, rest = text.partition("\n")
        if first.strip() == title.strip():
            return rest
    return text
