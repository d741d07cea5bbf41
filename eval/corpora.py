"""Readers for the research corpora in ``shared/gold`` (PolNeAR texts, TimeML documents).

These corpora are research-only: they are read in place, never copied into the project.
"""

from __future__ import annotations

import os
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from newsdossier.errors import InputError

REPO_ROOT = Path(__file__).resolve().parents[1]
"""The repository root (this package is its top-level ``eval`` folder)."""


def shared_dir() -> Path:
    """The ``shared`` folder beside the repository (override with ``NEWSDOSSIER_SHARED``)."""
    env = os.environ.get("NEWSDOSSIER_SHARED")
    if env:
        return Path(env)
    return REPO_ROOT.parent / "shared"


@dataclass(frozen=True, slots=True)
class GoldTimex:
    """A TIMEX3 annotation with offsets into the document's plain text."""

    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class TimemlDocument:
    """A TimeML article: plain text, creation time and gold temporal expressions."""

    name: str
    corpus: str
    text: str
    dct: str
    timexes: tuple[GoldTimex, ...]


@dataclass(frozen=True, slots=True)
class PolnearText:
    """A PolNeAR article: its name, split, text and the annotation files for it."""

    name: str
    split: str
    path: Path
    text: str
    annotations: tuple[Path, ...]


def iter_timeml(
    root: Path | None = None, corpora: tuple[str, ...] = ("TimeBank", "AQUAINT")
) -> Iterator[TimemlDocument]:
    """Every TimeML document of the given sub-corpora, sorted by file name."""
    base = root or shared_dir() / "gold" / "timeml"
    for corpus in corpora:
        for path in sorted((base / corpus).glob("*.tml")):
            yield read_timeml(path, corpus)


def read_timeml(path: Path, corpus: str = "") -> TimemlDocument:
    """Parse one ``.tml`` file into plain text with TIMEX3 offsets."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as exc:
        raise InputError(str(path), f"not valid TimeML XML ({exc})") from exc
    dct_node = root.find("DCT/TIMEX3")
    text_node = root.find("TEXT")
    if dct_node is None or text_node is None:
        raise InputError(str(path), "TimeML file without DCT or TEXT")
    parts: list[str] = []
    timexes: list[GoldTimex] = []
    _flatten(text_node, parts, timexes)
    return TimemlDocument(
        name=path.stem,
        corpus=corpus,
        text="".join(parts),
        dct=dct_node.get("value", ""),
        timexes=tuple(timexes),
    )


def _flatten(node: ET.Element, parts: list[str], timexes: list[GoldTimex]) -> None:
    if node.text:
        parts.append(node.text)
    for child in node:
        start = sum(len(p) for p in parts)
        _flatten(child, parts, timexes)
        if child.tag == "TIMEX3":
            end = sum(len(p) for p in parts)
            text = "".join(parts)[start:end]
            timexes.append(
                GoldTimex(start, end, text, child.get("type", ""), child.get("value", ""))
            )
        if child.tail:
            parts.append(child.tail)


_ANNOTATOR = re.compile(r"^(?P<article>.+)_(?P<annotator>[0-9a-f]{4})\.ann$")


def iter_polnear(split: str, root: Path | None = None) -> Iterator[PolnearText]:
    """Every PolNeAR article of a split (``train`` or ``dev``) with its annotation files."""
    base = (root or shared_dir() / "gold" / "polnear") / split
    by_article: dict[str, list[Path]] = {}
    for ann in sorted((base / "attributions").glob("*.ann")):
        match = _ANNOTATOR.match(ann.name)
        if match:
            by_article.setdefault(match["article"], []).append(ann)
    for path in sorted((base / "text").glob("*.txt")):
        yield PolnearText(
            name=path.stem,
            split=split,
            path=path,
            text=path.read_text(encoding="utf-8"),
            annotations=tuple(by_article.get(path.stem, ())),
        )
