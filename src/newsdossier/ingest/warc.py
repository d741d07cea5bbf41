"""WARC files (including CC-NEWS style ``.warc.gz``): every HTML response record is an article."""

from __future__ import annotations

import dataclasses
import hashlib
import io
from collections.abc import Iterator
from typing import Any

from newsdossier.errors import InputError, RecordError
from newsdossier.ingest.bounded import html_text
from newsdossier.ingest.decode import decode
from newsdossier.ingest.item import ReadItem


def read_warc(data: bytes, source: str, *, published: str | None = None) -> Iterator[ReadItem]:
    """The HTML responses of a WARC file; other records (requests, metadata, images) are skipped.

    A record cut short (a truncated file) is reported, not dropped in silence; a file that
    stops being readable is reported with how many records were read before."""
    # Lazy: warcio is only needed for WARC inputs, and importing it (with its HTTP and
    # compression helpers) at the top would put it on the start-up path of every command.
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    count = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            ctype = record.http_headers.get_header("Content-Type") or ""
            if "html" not in ctype.lower():
                continue
            count += 1
            yield _article(record, ctype, source, count, published)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError, IndexError) as exc:
        after = f" after {count} HTML record(s)" if count else ""
        yield InputError(source, f"not a readable WARC file{after} ({type(exc).__name__}: {exc})")
        return
    if count == 0:
        yield InputError(source, "WARC file holds no HTML response records")


def _article(record: Any, ctype: str, source: str, count: int, published: str | None) -> ReadItem:
    uri = record.rec_headers.get_header("WARC-Target-URI") or ""
    where = f"{source}#{uri or count}"
    payload = record.content_stream().read()
    missing = getattr(record.raw_stream, "limit", 0) or 0
    if missing > 0:
        return RecordError(
            where, f"record truncated: {missing} of its {record.length} bytes are missing"
        )
    charset = ctype.lower().partition("charset=")[2].split(";")[0].strip() or None
    decoded = decode(payload, declared=charset, html=True)
    article = html_text(
        decoded.text,
        hashlib.sha256(payload).hexdigest(),
        where,
        published=published,
        warnings=(decoded.warning,) if decoded.warning else (),
        encoding=decoded.encoding,
        url=uri or None,
    )
    if isinstance(article, InputError):
        return RecordError(where, article.problem)
    return dataclasses.replace(article, url=article.url or uri or None)
