"""Typed rows the read functions return: every fact carries where it came from.

A `Source` points at the article, the field and the character offsets a fact was read
from, plus the sentence around it, so any page, report or API answer can link a claim
back to its words.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Generic, Literal, TypeVar

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Page(Generic[T]):
    """One page of an ordered result: the items, the total, and where the page starts."""

    items: list[T]
    total: int
    limit: int
    offset: int


@dataclass(frozen=True, slots=True)
class Source:
    """Where a fact was read: article, field, offsets, the sentence around it."""

    doc_id: str
    field: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True)
class EntityRow:
    """A corpus-wide entity with its aliases, how often it is mentioned and quoted, and the
    first and last date it is reported on (from the read model's ``entity_stats``)."""

    id: str
    name: str
    type: str
    aliases: list[str]
    articles: int
    mentions: int
    statements_by: int = 0
    statements_about: int = 0
    first_date: str | None = None
    last_date: str | None = None


@dataclass(frozen=True, slots=True)
class MonthRow:
    """One month of an entity's coverage: articles mentioning it, statements by or about it."""

    month: str
    articles: int
    statements: int


@dataclass(frozen=True, slots=True)
class MentionRow:
    """One mention of an entity in one article."""

    entity_id: str
    text: str
    label: str
    source: Source


@dataclass(frozen=True, slots=True)
class RoleRow:
    """A title a person held, as one article states it on its date."""

    entity_id: str
    person: str
    title: str
    organization: str | None
    start: str | None
    end: str | None
    former: bool
    as_of: str | None
    source: Source


@dataclass(frozen=True, slots=True)
class StatementRow:
    """What someone said, with the speaker, cue, the statement's own date and its source."""

    doc_id: str
    idx: int
    text: str
    kind: str
    speaker_id: str | None
    speaker_name: str | None
    source_description: str | None
    cue: str | None
    date: str | None
    confidence: float
    reported_by: int | None
    source: Source


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    """An entity taking part in an event."""

    entity_id: str
    name: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class TimelineItem:
    """One dated thing: an event (merged across the articles reporting it) or a statement.

    ``kind`` is ``"event"`` or ``"statement"``; ``event_type`` the event's type."""

    kind: Literal["event", "statement"]
    date: str | None
    label: str
    text: str
    participants: list[ParticipantRow]
    speaker_id: str | None
    speaker_name: str | None
    sources: list[Source]
    event_type: str | None = None


@dataclass(frozen=True, slots=True)
class RelationRow:
    """A standing relation between two entities, with its source."""

    type: str
    subject_id: str
    subject_name: str
    object_id: str
    object_name: str
    start: str | None
    end: str | None
    source: Source


@dataclass(frozen=True, slots=True)
class CoMention:
    """Another entity mentioned in the same articles, and in how many."""

    id: str
    name: str
    type: str
    articles: int


@dataclass(frozen=True, slots=True)
class CopyRow:
    """Another outlet's copy of a story (syndicated or near-duplicate)."""

    id: str
    outlet: str | None
    published: str | None


@dataclass(frozen=True, slots=True)
class DocumentRow:
    """An article's metadata (no text); for a story, its first ``copies`` (earliest first)
    and how many copies it has in all (``copy_count``)."""

    id: str
    title: str | None
    outlet: str | None
    published: str | None
    source: str
    url: str | None
    language: str | None
    lead: str = ""
    copies: tuple[CopyRow, ...] = ()
    copy_count: int = 0


@dataclass(frozen=True, slots=True)
class Span:
    """An extracted span of an article, for highlighting (offsets into ``field``)."""

    layer: str
    field: str
    start: int
    end: int
    text: str
    label: str
    entity_id: str | None = None
    value: str | None = None
    speaker_name: str | None = None
    speaker_id: str | None = None


@dataclass(frozen=True, slots=True)
class DocumentView:
    """An article with its clean text, metadata, removed boilerplate and extracted spans."""

    id: str
    source: str
    url: str | None
    outlet: str | None
    author: str | None
    published: str | None
    dateline: str | None
    language: str | None
    title: str | None
    kicker: str | None
    caption: str | None
    caption_credit: str | None
    body: str
    removed: list[str]
    duplicate_of: str | None
    sentences: list[tuple[int, int]]
    spans: list[Span]
    deck: str | None = None


@dataclass(frozen=True, slots=True)
class Stats:
    """Counts of every layer of the corpus and its date range."""

    counts: dict[str, int]
    first_published: str | None
    last_published: str | None
    outlets: dict[str, int] = field(default_factory=dict)
    entity_types: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Dossier:
    """Everything the corpus says about one entity, every fact with its source."""

    entity: EntityRow
    roles: list[RoleRow]
    statements_by: list[StatementRow]
    statements_about: list[StatementRow]
    timeline: list[TimelineItem]
    relations: list[RelationRow]
    co_mentions: list[CoMention]
    sources: list[DocumentRow]
    truncated: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class EntityOverview:
    """An entity page: the entity, its months, and the first page of each of its lists.

    Every list is a `Page` with its total, so a surface can link to the pages after it."""

    entity: EntityRow
    months: list[MonthRow]
    roles: Page[RoleRow]
    statements_by: Page[StatementRow]
    statements_about: Page[StatementRow]
    mentions: Page[MentionRow]
    articles: Page[DocumentRow]
    co_mentions: Page[CoMention]
    relations: Page[RelationRow]
    timeline: Page[TimelineItem]
