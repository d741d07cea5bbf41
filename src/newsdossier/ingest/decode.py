"""Turning raw bytes into text, with a warning rather than a crash on broken encodings."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Decoded:
    """Decoded text and, when bytes had to be replaced, a warning saying how many."""

    text: str
    warning: str | None = None


def decode(data: bytes) -> Decoded:
    """Decode UTF-8 (with or without BOM); invalid bytes become U+FFFD with a warning."""
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        text = data.decode("utf-8", errors="replace")
        bad = text.count("\ufffd")
        return Decoded(
            text,
            f"invalid UTF-8 at byte {exc.start}: {bad} undecodable byte sequence(s) "
            "replaced with U+FFFD",
        )


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
