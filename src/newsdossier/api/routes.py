"""JSON endpoints under ``/api``: thin over `newsdossier.query`, paginated, stably ordered."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query
from pydantic import BaseModel

from newsdossier import query as q
from newsdossier.api.errors import ERROR_RESPONSES
from newsdossier.limits import MAX_LIMIT, MAX_MIN_DOCS, MAX_OFFSET, MAX_QUERY_CHARS
from newsdossier.query.rows import (
    CoMention,
    DocumentRow,
    DocumentView,
    EntityOverview,
    EntityRow,
    MentionRow,
    MonthRow,
    RelationRow,
    RoleRow,
    StatementRow,
    Stats,
    TimelineItem,
)
from newsdossier.query.search import MATCH_MARKS, split_marks
from newsdossier.query.sources import Page
from newsdossier.ui.deps import Conn

router = APIRouter(prefix="/api", responses=ERROR_RESPONSES)

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Page size.")]
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Rows to skip.")]
DateParam = Annotated[
    str | None,
    Query(max_length=10, description="ISO date or prefix: 2025, 2025-04 or 2025-04-28."),
]
Name = Annotated[
    str | None,
    Query(max_length=MAX_QUERY_CHARS, description="Any alias of an entity, or its id."),
]
Text = Annotated[str | None, Query(max_length=MAX_QUERY_CHARS)]
SortParam = Annotated[
    Literal["date", "-date"], Query(description="-date: newest first (default); date: oldest.")
]


class SearchResult(BaseModel):
    """A full-text match; ``highlights``: (start, end) of matched words in ``snippet``."""

    kind: Literal["article", "statement"]
    doc_id: str
    label: str
    date: str | None
    snippet: str
    highlights: list[tuple[int, int]]
    start: int | None = None
    end: int | None = None


class SearchResults(BaseModel):
    """Entities the search names or whose aliases contain its words, then the matches."""

    query: str
    entities: list[EntityRow]
    hits: list[SearchResult]


@router.get("/stats", summary="Corpus statistics")
def stats(conn: Conn) -> Stats:
    """Counts of every layer, publication date range, articles per outlet, entity types."""
    return q.corpus_stats(conn)


@router.get("/documents", summary="List articles")
def documents(
    conn: Conn, outlet: Text = None, limit: Limit = 50, offset: Offset = 0
) -> Page[DocumentRow]:
    """Stored articles, newest first."""
    return q.list_documents(conn, outlet=outlet, limit=limit, offset=offset)


@router.get("/documents/{doc_id}", summary="One article with its extracted spans")
def document(conn: Conn, doc_id: str) -> DocumentView:
    """Clean text, metadata, removed boilerplate, sentences and every extracted span."""
    return q.get_document(conn, doc_id)


@router.get("/entities", summary="List or search entities")
def entities(
    conn: Conn,
    q_: Annotated[
        str | None,
        Query(alias="q", max_length=MAX_QUERY_CHARS, description="Alias contains this."),
    ] = None,
    type: Annotated[
        str | None, Query(max_length=40, description="OntoNotes label: PERSON, ORG...")
    ] = None,
    min_docs: Annotated[int, Query(ge=1, le=MAX_MIN_DOCS)] = 1,
    limit: Limit = 50,
    offset: Offset = 0,
) -> Page[EntityRow]:
    """Entities, most widely reported first."""
    return q.list_entities(conn, type=type, min_docs=min_docs, q=q_, limit=limit, offset=offset)


@router.get("/entities/lookup", summary="Resolve a name to one entity")
def lookup(
    conn: Conn, name: Annotated[str, Query(min_length=1, max_length=MAX_QUERY_CHARS)]
) -> EntityRow:
    """The entity with this alias (case-insensitive); 404/400 carry suggestions."""
    return q.find_entity(conn, name)


@router.get("/entities/{entity_id}", summary="Entity overview")
def entity(
    conn: Conn,
    entity_id: str,
    limit: Annotated[int, Query(ge=1, le=MAX_LIMIT, description="Rows per list.")] = 20,
    sort: SortParam = "-date",
) -> EntityOverview:
    """Identity with its counts and date range, coverage per month, and the first page of
    each list (roles, statements by and about, mentions, articles, co-mentions, relations,
    timeline), each with its total; the sub-resources below page through them."""
    return q.entity_overview(conn, entity_id, limit=limit, sort=sort)


@router.get("/entities/{entity_id}/months", summary="Coverage of an entity per month")
def months(conn: Conn, entity_id: str) -> list[MonthRow]:
    """Articles mentioning the entity and statements by or about it, per month."""
    return q.entity_months(conn, entity_id)


@router.get("/entities/{entity_id}/mentions", summary="Mentions of an entity")
def mentions(
    conn: Conn, entity_id: str, limit: Limit = 50, offset: Offset = 0, sort: SortParam = "-date"
) -> Page[MentionRow]:
    """Every mention, by article date then position, with its sentence."""
    return q.entity_mentions(conn, entity_id, limit=limit, offset=offset, sort=sort)


@router.get("/entities/{entity_id}/statements", summary="Statements by or about an entity")
def entity_statements(
    conn: Conn,
    entity_id: str,
    role: Annotated[
        Literal["by", "about"], Query(description="by: its own words; about: naming it.")
    ] = "by",
    limit: Limit = 50,
    offset: Offset = 0,
    sort: SortParam = "-date",
) -> Page[StatementRow]:
    """Statements the entity made, or statements by others that name it."""
    return q.entity_statements(conn, entity_id, role=role, limit=limit, offset=offset, sort=sort)


@router.get("/entities/{entity_id}/roles", summary="Role history of an entity")
def roles(
    conn: Conn, entity_id: str, limit: Limit = 50, offset: Offset = 0, sort: SortParam = "-date"
) -> Page[RoleRow]:
    """Titles held, by the date each article states them."""
    q.get_entity(conn, entity_id)
    return q.entity_roles(conn, entity_id, limit=limit, offset=offset, sort=sort)


@router.get("/entities/{entity_id}/articles", summary="Articles mentioning an entity")
def entity_articles(
    conn: Conn, entity_id: str, limit: Limit = 50, offset: Offset = 0, sort: SortParam = "-date"
) -> Page[DocumentRow]:
    """Stories mentioning the entity; syndicated copies count once."""
    q.get_entity(conn, entity_id)
    return q.entity_documents(conn, entity_id, limit=limit, offset=offset, sort=sort)


@router.get("/entities/{entity_id}/co-mentions", summary="Entities mentioned with an entity")
def entity_co_mentions(
    conn: Conn, entity_id: str, limit: Limit = 50, offset: Offset = 0
) -> Page[CoMention]:
    """Other entities in the same articles, most shared articles first."""
    q.get_entity(conn, entity_id)
    return q.co_mentions(conn, entity_id, limit=limit, offset=offset)


@router.get("/statements", summary="Statements with filters")
def statements(
    conn: Conn,
    speaker: Name = None,
    about: Name = None,
    since: DateParam = None,
    until: DateParam = None,
    outlet: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
    sort: SortParam = "-date",
) -> Page[StatementRow]:
    """Quotes and reported speech, ordered by the statement's date."""
    filters = q.StatementFilter(speaker, about, since, until, outlet)
    return q.list_statements(conn, filters, limit=limit, offset=offset, sort=sort)


@router.get("/timeline", summary="Timeline of events and statements")
def timeline(
    conn: Conn,
    entity: Name = None,
    since: DateParam = None,
    until: DateParam = None,
    limit: Limit = 100,
    offset: Offset = 0,
    sort: SortParam = "-date",
) -> Page[TimelineItem]:
    """Events (merged across articles) and statements, ordered by when they happened."""
    filters = q.TimelineFilter(entity, since, until)
    return q.timeline(conn, filters, limit=limit, offset=offset, sort=sort)


@router.get("/relations", summary="Standing relations")
def relations(
    conn: Conn, entity: Name = None, limit: Limit = 50, offset: Offset = 0
) -> Page[RelationRow]:
    """Treaties, alliances, memberships between entities (of one entity when given)."""
    entity_id = q.find_entity(conn, entity).id if entity else None
    return q.list_relations(conn, entity_id=entity_id, limit=limit, offset=offset)


@router.get("/search", summary="Full-text search")
def search(
    conn: Conn,
    q_: Annotated[
        str,
        Query(
            alias="q",
            min_length=1,
            max_length=MAX_QUERY_CHARS,
            description=f"A search: {q.SEARCH_SYNTAX}.",
        ),
    ],
    limit: Limit = 20,
    offset: Offset = 0,
) -> SearchResults:
    """Entities the search names, and articles and statements matching it: the words as
    typed first, then best first. A malformed search is a 400 naming the character."""
    found = q.search(conn, q_, limit=limit, offset=offset, marks=MATCH_MARKS)
    ents = q.search_entities(conn, q_, limit=min(limit, 10))
    hits = []
    for hit in found:
        text, spans = split_marks(hit.snippet)
        hits.append(
            SearchResult(
                kind=hit.kind,
                doc_id=hit.doc_id,
                label=hit.label,
                date=hit.date,
                snippet=text,
                highlights=spans,
                start=hit.start,
                end=hit.end,
            )
        )
    return SearchResults(query=q_, entities=ents, hits=hits)
