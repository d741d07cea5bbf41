"""Numbered source notes: every fact of a report points to the sentence it came from."""

from __future__ import annotations

from newsdossier.query.rows import Source


class Notes:
    """Collects the sources a report cites and numbers them in order of first use."""

    def __init__(self) -> None:
        self._numbers: dict[tuple[str, str, int, int], int] = {}
        self.sources: list[Source] = []

    def cite(self, source: Source) -> int:
        """The note number of ``source`` (a new number the first time it is cited)."""
        key = (source.doc_id, source.field, source.start, source.end)
        if key not in self._numbers:
            self.sources.append(source)
            self._numbers[key] = len(self.sources)
        return self._numbers[key]


def where(source: Source) -> str:
    """Outlet and date of a source, for a one-line reference."""
    return ", ".join(x for x in (source.outlet, source.published) if x) or "undated"


def locator(source: Source) -> str:
    """The exact place of a fact: article id, field and character offsets."""
    return f"{source.doc_id} {source.field}[{source.start}:{source.end}]"


def one_line(text: str) -> str:
    """Text with runs of whitespace (newlines included) collapsed to one space."""
    return " ".join(text.split())
