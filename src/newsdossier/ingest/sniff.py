"""Telling what a blob of bytes is: HTML, JSON Lines, WARC, plain text, or not text at all."""

from __future__ import annotations

from typing import Literal

Kind = Literal["text", "html", "jsonl", "warc"]

_HTML_SUFFIXES = (".html", ".htm", ".xhtml", ".shtml")
_JSONL_SUFFIXES = (".jsonl", ".ndjson")
_WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")
_TEXT_SUFFIXES = (".txt", ".text")
#: Suffixes a directory walk picks up; files named explicitly are sniffed whatever their name.
ARTICLE_SUFFIXES = _HTML_SUFFIXES + _JSONL_SUFFIXES + _WARC_SUFFIXES + _TEXT_SUFFIXES


def kind_of(name: str, head: bytes) -> Kind:
    """The reader to use for a file, by suffix first, then by its first bytes."""
    lower = name.lower()
    if lower.endswith(_WARC_SUFFIXES):
        return "warc"
    if lower.endswith(_JSONL_SUFFIXES):
        return "jsonl"
    if lower.endswith(_HTML_SUFFIXES):
        return "html"
    if lower.endswith(_TEXT_SUFFIXES):
        return "text"
    return sniff(head)


def sniff(head: bytes) -> Kind:
    """Guess the kind of content from its first bytes."""
    if head[:2] == b"\x1f\x8b":
        return "warc"  # the only compressed input we read is a (CC-NEWS style) .warc.gz
    start = head.lstrip()[:64].lower()
    if start.startswith(b"warc/"):
        return "warc"
    if start.startswith((b"<!doctype html", b"<html", b"<?xml", b"<head", b"<body")):
        return "html"
    if start.startswith(b"{"):
        return "jsonl"
    return "text"


def binary_reason(data: bytes) -> str | None:
    """Why ``data`` is not text (NUL bytes, control characters), or None if it looks like text."""
    sample = data[:8192]
    if not sample:
        return None
    if b"\x00" in sample:
        return "binary file (contains NUL bytes), not an article"
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    if controls / len(sample) > 0.05:
        return f"binary file ({controls} control bytes in the first {len(sample)}), not an article"
    return None
