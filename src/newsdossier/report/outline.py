"""A dossier as sections of short lines, each line citing its source notes (text and md)."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsdossier.query.rows import DocumentRow, Dossier, RoleRow, StatementRow, TimelineItem
from newsdossier.report.notes import Notes, one_line


@dataclass(slots=True)
class Line:
    """One fact: its words and the notes that source it."""

    text: str
    notes: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Section:
    """A titled list of facts."""

    title: str
    lines: list[Line]


def _s(n: int) -> str:
    return "" if n == 1 else "s"


def role_text(role: RoleRow) -> str:
    """``former minister (Org), 2022–2024, as of 2025-04-28``."""
    title = f"former {role.title}" if role.former else role.title
    if role.organization:
        title += f" ({role.organization})"
    if role.start or role.end:
        title += f", {role.start or '?'}–{role.end or ''}"
    return f"{title}, as of {role.as_of or 'unknown date'}"


def statement_text(s: StatementRow, *, with_speaker: bool = True) -> str:
    """``2025-04-28 Speaker: "words" (outlet)``."""
    who = s.speaker_name or s.source_description or "unattributed"
    head = f"{s.date or s.source.published or 'undated'}"
    if with_speaker:
        head += f" {who}"
    return f'{head}: "{one_line(s.text)}" ({s.source.outlet or "unknown outlet"})'


def timeline_text(item: TimelineItem) -> str:
    """``2025-04-27 visit: arrived — sentence``."""
    return f"{item.date or 'undated'} {item.label} — {one_line(item.text)}"


def _identity(d: Dossier) -> Section:
    e = d.entity
    return Section(
        "Identity",
        [
            Line(f"{e.name} ({e.type}), id {e.id}"),
            Line("Aliases: " + (", ".join(e.aliases) if e.aliases else "none recorded")),
            Line(f"Mentioned {e.mentions} times in {e.articles} article{_s(e.articles)}"),
        ],
    )


def _said(d: Dossier, notes: Notes) -> list[Section]:
    by = [
        Line(statement_text(s, with_speaker=False), [notes.cite(s.source)]) for s in d.statements_by
    ]
    about = [Line(statement_text(s), [notes.cite(s.source)]) for s in d.statements_about]
    return [
        Section("Statements by " + d.entity.name, by),
        Section("Statements about " + d.entity.name, about),
    ]


def _links(d: Dossier, notes: Notes) -> list[Section]:
    relations = [
        Line(
            f"{r.subject_name} —{r.type}→ {r.object_name}"
            + (f" (from {r.start})" if r.start else ""),
            [notes.cite(r.source)],
        )
        for r in d.relations
    ]
    others = [
        Line(f"{c.name} ({c.type}), {c.articles} shared article{_s(c.articles)}")
        for c in d.co_mentions
    ]
    articles = [
        Line(
            f"{a.published or 'undated'} {a.outlet or 'unknown outlet'}: "
            f"{one_line(a.title or a.lead or a.source)} [{a.id}]" + _also_in(a)
        )
        for a in d.sources
    ]
    return [
        Section("Relations", relations),
        Section("Co-mentioned", others),
        Section("Articles", articles),
    ]


def _also_in(a: DocumentRow) -> str:
    """The other outlets that ran the same story, if any."""
    if not a.copies:
        return ""
    outlets = sorted({c.outlet or "unknown outlet" for c in a.copies})
    copies = "1 copy" if a.copy_count == 1 else f"{a.copy_count} copies"
    return f"; also in {', '.join(outlets)} ({copies})"


def outline(d: Dossier, notes: Notes) -> list[Section]:
    """The dossier's sections in reading order, citing sources through ``notes``."""
    # built in reading order, so notes are numbered as a reader meets them
    sections = [_identity(d)]
    sections.append(Section("Roles", [Line(role_text(r), [notes.cite(r.source)]) for r in d.roles]))
    sections += _said(d, notes)
    timeline = [Line(timeline_text(i), [notes.cite(s) for s in i.sources]) for i in d.timeline]
    sections.append(Section("Timeline", timeline))
    sections += _links(d, notes)
    for name, more in d.truncated.items():
        sections.append(Section("Not shown", [Line(f"{more} more {name.replace('_', ' ')}")]))
    return sections
