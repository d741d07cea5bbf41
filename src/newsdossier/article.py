"""The record that flows through every stage: one `Article` and the layers stages add to it.

Every span is a pair of character offsets into the text named by its ``field``
(``"body"`` unless said otherwise), never token indices, so the tokenizer can change
without breaking stored data. Records are frozen; a stage returns a new `Article` built
with `dataclasses.replace`. `Article.to_dict` / `Article.from_dict` round-trip the whole
record so it can cross process boundaries and land in Parquet or JSON.

These dataclasses are the one definition of the record's shape: the export record
(`newsdossier.record`), its Arrow schema and the store's columns are derived from their
fields. By default a field is exported and stored in a column of its own name; its
`Shape` (``field(metadata=shape(...))``) says where it differs: left out of the export,
stored under another name, or a tuple of records stored as a table (layer) of its own.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from dataclasses import KW_ONLY, dataclass, field
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

Field = Literal["body", "title", "caption", "kicker", "deck", "dateline"]
StatementKind = Literal["direct", "indirect", "mixed"]
MentionKind = Literal["name", "pronoun", "nominal"]
Modality = Literal["asserted", "hypothetical", "negated", "future", "question"]
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


#: The metadata key under which a field's `Shape` is kept.
SHAPE = "newsdossier.shape"


@dataclass(frozen=True, slots=True)
class Shape:
    """How one field of the record is exported and stored, where it differs from the default.

    By default a field is in the export record under its own name and in the store as a
    column of that name; a tuple or nested record with no ``table`` is stored as JSON text.
    """

    #: In the export record; False for what only the pipeline and the store use.
    export: bool = True
    #: ``"values"``: a record exported as the list of its field values (``[start, end]``).
    export_as: Literal["object", "values"] = "object"
    #: Only these fields of a nested record are exported (empty: all of them).
    export_only: tuple[str, ...] = ()
    #: Written by the store (False: pipeline-only, or written by code of its own).
    store: bool = True
    #: The column's name when it is not the field's name.
    column: str | None = None
    #: A nested record flattened into columns: (its field, column) pairs.
    columns: tuple[tuple[str, str], ...] = ()
    #: The table a tuple of records is stored in, one row per record.
    table: str | None = None
    #: Rows of ``table`` carry their position in the tuple as ``idx``.
    indexed: bool = True
    #: In a table nested in another layer's rows: (column, field of the parent row)
    #: linking each row to its parent; the field ``"idx"`` is the parent's position.
    parent_key: tuple[str, str] | None = None
    #: Also stored as a JSON column of the parent row, which is what is read back.
    json: bool = False
    #: Shown in the docs' field table (top-level fields only).
    doc: str = ""


def shape(**kwargs: Any) -> dict[str, Shape]:
    """The ``field(metadata=...)`` value giving a field the `Shape` built from ``kwargs``."""
    return {SHAPE: Shape(**kwargs)}


def shape_of(f: dataclasses.Field[Any]) -> Shape:
    """The `Shape` of a dataclass field (the default one when none is given)."""
    found = f.metadata.get(SHAPE)
    return found if isinstance(found, Shape) else Shape()


#: Fields only the pipeline uses: neither exported nor stored.
_PIPELINE_ONLY = shape(export=False, store=False)
#: Fields the store keeps but the export record leaves out.
_STORE_ONLY = shape(export=False)


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
    label: str = field(metadata=_STORE_ONLY)
    field: Field = "body"
    kind: MentionKind = "name"


@dataclass(frozen=True, slots=True)
class Entity:
    """An actor or thing of one article: its mentions grouped, one type, all aliases.

    ``id`` is article-local (``"e0"``, ``"e1"``...) until cross-article resolution in
    the store (or in ``extract``) replaces it with the corpus-wide id.
    """

    id: str = field(metadata=shape(column="entity_id"))
    name: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: tuple[Mention, ...] = field(
        default=(),
        metadata=shape(table="mentions", indexed=False, parent_key=("entity_id", "id")),
    )
    model_types: tuple[str, ...] = field(default=(), metadata=_STORE_ONLY)


@dataclass(frozen=True, slots=True)
class Speaker:
    """The entity a statement is attributed to."""

    entity_id: str
    name: str


@dataclass(frozen=True, slots=True)
class TextSpan:
    """Words of the article as written: character offsets into ``field``, and their text."""

    start: int
    end: int
    text: str
    field: Field = "body"


@dataclass(frozen=True, slots=True)
class Statement:
    """Something someone said or wrote, with its speaker, cue and own date.

    ``source`` is the words naming who said it as written (a name, a pronoun, a
    description, an organisation); ``speaker`` the entity they resolve to. ``cue`` is the
    speech verb or phrase as written, ``cue_lemma`` its normalized form (``say``).
    ``modality`` says whether the statement asserts, denies, supposes, foretells or asks.
    """

    text: str
    start: int
    end: int
    kind: StatementKind
    speaker: Speaker | None = field(
        default=None,
        metadata=shape(columns=(("entity_id", "speaker_id"), ("name", "speaker_name"))),
    )
    source_description: str | None = None
    source: TextSpan | None = field(
        default=None,
        metadata=shape(
            columns=(
                ("start", "source_start"),
                ("end", "source_end"),
                ("text", "source_text"),
                ("field", "source_field"),
            )
        ),
    )
    cue: TextSpan | None = field(
        default=None,
        metadata=shape(
            export_only=("start", "end", "text"),
            columns=(("start", "cue_start"), ("end", "cue_end"), ("text", "cue_text")),
        ),
    )
    cue_lemma: str | None = field(default=None, metadata=shape(column="cue"))
    modality: Modality = "asserted"
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
    anchor: str | None = field(default=None, metadata=_STORE_ONLY)
    field: Field = "body"


@dataclass(frozen=True, slots=True)
class Role:
    """A title a person held, as the article states it on its own date."""

    entity_id: str
    person: str
    title: str
    organization: str | None = None
    start: str | None = None
    end: str | None = None
    former: bool = False
    as_of: str | None = None
    mentions: int = field(default=1, metadata=shape(doc="times the article states this role"))
    last_char: int | None = field(
        default=None,
        metadata=shape(doc="start of its last statement in `field`; `null` when stated once there"),
    )
    _: KW_ONLY
    start_char: int
    end_char: int
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
    date: str | None = None
    place: str | None = None
    participants: tuple[Participant, ...] = field(
        default=(),
        metadata=shape(
            json=True, table="event_participants", indexed=False, parent_key=("event_idx", "idx")
        ),
    )
    modality: Modality = "asserted"
    _: KW_ONLY
    sentence: str
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Relation:
    """A standing relation between two entities (treaty, alliance, membership...)."""

    type: str
    subject: Participant = field(
        metadata=shape(
            export_only=("entity_id", "name"),
            columns=(("entity_id", "subject_id"), ("name", "subject_name")),
        )
    )
    object: Participant = field(
        metadata=shape(
            export_only=("entity_id", "name"),
            columns=(("entity_id", "object_id"), ("name", "object_name")),
        )
    )
    start: str | None = None
    end: str | None = None
    _: KW_ONLY
    sentence: str
    start_char: int
    end_char: int


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

    id: str = field(
        metadata=shape(
            doc="SHA-256 of the article's raw bytes (a JSONL line, a WARC payload, a file)"
        )
    )
    source: str = field(
        metadata=shape(doc="where it was read: path, `path:line` for JSONL, `path#url` for WARC")
    )
    raw_text: str = field(default="", metadata=_PIPELINE_ONLY)
    content_type: str = field(default="text/plain", metadata=_PIPELINE_ONLY)
    url: str | None = field(
        default=None, metadata=shape(doc="metadata from the reader, the page or the text")
    )
    outlet: str | None = field(
        default=None, metadata=shape(doc="metadata from the reader, the page or the text")
    )
    author: str | None = field(
        default=None, metadata=shape(doc="metadata from the reader, the page or the text")
    )
    published: str | None = field(
        default=None,
        metadata=shape(
            doc="ISO date: reader metadata > `date` header > the page's declared date > dateline"
            " + year from dated lines > a date searched from the page text; else `null`"
            " (never the ingest time)"
        ),
    )
    published_source: str | None = field(default=None, metadata=_STORE_ONLY)
    published_confidence: float | None = field(
        default=None,
        metadata=shape(
            doc="how sure the page's publication date is (0-1; `null` for reader or text dates)",
        ),
    )
    date_source: str | None = field(
        default=None,
        metadata=shape(
            doc="the page signal `published` came from: `jsonld`, `microdata`, `meta`, `url`,"
            " `webpage`, `htmldate` or `trafilatura`",
        ),
    )
    dateline: str | None = field(default=None, metadata=shape(doc="e.g. `Taipei, April 28 (CNA)`"))
    dateline_place: str | None = field(default=None, metadata=shape(doc="e.g. `Taipei`"))
    language: str | None = field(default=None, metadata=shape(doc="ISO 639-1 code of the body"))
    encoding: str | None = field(
        default=None,
        metadata=shape(doc="codec the raw bytes were read with (`utf-8`, `gb18030`, `utf-16`)"),
    )
    title: str | None = field(
        default=None, metadata=shape(doc="metadata from the reader, the page or the text")
    )
    kicker: str | None = field(
        default=None, metadata=shape(doc="lead-in label, kept out of the body")
    )
    deck: str | None = field(
        default=None,
        metadata=shape(doc="sub-headline summarising the story (standfirst), kept out of the body"),
    )
    caption: str | None = field(
        default=None, metadata=shape(doc="photo caption, kept out of the body")
    )
    caption_credit: str | None = field(
        default=None, metadata=shape(doc="the photo caption's credit")
    )
    body: str = field(
        default="",
        metadata=shape(
            doc="the clean article text; every offset points into it unless `field` says otherwise"
        ),
    )
    duplicate_of: str | None = field(
        default=None, metadata=shape(doc="id of the article this one is a copy of, or `null`")
    )
    removed: tuple[str, ...] = field(
        default=(), metadata=shape(doc="boilerplate lines removed from the page, in order")
    )
    warnings: tuple[str, ...] = field(
        default=(), metadata=shape(doc="what looked wrong (bad encoding, no date found)")
    )
    skipped: tuple[str, ...] = field(
        default=(),
        metadata=shape(
            doc="layers not run, each `layer: reason` (e.g. an unsupported language); "
            "a skipped layer is unknown, not empty"
        ),
    )
    sentences: tuple[Sentence, ...] = field(
        default=(),
        metadata=shape(export_as="values", table="sentences", doc="each body sentence"),
    )
    tokens: tuple[Token, ...] = field(default=(), metadata=_PIPELINE_ONLY)
    #: Written beside the entities' mentions (``entity_id`` NULL) when no entity groups them.
    mentions: tuple[Mention, ...] = field(default=(), metadata=shape(export=False, store=False))
    entities: tuple[Entity, ...] = field(
        default=(),
        metadata=shape(table="doc_entities", indexed=False, doc="`id` is corpus-wide"),
    )
    statements: tuple[Statement, ...] = field(
        default=(), metadata=shape(table="statements", doc="what someone said, and who")
    )
    timexes: tuple[Timex, ...] = field(
        default=(),
        metadata=shape(
            table="timexes",
            doc="TimeML values (`2025`, `2025-11`, `2025-04-28`, `P3D`, `2026-03-31/2026-04-02`)",
        ),
    )
    roles: tuple[Role, ...] = field(
        default=(), metadata=shape(table="roles", doc="titles people held, as of the article")
    )
    events: tuple[Event, ...] = field(
        default=(), metadata=shape(table="events", doc="what happened, dated")
    )
    relations: tuple[Relation, ...] = field(
        default=(), metadata=shape(table="relations", doc="standing relations between entities")
    )
    rejection: Rejection | None = field(default=None, metadata=_PIPELINE_ONLY)
    provenance: tuple[StageRun, ...] = field(default=(), metadata=_PIPELINE_ONLY)

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


def to_plain(value: Any) -> Any:
    """A record, tuple or value as plain JSON-ready values (records become dicts)."""
    return _to_plain(value)


def from_plain(hint: Any, value: Any) -> Any:
    """A JSON-ready value (as `Article.to_dict` writes it) rebuilt as type ``hint``."""
    return _convert(hint, value)


#: Field names of each record class `_to_plain` has met; None for a class that is not one.
_FIELD_NAMES: dict[type, tuple[str, ...] | None] = {str: None, int: None, float: None,
                                                     bool: None, type(None): None}  # fmt: skip


def _to_plain(value: Any) -> Any:
    cls = type(value)
    try:
        names = _FIELD_NAMES[cls]
    except KeyError:
        is_record = dataclasses.is_dataclass(cls)
        names = tuple(f.name for f in dataclasses.fields(cls)) if is_record else None
        _FIELD_NAMES[cls] = names
    if names is not None:
        return {name: _to_plain(getattr(value, name)) for name in names}
    if isinstance(value, tuple | list):
        return [_to_plain(v) for v in value]
    return value


_HINTS: dict[type, dict[str, Any]] = {}


def _hints(cls: type) -> dict[str, Any]:
    if cls not in _HINTS:
        _HINTS[cls] = get_type_hints(cls)
    return _HINTS[cls]


_FIELD_TYPES: dict[type, tuple[tuple[dataclasses.Field[Any], Shape, Any], ...]] = {}


def field_types(cls: type) -> tuple[tuple[dataclasses.Field[Any], Shape, Any], ...]:
    """Each field of dataclass ``cls`` with its `Shape` and resolved type hint, in order."""
    if cls not in _FIELD_TYPES:
        hints = _hints(cls)
        _FIELD_TYPES[cls] = tuple((f, shape_of(f), hints[f.name]) for f in dataclasses.fields(cls))
    return _FIELD_TYPES[cls]


def unwrap(hint: Any) -> tuple[Any, bool, bool]:
    """``hint`` without ``| None`` and ``tuple[..., ...]``: (inner type, optional, repeated)."""
    optional = False
    if get_origin(hint) in (typing.Union, types.UnionType):
        inner = [a for a in get_args(hint) if a is not type(None)]
        optional = len(inner) < len(get_args(hint))
        hint = inner[0]
    if get_origin(hint) is tuple:
        return get_args(hint)[0], optional, True
    return hint, optional, False


def is_record(hint: Any) -> bool:
    """Whether ``hint`` is one of the record's dataclasses (a nested record)."""
    return isinstance(hint, type) and dataclasses.is_dataclass(hint)


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
