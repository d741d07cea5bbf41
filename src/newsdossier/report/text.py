"""Plain-text and Markdown dossiers: numbered notes quote each source sentence."""

from __future__ import annotations

from newsdossier.query.rows import Dossier
from newsdossier.report.notes import Notes, locator, one_line, where
from newsdossier.report.outline import outline


def _refs(numbers: list[int]) -> str:
    return "".join(f" [{n}]" for n in numbers)


def render_text(d: Dossier) -> str:
    """The dossier as plain text, sections underlined, sources numbered at the end."""
    notes = Notes()
    out: list[str] = []
    for section in outline(d, notes):
        out += ["", section.title, "-" * len(section.title)]
        out += [f"  {line.text}{_refs(line.notes)}" for line in section.lines] or ["  (none)"]
    out += ["", "Sources", "-------"]
    for n, s in enumerate(notes.sources, 1):
        out.append(f"  [{n}] {where(s)} — {locator(s)}")
        out.append(f"      “{one_line(s.sentence)}”")
    return "\n".join(out).lstrip("\n") + "\n"


_MD_SPECIAL = frozenset("\\`*_{}[]<>|#")


def _md(text: str) -> str:
    """Text with Markdown and HTML specials escaped, so article words stay words."""
    out = []
    for ch in text:
        if ch in _MD_SPECIAL:
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def render_markdown(d: Dossier) -> str:
    """The dossier as Markdown; each fact carries footnotes quoting its source sentence."""
    notes = Notes()
    out = [f"# {_md(d.entity.name)}"]
    for section in outline(d, notes):
        out += ["", f"## {_md(section.title)}", ""]
        out += [
            f"- {_md(line.text)}" + "".join(f"[^{n}]" for n in line.notes) for line in section.lines
        ] or ["- (none)"]
    out.append("")
    for n, s in enumerate(notes.sources, 1):
        out.append(f"[^{n}]: {_md(where(s))}, `{locator(s)}`: “{_md(one_line(s.sentence))}”")
    return "\n".join(out) + "\n"
