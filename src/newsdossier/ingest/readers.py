"""Stage 1 (ingest): paths, directories, stdin -> `Article`s with raw text and reader metadata.

Readers never raise for one bad input: they yield an `InputError` in its place, so the
rest of a run goes on and the caller can report every problem with the file it names.
A document's id is the SHA-256 of its raw bytes (for JSONL, of the line; for WARC, of
the record's payload).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from newsdossier.article import Article
from newsdossier.errors import InputError, RecordError
from newsdossier.ingest.bounded import html_text, sized
from newsdossier.ingest.decode import bom_encoding, decode, iso_date
from newsdossier.ingest.files import article_files
from newsdossier.ingest.item import ReadItem
from newsdossier.ingest.sniff import ARTICLE_SUFFIXES, binary_reason, kind_of
from newsdossier.ingest.warc import read_warc
from newsdossier.limits import (
    MAX_ARTICLE_BYTES,
)

__all__ = ["MAX_ARTICLE_BYTES", "read_bytes", "read_file", "read_jsonl", "read_paths", "sized"]


def read_paths(paths: Sequence[str], *, published: str | None = None) -> Iterator[ReadItem]:
    """Every article found under ``paths`` (files, directories walked recursively, ``-``).

    Directories are expanded by `article_files`; one without article files is reported."""
    for name in article_files(paths):
        yield from _read_input(name, published=published)


def _read_input(name: str, *, published: str | None) -> Iterator[ReadItem]:
    if name == "-":
        yield from read_bytes(sys.stdin.buffer.read(), "<stdin>", published=published)
        return
    path = Path(name)
    if path.is_dir():  # `article_files` keeps a directory only when it holds no article file
        yield InputError(
            name, "directory holds no article files (" + ", ".join(ARTICLE_SUFFIXES) + ")"
        )
    elif path.exists():
        yield from read_file(path, published=published)
    else:
        yield InputError(name, "no such file or directory")


def read_file(path: Path, *, published: str | None = None) -> Iterator[ReadItem]:
    """The articles of one file, whatever its kind."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    yield from read_bytes(data, str(path), published=published)


def read_bytes(data: bytes, source: str, *, published: str | None = None) -> Iterator[ReadItem]:
    """The articles in ``data``, read from ``source`` (a path or ``<stdin>``)."""
    if not data.strip():
        yield InputError(source, "empty file")
        return
    bom = bom_encoding(data)
    head = data[:512] if bom is None else data[:2048].decode(bom, "ignore").encode("utf-8")
    kind = kind_of(source, head.lstrip(b"\xef\xbb\xbf"))
    if kind == "warc":
        yield from read_warc(data, source, published=published)
        return
    if bom is None and (reason := binary_reason(data)):
        yield InputError(source, reason)
        return
    if kind == "jsonl":
        if bom is not None:  # JSON Lines is UTF-8; a BOM'd UTF-16 file is read all the same
            data = decode(data).text.encode("utf-8")
        yield from read_jsonl(data, source, published=published)
        return
    yield _single(data, source, kind, published=published)


def _single(data: bytes, source: str, kind: str, *, published: str | None) -> ReadItem:
    if len(data) > MAX_ARTICLE_BYTES:
        return InputError(
            source,
            f"{len(data) / 1e6:.1f} MB is larger than the {MAX_ARTICLE_BYTES / 1e6:.0f} MB "
            "limit for one article; split it or pass it as JSON Lines",
        )
    doc_id = hashlib.sha256(data).hexdigest()
    decoded = decode(data, html=kind == "html")
    warnings = (decoded.warning,) if decoded.warning else ()
    if kind == "html":
        return html_text(
            decoded.text,
            doc_id,
            source,
            published=published,
            warnings=warnings,
            encoding=decoded.encoding,
        )
    article = Article(
        id=doc_id,
        source=source,
        raw_text=decoded.text,
        content_type="text/plain",
        published=published,
        published_source="reader" if published else None,
        warnings=warnings,
    )
    return sized(dataclasses.replace(article, encoding=decoded.encoding))


def read_jsonl(data: bytes, source: str, *, published: str | None = None) -> Iterator[ReadItem]:
    """One article per line: ``text`` or ``html``, optional ``url``, ``published``, ``outlet``,
    ``title``, ``author``. A malformed line is reported and the others are still read."""
    for number, line in enumerate(data.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{number}"
        if len(line) > MAX_ARTICLE_BYTES:
            yield RecordError(
                where,
                f"line {number} is {len(line) / 1e6:.1f} MB, over the "
                f"{MAX_ARTICLE_BYTES / 1e6:.0f} MB limit for one article",
            )
            continue
        try:
            record = json.loads(line)
        except (json.JSONDecodeError, UnicodeDecodeError, RecursionError) as exc:
            yield RecordError(where, f"line {number} is not valid JSON ({exc})")
            continue
        item = _from_record(record, line, where, published=published)
        yield RecordError(where, item.problem) if isinstance(item, InputError) else item


_META_FIELDS = ("url", "outlet", "title", "author")


def _from_record(record: Any, line: bytes, where: str, *, published: str | None) -> ReadItem:
    if not isinstance(record, dict):
        return RecordError(where, "JSON line is not an object")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        return RecordError(where, 'record has neither a "text" nor an "html" string')
    ignored = [
        f"{key!r} is not a string ({type(record[key]).__name__}); ignored"
        for key in (*_META_FIELDS, "published")
        if record.get(key) is not None and not isinstance(record[key], str)
    ]
    meta = {k: record.get(k) for k in _META_FIELDS}
    date = published or record.get("published")
    clean_meta: dict[str, Any] = {k: v for k, v in meta.items() if isinstance(v, str) and v.strip()}
    doc_id = hashlib.sha256(line).hexdigest()
    if isinstance(html, str) and not isinstance(text, str):
        url = clean_meta.get("url")
        item = html_text(html, doc_id, where, published=None, warnings=(), url=url)
    else:
        article = Article(id=doc_id, source=where, raw_text=str(text), content_type="text/plain")
        item = sized(article)
    if isinstance(item, InputError):
        return item
    item = dataclasses.replace(item, encoding="utf-8", warnings=(*item.warnings, *ignored))
    return dataclasses.replace(
        item,
        **clean_meta,
        **_reader_date(date if isinstance(date, str) else None, item),
    )


def _reader_date(date: str | None, article: Article) -> dict[str, Any]:
    iso = iso_date(date) if date else None
    if iso:
        return {"published": iso, "published_source": "reader"}
    fields: dict[str, Any] = {
        "published": article.published,
        "published_source": article.published_source,
    }
    if date:
        fields["warnings"] = (*article.warnings, f"unreadable published date {date!r} ignored")
    return fields
