"""WARC files (including CC-NEWS style ``.warc.gz``): every HTML response record is an article."""

from __future__ import annotations

import dataclasses
import hashlib
import io
from collections.abc import Iterator

from newsdossier.errors import InputError, RecordError
from newsdossier.ingest.decode import decode
from newsdossier.ingest.html import html_article
from newsdossier.ingest.item import ReadItem


def read_warc(data: bytes, source: str, *, published: str | None = None) -> Iterator[ReadItem]:
    """The HTML responses of a WARC file; other records (requests, metadata, images) are skipped."""
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
            uri = record.rec_headers.get_header("WARC-Target-URI") or ""
            payload = record.content_stream().read()
            where = f"{source}#{uri or count}"
            count += 1
            article = html_article(
                decode(payload).text,
                hashlib.sha256(payload).hexdigest(),
                where,
                published=published,
                warnings=(),
            )
            if isinstance(article, InputError):
                yield RecordError(where, article.problem)
            else:
                yield dataclasses.replace(article, url=article.url or uri or None)
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        yield InputError(source, f"not a readable WARC file ({exc})")
        return
    if count == 0:
        yield InputError(source, "WARC file holds no HTML response records")
