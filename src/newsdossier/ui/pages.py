"""Server-rendered pages: home, search, entity, article, statements; thin over `query`."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import quote_plus

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from newsdossier import query as q
from newsdossier.errors import QueryError
from newsdossier.limits import MAX_QUERY_CHARS
from newsdossier.query.rows import EntityOverview
from newsdossier.query.search import MATCH_MARKS, split_marks
from newsdossier.query.sources import Page
from newsdossier.report import render
from newsdossier.report.html import render_html
from newsdossier.ui.charts import (
    article_href,
    bars_svg,
    comention_graph,
    coverage_chart,
    entity_href,
)
from newsdossier.ui.deps import Conn
from newsdossier.ui.highlight import segments
from newsdossier.ui.said import said

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"

#: The templates ship with the package: read once, never checked again for changes (a
#: check is a ``stat`` of each template a page uses, on every page).
_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
    auto_reload=False,
)


def compile_templates() -> None:
    """Compile every page template now (a server worker does before its first request,
    which would otherwise wait ~0.1 s for the templates it renders)."""
    for name in _env.list_templates(extensions=["html"]):
        _env.get_template(name)


def section_href(entity_id: str, section: str) -> str:
    """The page listing one section of an entity page (``said-by``, ``sources``...)."""
    return f"{entity_href(entity_id)}/{section}"


_env.globals.update(
    article_href=article_href,
    entity_href=entity_href,
    section_href=section_href,
    said=said,
    bars_svg=bars_svg,
)
templates = Jinja2Templates(env=_env)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PAGE = 25
#: Rows per list on an entity page and its section pages (the dossier download has more):
#: eight lists of 20 keep a page near 100 KB whatever the corpus (tests/ui measure it).
ENTITY_ROWS = 20
SortParam = Annotated[Literal["date", "-date"], Query()]
PageNo = Annotated[int, Query(alias="page", ge=1, le=1_000_000)]


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    """Render template ``name`` with ``context``."""
    return templates.TemplateResponse(request, name, context, status_code=status)


def error_page(request: Request, status: int, message: str, suggestions: list[str]) -> Response:
    """The HTML page shown for a failed page request."""
    return page(
        request, "error.html", status, status_code=status, message=message, suggestions=suggestions
    )


@router.get("/")
def home(request: Request, conn: Conn) -> HTMLResponse:
    """Search box, corpus counts, most reported entities, latest articles."""
    return page(
        request,
        "home.html",
        stats=q.corpus_stats(conn),
        entities=q.list_entities(conn, limit=15).items,
        documents=q.list_documents(conn, limit=10).items,
    )


@router.get("/search")
def search(request: Request, conn: Conn, q_: Annotated[str, Query(alias="q")] = "") -> Response:
    """Entities, statements and articles matching the search; the syntax when it is
    empty, and what is wrong (and where) when it is malformed (status 400)."""
    # The page shows the query back (heading, search box): never more of it than a query
    # may hold, so a hostile 100,000-character query cannot make the page that large.
    shown = q_ if len(q_) <= MAX_QUERY_CHARS else q_[:MAX_QUERY_CHARS] + "…"
    context: dict[str, Any] = {"query": shown, "entities": [], "hits": [], "error": None}
    context["syntax"] = q.SEARCH_SYNTAX
    if not q_.strip():
        return page(request, "search.html", **context)
    try:
        found = q.search(conn, q_, limit=40, marks=MATCH_MARKS)
        context["entities"] = q.search_entities(conn, q_, limit=20)
    except QueryError as exc:
        context["error"] = exc.message
        return page(request, "search.html", 400, **context)
    for hit in found:
        text, spans = split_marks(hit.snippet)
        context["hits"].append((hit, segments(text, [], matches=spans)))
    return page(request, "search.html", **context)


@dataclass(frozen=True, slots=True)
class Section:
    """A list of an entity page: its id, heading, whether it has dates, how to fetch a page."""

    name: str
    title: str
    sortable: bool
    fetch: Callable[[Any, str, int, int, q.Sort], Page[Any]]


SECTIONS = (
    Section("roles", "Role history", True,
            lambda c, e, n, o, s: q.entity_roles(c, e, limit=n, offset=o, sort=s)),
    Section("timeline", "Timeline", True,
            lambda c, e, n, o, s: q.timeline(c, q.TimelineFilter(entity=e), limit=n, offset=o,
                                             sort=s)),
    Section("said-by", "Statements by", True,
            lambda c, e, n, o, s: q.entity_statements(c, e, role="by", limit=n, offset=o, sort=s)),
    Section("said-about", "Statements about", True,
            lambda c, e, n, o, s: q.entity_statements(c, e, role="about", limit=n, offset=o,
                                                      sort=s)),
    Section("mentions", "Mentions", True,
            lambda c, e, n, o, s: q.entity_mentions(c, e, limit=n, offset=o, sort=s)),
    Section("comentions", "Mentioned with", False,
            lambda c, e, n, o, s: q.co_mentions(c, e, limit=n, offset=o)),
    Section("relations", "Relations", False,
            lambda c, e, n, o, s: q.list_relations(c, entity_id=e, limit=n, offset=o)),
    Section("sources", "Articles", True,
            lambda c, e, n, o, s: q.entity_documents(c, e, limit=n, offset=o, sort=s)),
)  # fmt: skip
SECTION_BY_NAME = {section.name: section for section in SECTIONS}


def _first_pages(o: EntityOverview) -> dict[str, Page[Any]]:
    return {
        "roles": o.roles,
        "timeline": o.timeline,
        "said-by": o.statements_by,
        "said-about": o.statements_about,
        "mentions": o.mentions,
        "comentions": o.co_mentions,
        "relations": o.relations,
        "sources": o.articles,
    }


@router.get("/entity/{entity_id}")
def entity(request: Request, conn: Conn, entity_id: str, sort: SortParam = "-date") -> HTMLResponse:
    """Coverage per month over the entity's whole range, and the first page of each list
    (roles, timeline, statements by and about, mentions, co-mentions, relations, articles)
    with links to the next pages."""
    o = q.entity_overview(conn, entity_id, limit=ENTITY_ROWS, sort=sort)
    firsts = _first_pages(o)
    sections = [
        {"name": x.name, "title": x.title, "sortable": x.sortable, "page": firsts[x.name]}
        for x in SECTIONS
    ]
    bars, ticks = coverage_chart(o.months)
    hub, nodes = comention_graph(o.entity.name, o.co_mentions.items)
    return page(
        request, "entity.html", e=o.entity, sections=sections, sort=sort, bars=bars,
        ticks=ticks, hub=hub, nodes=nodes,
    )  # fmt: skip


@router.get("/entity/{entity_id}/dossier.{fmt}")
def dossier_file(request: Request, conn: Conn, entity_id: str, fmt: str) -> Response:
    """The dossier as a downloadable report (html, md, json or text)."""
    d = q.dossier_of(conn, entity_id)
    kinds = {
        "html": "text/html",
        "md": "text/markdown",
        "json": "application/json",
        "txt": "text/plain",
    }
    if fmt not in kinds:
        raise QueryError(f"no report format {fmt!r}", suggestions=list(kinds))
    base: str | None = request.app.state.base_url  # configured, never the request's Host
    text = render_html(d, base_url=base) if fmt == "html" else render(d, fmt.replace("txt", "text"))
    name = re.sub(r"[^\w-]+", "_", d.entity.name).strip("_") or "dossier"
    headers = {"Content-Disposition": f'attachment; filename="{name}.{fmt}"'}
    return Response(text, media_type=f"{kinds[fmt]}; charset=utf-8", headers=headers)


def _focus(hl: str | None) -> tuple[int, int] | None:
    m = re.fullmatch(r"(\d{1,9})-(\d{1,9})", hl or "")
    return (int(m[1]), int(m[2])) if m else None


@router.get("/article/{doc_id}")
def article(request: Request, conn: Conn, doc_id: str, hl: str | None = None) -> HTMLResponse:
    """Clean text with entities, statements and dates highlighted; metadata apart."""
    doc = q.get_document(conn, doc_id)
    focus = _focus(hl)
    if focus is not None:  # widen to the sentences around the fact
        inside = [
            s for s in doc.sentences if s[1] > focus[0] and s[0] < max(focus[1], focus[0] + 1)
        ]
        focus = (min(s[0] for s in inside), max(s[1] for s in inside)) if inside else focus
    body = [s for s in doc.spans if s.field == "body"]
    caption = [s for s in doc.spans if s.field == "caption"]
    title = [s for s in doc.spans if s.field == "title"]
    return page(
        request,
        "article.html",
        doc=doc,
        focus=focus,
        body=segments(doc.body, body, focus=focus),
        caption=segments(doc.caption or "", caption),
        title=segments(doc.title or "", title),
    )


@router.get("/statements")
def statements(
    request: Request,
    conn: Conn,
    speaker: str = "",
    about: str = "",
    since: str = "",
    until: str = "",
    outlet: str = "",
    sort: SortParam = "-date",
    page_no: PageNo = 1,
) -> HTMLResponse:
    """Statements with filters, a page at a time, newest first unless ``sort`` is ``date``."""
    form = {"speaker": speaker, "about": about, "since": since, "until": until, "outlet": outlet}
    filters = q.StatementFilter(**{k: v.strip() or None for k, v in form.items()})
    query = "".join(f"{k}={quote_plus(v)}&" for k, v in sorted(form.items()) if v)
    try:
        offset = (page_no - 1) * PAGE
        result = q.list_statements(conn, filters, limit=PAGE, offset=offset, sort=sort)
        problem, hints = None, []
    except QueryError as exc:
        result, problem, hints = None, exc.message, exc.suggestions
    return page(
        request,
        "statements.html",
        form=form,
        result=result,
        problem=problem,
        hints=hints,
        page_no=page_no,
        page_size=PAGE,
        sort=sort,
        query=query,
    )


@router.get("/entity/{entity_id}/{section}")
def entity_section(
    request: Request,
    conn: Conn,
    entity_id: str,
    section: str,
    sort: SortParam = "-date",
    page_no: PageNo = 1,
) -> HTMLResponse:
    """One list of an entity page, a page at a time (``page``), newest first or oldest."""
    found = SECTION_BY_NAME.get(section)
    if found is None:
        names = list(SECTION_BY_NAME)
        raise q.NotFoundError(f"no list {section!r} on an entity page", suggestions=names)
    e = q.get_entity(conn, entity_id)
    p = found.fetch(conn, entity_id, ENTITY_ROWS, (page_no - 1) * ENTITY_ROWS, sort)
    title = f"{found.title} {e.name}" if found.name.startswith("said") else found.title
    return page(
        request, "entity_list.html", e=e, section=found.name, title=title, p=p, sort=sort,
        sortable=found.sortable,
    )  # fmt: skip
