"""The record that flows through every stage: one `Article` and the layers stages add to it.

Every span is a pair of character offsets into the text named by its ``field``
(``"body"`` unless said otherwise), never token indices, so the tokenizer can change
without breaking stored data. Records are frozen; a stage returns a new `Article` built
with `dataclasses.replace`. `Article.to_dict` / `Article.from_dict` round-trip the whole
record so it can cross process boundaries and land in Parquet or JSON.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

Field = Literal["body", "title", "caption", "kicker", "dateline"]
StatementKind = Literal["direct", "indirect", "mixed"]
TimexType = Literal["DATE", "TIME", "DURATION", "SET"]
EventType = Literal[
    "visit",
    "meeting",
    "statement",
    "election",
    "agreement",
    "appointment",
    "resignation",
    "military",
    "economic",
    "other",
]


@dataclass(frozen=True, slots=True)
class Sentence:
    """A sentence of the body, as character offsets."""

    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Token:
    """One token of the body with its parse: what later stages use instead of a spaCy Doc."""

    i: int
    start: int
    end: int
    text: str
    lemma: str
    pos: str
    tag: str
    dep: str
    head: int
    morph: str = ""
    ent_iob: str = "O"
    ent_type: str = ""
    sent: int = 0


@dataclass(frozen=True, slots=True)
class Mention:
    """A named-entity mention: surface text, model label and where it sits."""

    start: int
    end: int
    text: str
    label: str
    field: Field = "body"


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor or thing of one article: its mentions grouped, one type, all aliases.

    ``id`` is article-local (``"e0"``, ``"e1"``...) until cross-article resolution in
    the store (or in ``extract``) replaces it with the corpus-wide id.
    """

    id: str
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = ()
    model_types: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Speaker:
    """The entity a statement is attributed to."""

    entity_id: str
    name: str


@dataclass(frozen=True, slots=True)
class Statement:
    """Something someone said or wrote, with its speaker, cue and own date."""

    text: str
    start: int
    end: int
    kind: StatementKind
    speaker: Speaker | None = None
    source_description: str | None = None
    source_start: int | None = None
    source_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    date: str | None = None
    confidence: float = 1.0
    reported_by: int | None = None


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression normalized TimeML-style (``2025-11``, ``P3D``, ``PAST_REF``)."""

    text: str
    start: int
    end: int
    type: TimexType
    value: str
    mod: str | None = None
    anchor: str | None = None
    field: Field = "body"


@dataclass(frozen=True, slots=True)
class Role:
    """A title a person held, as the article states it on its own date."""

    entity_id: str
    person: str
    title: str
    start_char: int
    end_char: int
    organization: str | None = None
    start: str | None = None
    end: str | None = None
    former: bool = False
    as_of: str | None = None
    field: Field = "body"


@dataclass(frozen=True, slots=True)
class Participant:
    """An entity taking part in an event, with its part where clear (who, whom, where)."""

    entity_id: str
    name: str
    role: str | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened, dated from its sentence's temporal expression."""

    type: EventType
    trigger: str
    start: int
    end: int
    sentence: str
    date: str | None = None
    participants: tuple[Participant, ...] = ()
    place: str | None = None


@dataclass(frozen=True, slots=True)
class Relation:
    """A standing relation between two entities (treaty, alliance, membership...)."""

    type: str
    subject: Participant
    object: Participant
    start_char: int
    end_char: int
    sentence: str
    start: str | None = None
    end: str | None = None


@dataclass(frozen=True, slots=True)
class Rejection:
    """Why a stage refused an article: data, never only a log line."""

    stage: str
    code: str
    detail: str


@dataclass(frozen=True, slots=True)
class StageRun:
    """What one stage did to one article: its registered name and how long it took."""

    stage: str
    seconds: float
    outcome: Literal["ok", "rejected"] = "ok"


@dataclass(frozen=True, slots=True)
class Article:
    """One news article and every layer the pipeline has added to it."""

    id: str
    source: str
    raw_text: str = ""
    content_type: str = "text/plain"
    url: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None
    published_source: str | None = None
    dateline: str | None = None
    dateline_place: str | None = None
    language: str | None = None
    title: str | None = None
    kicker: str | None = None
    caption: str | None = None
    caption_credit: str | None = None
    body: str = ""
    removed: tuple[str, ...] = ()
    duplicate_of: str | None = None
    warnings: tuple[str, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    tokens: tuple[Token, ...] = ()
    mentions: tuple[Mention, ...] = ()
    entities: tuple[Entity, ...] = ()
    timexes: tuple[Timex, ...] = ()
    statements: tuple[Statement, ...] = ()
    roles: tuple[Role, ...] = ()
    events: tuple[Event, ...] = ()
    relations: tuple[Relation, ...] = ()
    rejection: Rejection | None = None
    provenance: tuple[StageRun, ...] = field(default=())

    def field_text(self, name: Field) -> str:
        """The text a span with this ``field`` points into."""
        value = self.body if name == "body" else getattr(self, name)
        return value or ""

    def sentence_at(self, offset: int) -> Sentence | None:
        """The body sentence containing character ``offset``, if any."""
        for sentence in self.sentences:
            if sentence.start <= offset < sentence.end:
                return sentence
        return None

    def to_dict(self) -> dict[str, Any]:
        """Every field as plain JSON-ready values (tuples become lists)."""
        return _to_plain(self)  # type: ignore[no-any-return]

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Rebuild an `Article` from `to_dict` output."""
        return _from_plain(cls, data)


_T = TypeVar("_T")


def _to_plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_to_plain(v) for v in value]
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


def _from_plain(cls: type[_T], data: dict[str, Any]) -> _T:
    hints = _hints(cls)
    kwargs = {name: _convert(hints[name], value) for name, value in data.items() if name in hints}
    return cls(**kwargs)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in get_args(hint) if a is not type(None)]
        return _convert(inner[0], value) if len(inner) == 1 else value
    if origin is tuple:
        item = get_args(hint)[0]
        return tuple(_convert(item, v) for v in value)
    if isinstance(hint, type) and dataclasses.is_dataclass(hint):
        return _from_plain(hint, value)
    return value
