"""Pure read functions over the store returning typed rows; the CLI, API and UI call these.

The surfaces open the store only through here too: `reading` (a read-only connection),
`ReaderPool` (read-only connections kept open between requests),
`check_store` and `load_article`."""

from newsdossier.query.documents import corpus_stats, get_document
from newsdossier.query.dossier import DOSSIER_ROWS, dossier, dossier_of
from newsdossier.query.entities import (
    NotFoundError,
    entity_mentions,
    find_entity,
    get_entity,
    list_entities,
)
from newsdossier.query.open import ReaderPool, check_store, load_article, reading
from newsdossier.query.overview import entity_months, entity_overview
from newsdossier.query.records import (
    co_mentions,
    entity_documents,
    entity_roles,
    list_documents,
    list_relations,
    role_history,
)
from newsdossier.query.search import (
    SEARCH_SYNTAX,
    SearchHit,
    SearchQueryError,
    search,
    search_entities,
)
from newsdossier.query.sources import Page, Sort
from newsdossier.query.statements import StatementFilter, entity_statements, list_statements
from newsdossier.query.summary import IngestSummary, ingest_summary
from newsdossier.query.timeline import TimelineFilter, timeline

__all__ = [
    "DOSSIER_ROWS",
    "SEARCH_SYNTAX",
    "IngestSummary",
    "NotFoundError",
    "Page",
    "ReaderPool",
    "SearchHit",
    "SearchQueryError",
    "Sort",
    "StatementFilter",
    "TimelineFilter",
    "check_store",
    "co_mentions",
    "corpus_stats",
    "dossier",
    "dossier_of",
    "entity_documents",
    "entity_mentions",
    "entity_months",
    "entity_overview",
    "entity_roles",
    "entity_statements",
    "find_entity",
    "get_document",
    "get_entity",
    "ingest_summary",
    "list_documents",
    "list_entities",
    "list_relations",
    "list_statements",
    "load_article",
    "reading",
    "role_history",
    "search",
    "search_entities",
    "timeline",
]
