"""The mutable working copy one `clean` call fills in before it builds the new `Article`."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdossier.clean.dateline import Dateline
from newsdossier.lang.lexicon import Lexicon


@dataclass(slots=True)
class Draft:
    """Lines of one article and the fields found so far.

    ``lines`` hold each input line stripped; a line may be shortened in place (a date
    header or a dateline taken off its start). ``dropped`` marks lines kept out of the
    body; those that are boilerplate are also listed in ``removed`` (by line index).
    ``lex`` holds the word lists this article is cleaned with.
    """

    lines: list[str]
    blank: list[bool]
    lex: Lexicon
    dropped: set[int] = field(default_factory=set)
    removed: dict[int, str] = field(default_factory=dict)
    title: str | None = None
    kicker: str | None = None
    deck: str | None = None
    authors: list[str] = field(default_factory=list)
    dateline: Dateline | None = None
    captions: list[str] = field(default_factory=list)
    credits: list[str] = field(default_factory=list)
    header_date: str | None = None
    page_dates: list[str] = field(default_factory=list)
    outlets: list[tuple[int, str]] = field(default_factory=list)
    listed_headlines: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @classmethod
    def from_text(cls, text: str, lex: Lexicon) -> Draft:
        """Split raw text into stripped lines (any newline convention); words from ``lex``."""
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = [line.strip().strip("\ufeff\u200b").strip() for line in text.split("\n")]
        return cls(lines=lines, blank=[not line for line in lines], lex=lex)

    def drop(self, index: int, *, boilerplate: bool) -> None:
        """Keep line ``index`` out of the body; list it in ``removed`` if it is boilerplate."""
        self.dropped.add(index)
        if boilerplate and self.lines[index]:
            self.removed[index] = self.lines[index]

    def kept(self, index: int) -> bool:
        """Whether line ``index`` still belongs to the body."""
        return not self.blank[index] and index not in self.dropped and bool(self.lines[index])

    def body(self) -> str:
        """The kept lines, joined: a blank line where the input had one between them."""
        parts: list[str] = []
        gap = False
        for i, line in enumerate(self.lines):
            if not self.kept(i):
                gap = gap or self.blank[i]
                continue
            if parts:
                parts.append("\n\n" if gap else "\n")
            parts.append(line)
            gap = False
        return "".join(parts)
