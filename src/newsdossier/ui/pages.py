"""Server-rendered pages: home, search, entity, article, statements; thin over `query`."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated, Any

import jinja2
from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from newsdossier import query as q
from newsdossier.errors import QueryError
from newsdossier.query.search import MATCH_MARKS, split_marks
from newsdossier.report import render
from newsdossier.report.html import render_html
from newsdossier.ui.charts import article_href, comention_graph, entity_href, timeline_chart
from newsdossier.ui.deps import Conn
from newsdossier.ui.highlight import segments

HERE = Path(__file__).parent
STATIC_DIR = HERE / "static"

_env = jinja2.Environment(
    loader=jinja2.FileSystemLoader(HERE / "templates"),
    autoescape=True,
    undefined=jinja2.StrictUndefined,
)
_env.globals.update(article_href=article_href, entity_href=entity_href)
templates = Jinja2Templates(env=_env)

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
PAGE = 25
#: Rows per list on an entity page (the downloadable dossier has more).
ENTITY_ROWS = 100


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
    context: dict[str, Any] = {"query": q_, "entities": [], "hits": [], "error": None}
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


@router.get("/entity/{entity_id}")
def entity(request: Request, conn: Conn, entity_id: str) -> HTMLResponse:
    """Role history, timeline chart, statements, co-mention graph, relations, sources."""
    d = q.dossier_of(conn, entity_id, limit=ENTITY_ROWS)
    dots, ticks = timeline_chart(d.timeline)
    hub, nodes = comention_graph(d.entity.name, d.co_mentions)
    return page(request, "entity.html", d=d, dots=dots, ticks=ticks, hub=hub, nodes=nodes)


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
    page_no: Annotated[int, Query(alias="page", ge=1)] = 1,
) -> HTMLResponse:
    """Statements with filters, a page at a time."""
    form = {"speaker": speaker, "about": about, "since": since, "until": until, "outlet": outlet}
    filters = q.StatementFilter(**{k: v.strip() or None for k, v in form.items()})
    try:
        result = q.list_statements(conn, filters, limit=PAGE, offset=(page_no - 1) * PAGE)
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
    )
