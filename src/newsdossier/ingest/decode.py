"""Turning raw bytes into text: BOM, declared charset, UTF-8, then detection; never a crash.

The order is that of the HTML standard's encoding sniffing, cut down to what news pages
need: a byte order mark (UTF-8, UTF-16, UTF-32) wins; then a charset the transport
declared (a WARC record's HTTP ``Content-Type``); then, for HTML, a ``<meta charset>`` or
``<meta http-equiv="Content-Type">`` in the first bytes; then strict UTF-8; then
charset-normalizer's guess. Only when all of these fail are bytes replaced with U+FFFD,
with a warning. `Decoded.encoding` names the codec used, for the record.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from datetime import date

#: Byte order marks, longest first (the UTF-32 LE mark begins with the UTF-16 LE one).
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
#: Labels pages declare, mapped to the superset browsers decode them with (WHATWG).
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-gbk": "gb18030",
    "shift_jis": "cp932",
    "shift-jis": "cp932",
    "sjis": "cp932",
    "x-sjis": "cp932",
    "euc-kr": "cp949",
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
}
_META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]{1,40})""", re.IGNORECASE
)
#: How far into a page a ``<meta charset>`` is looked for (the HTML standard says 1024).
_META_WINDOW = 4096


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text, the codec used, and, when something was off, a warning saying what."""

    text: str
    encoding: str = "utf-8"
    warning: str | None = None


def bom_encoding(data: bytes) -> str | None:
    """The encoding a byte order mark at the start of ``data`` announces, or None."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return name
    return None


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag in its first bytes, or None."""
    match = _META_CHARSET.search(head[:_META_WINDOW])
    return match[1].decode("ascii").lower() if match else None


def codec_for(label: str | None) -> str | None:
    """Python's codec for a charset label (with browsers' supersets), or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = _SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def decode(data: bytes, *, declared: str | None = None, html: bool = False) -> Decoded:
    """Decode ``data``: BOM, then ``declared`` (e.g. an HTTP charset), then a ``<meta>``
    charset if ``html``, then UTF-8, then detection; U+FFFD only as a last resort."""
    bom = bom_encoding(data)
    if bom is not None:
        text = data.decode(bom, errors="replace").lstrip("\ufeff")
        return Decoded(text, bom.replace("-le", "").replace("-be", ""), _bad(text, bom))
    notes: list[str] = []
    try:
        utf8: str | None = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        utf8, failure = None, exc
    for label in (declared, declared_charset(data) if html else None):
        codec = codec_for(label)
        if label and codec is None:
            notes.append(f"unknown declared charset {label!r} ignored")
        elif codec is not None and codec != "utf-8":
            if utf8 is not None and not data.isascii():
                # Valid multi-byte UTF-8 is almost never an accident: the label is stale.
                notes.append(f"declared charset {label!r} ignored: the bytes are UTF-8")
                break
            try:
                return Decoded(data.decode(codec), codec, "; ".join(notes) or None)
            except UnicodeDecodeError as exc:
                notes.append(f"declared charset {label!r} does not fit byte {exc.start}")
    if utf8 is not None:
        return Decoded(utf8, "utf-8", "; ".join(notes) or None)
    return _detect(data, failure, notes)


#: Fewer non-ASCII bytes than this are too few for a statistical guess: such a text is
#: read as Windows-1252, the WHATWG default for unlabelled Western pages.
_MIN_DETECTABLE = 16


def _detect(data: bytes, exc: UnicodeDecodeError, notes: list[str]) -> Decoded:
    # Lazy: charset-normalizer is only needed for the rare input that is not valid UTF-8
    # and declares no charset.
    from charset_normalizer import from_bytes

    if sum(1 for b in data[:200_000] if b > 127) < _MIN_DETECTABLE:
        codec: str | None = "cp1252"
    else:
        best = from_bytes(data[:200_000]).best()
        codec = codec_for(best.encoding) if best is not None else None
    if codec is not None:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            pass
        else:
            notes.append(f"invalid UTF-8 at byte {exc.start}; read as {codec} (detected)")
            return Decoded(text, codec, "; ".join(notes))
    text = data.decode("utf-8", errors="replace")
    notes.append(
        f"invalid UTF-8 at byte {exc.start}: {text.count(chr(0xFFFD))} undecodable byte "
        "sequence(s) replaced with U+FFFD"
    )
    return Decoded(text, "utf-8", "; ".join(notes))


def _bad(text: str, codec: str) -> str | None:
    bad = text.count("\ufffd")
    return f"{bad} undecodable sequence(s) in {codec} replaced with U+FFFD" if bad else None


_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def iso_date(value: str) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or timestamp string, or None if it is not one."""
    match = _ISO.match(value)
    if not match:
        return None
    try:
        return date(int(match[1]), int(match[2]), int(match[3])).isoformat()
    except ValueError:
        return None


#: Elements whose end tag is optional or absent: they do not nest in the depth count.
_FLAT_TAGS = frozenset(
    [
        "area",
        "base",
        "br",
        "col",
        "embed",
        "hr",
        "img",
        "input",
        "link",
        "meta",
        "param",
        "source",
        "track",
        "wbr",
        "p",
        "li",
        "dt",
        "dd",
        "tr",
        "td",
        "th",
        "option",
        "thead",
        "tbody",
        "tfoot",
        "colgroup",
        "rt",
        "rp",
        "optgroup",
    ]
)
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9:-]{0,40})\b[^<>]*?(/?)>")


def flatten_nesting(html: str, *, limit: int) -> tuple[str, int]:
    """``html`` with every tag nested deeper than ``limit`` removed (their text kept), and
    how many tags were removed. HTML parsers give up on very deep trees (libxml2 at 256
    levels), which would lose the whole page's text."""
    depth = deepest = 0
    for match in _TAG.finditer(html):
        if match[2].lower() in _FLAT_TAGS or match[3]:
            continue
        depth = max(0, depth - 1) if match[1] else depth + 1
        deepest = max(deepest, depth)
    if deepest <= limit:
        return html, 0
    removed = 0
    depth = 0

    def keep(match: re.Match[str]) -> str:
        nonlocal depth, removed
        if match[2].lower() in _FLAT_TAGS or match[3]:
            return match[0]
        closing = bool(match[1])
        level = depth if closing else depth + 1
        depth = max(0, depth - 1) if closing else depth + 1
        if level > limit:
            removed += 1
            return " "
        return match[0]

    return _TAG.sub(keep, html), removed
