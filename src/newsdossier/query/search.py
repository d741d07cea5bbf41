"""Full-text search over article bodies and statements (SQLite FTS5), in a search language.

The language (``"exact phrase"``, ``OR``, ``-word``/``NOT word``, ``prefix*``, groups in
parentheses, filters ``speaker: about: outlet: type: since: until:``) is parsed in
`newsdossier.query.search_syntax` and turned into FTS5 and bound SQL in
`newsdossier.query.search_plan`; nothing the user types reaches SQL as text.

Stemming and the exact form first: the FTS tables ``documents_fts`` and
``statements_fts`` use the ``porter`` tokenizer (so "tax" finds "taxes"), and two
unstemmed twins, ``documents_exact`` and ``statements_exact`` (schema migrations 5 and
7: no word positions), say which rows hold the words as typed. Those are ranked before
every row that matches only through a stem; BM25 orders rows within each group. A second
index (instead of re-checking snippets) keeps the order the same across pages. A search
matching more than `SEARCH_WINDOW` rows of a kind ranks the newest stored of them.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Literal, Protocol

from newsdossier.errors import QueryError
from newsdossier.query.entities import get_entity, list_entities
from newsdossier.query.rows import EntityRow
from newsdossier.query.search_plan import (
    OUTLET_CONDITION,
    Conditions,
    HitKind,
    TextPlan,
    conditions,
    outlet_token,
    positive_terms,
    text_plan,
)
from newsdossier.query.search_syntax import (
    SEARCH_SYNTAX,
    ParsedSearch,
    SearchQueryError,
    parse_search,
)
from newsdossier.query.sources import check_page, check_text

__all__ = [
    "MATCH_MARKS",
    "SEARCH_SYNTAX",
    "SearchHit",
    "SearchQueryError",
    "parse_search",
    "search",
    "search_entities",
    "split_marks",
]


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One match: an article or a statement (with its offsets), with a highlighted snippet.

    ``exact``: the row holds the words as typed, not only words of the same stem;
    ``stored``: the row's key in its table (a larger key was stored later)."""

    kind: Literal["article", "statement"]
    doc_id: str
    label: str
    date: str | None
    snippet: str
    rank: float
    start: int | None = None
    end: int | None = None
    exact: bool = True
    stored: int = 0


def parse(text: str) -> ParsedSearch:
    """``text`` parsed; an empty search, or one with nothing to look for, is a
    `QueryError` that explains the syntax."""
    if not check_text(text, "the search").strip():
        raise QueryError(f"nothing to search for; a search has {SEARCH_SYNTAX}")
    parsed = parse_search(text)
    if parsed.text is None and not parsed.filters:
        raise QueryError(f"nothing to search for in {text!r}; a search has {SEARCH_SYNTAX}")
    return parsed


def search(
    conn: sqlite3.Connection,
    text: str,
    *,
    limit: int = 20,
    offset: int = 0,
    marks: tuple[str, str] = ("[", "]"),
) -> list[SearchHit]:
    """Articles and statements matching the search ``text``, the exact forms first, then
    best first (``offset`` skips that many); ``marks`` surround the matched words in each
    snippet; equally good hits come newest stored first. Of a search matching more than
    `SEARCH_WINDOW` rows of a kind, the newest stored are ranked. Raises
    `SearchQueryError` (with the character position) for a malformed search or a bad
    filter value."""
    check_page(limit, offset)
    parsed = parse(text)
    plan = text_plan(parsed)
    if plan.match is None and plan.exclude is None and not parsed.filters:
        raise QueryError(f"nothing to search for in {text!r}; a search has {SEARCH_SYNTAX}")
    where = conditions(conn, parsed)
    wanted = limit + offset
    hits: list[SearchHit] = []
    ranked: list[_Ranked] = []
    for source in _SOURCES:
        if source.kind not in where.kinds:
            continue
        if plan.match is None:
            hits += _plain_hits(conn, source, (plan, where), wanted=wanted)
        else:
            ranked += _ranked(conn, source, (plan.match, plan.exact, where), wanted=wanted)
    # The page's rows are chosen across both kinds before their snippets are made (each
    # tokenizes its row again): the 40 hits of a page, not 40 of each kind.
    ranked.sort(key=_order)
    for source in _SOURCES:
        chosen = [r for r in ranked[:wanted] if r.source is source]
        if chosen and plan.match is not None:
            hits += _shown(conn, source, plan.match, chosen, marks)
    cjk = [t.text for t in positive_terms(parsed.text) if _CJK.search(t.text)]
    if cjk and plan.match is not None and "article" in where.kinds:
        found = {h.doc_id for h in hits if h.kind == "article"}
        extra = _substring_hits(conn, cjk, where, wanted, marks)
        hits += [h for h in extra if h.doc_id not in found]
    hits.sort(key=_order)
    return hits[offset:wanted]


class _Placed(Protocol):
    """What orders a hit: a `SearchHit`, or a `_Ranked` row before its snippet is made."""

    @property
    def exact(self) -> bool: ...
    @property
    def rank(self) -> float: ...
    @property
    def kind(self) -> str: ...
    @property
    def stored(self) -> int: ...


def _order(hit: _Placed) -> tuple[bool, float, str, int]:
    """Where a hit goes: the exact forms first, then best first, then newest stored."""
    return (not hit.exact, hit.rank, hit.kind, -hit.stored)


#: Most matches of one kind (articles, statements) a search ranks: the newest stored. A
#: search matching more is ranked within its newest matches; narrow it to reach older
#: ones (a phrase, a filter, since:/until:).
SEARCH_WINDOW = 1_000


@dataclass(frozen=True, slots=True)
class _Source:
    """Where one kind of hit comes from: its FTS table, unstemmed twin and row columns."""

    kind: HitKind
    fts: str
    exact: str
    snippet_column: int
    join: str
    table: str
    key: str
    fts_key: str
    columns: str
    text: str
    order: str
    text_columns: str

    def words(self, match: str) -> str:
        """The FTS5 expression ``match`` confined to this kind's text columns."""
        return f"{self.text_columns} : ({match})"


_SOURCES = (
    _Source(
        "article", "documents_fts", "documents_exact", 1,
        "documents_fts f JOIN documents d ON d.key = f.rowid",
        "documents d", "d.key", "rowid",
        "d.id AS doc_id, coalesce(nullif(d.title, ''), substr(d.body, 1, 80) || '…') AS label,"
        ' d.published AS date, NULL AS start, NULL AS "end"',
        "d.body", "d.published DESC, d.id", "{title body}",
    ),
    _Source(
        "statement", "statements_fts", "statements_exact", 0,
        "statements_fts f JOIN statements s ON s.key = f.rowid JOIN documents d ON d.key = s.doc",
        "statements s JOIN documents d ON d.key = s.doc", "s.key", "rowid",
        "d.id AS doc_id,"
        " coalesce(s.speaker_name, s.source_description, '(unattributed)') AS label,"
        ' s.date AS date, s.start AS start, s."end" AS "end"',
        "s.text", "coalesce(s.date, d.published) DESC, s.doc, s.idx", "text",
    ),
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Ranked:
    """A matching row chosen for ranking, before its details and snippet are read."""

    source: _Source
    stored: int
    rank: float
    exact: bool

    @property
    def kind(self) -> str:
        """Article or statement."""
        return self.source.kind


def _plain_hits(
    conn: sqlite3.Connection,
    source: _Source,
    query: tuple[TextPlan, Conditions],
    *,
    wanted: int,
) -> list[SearchHit]:
    """Up to ``wanted`` newest rows of one kind that pass the filters and hold none of
    the search's negated words (a search with nothing to match)."""
    plan, where = query
    is_article = source.kind == "article"
    conds = list(where.articles if is_article else where.statements)
    args = list(where.article_args if is_article else where.statement_args)
    conds += [OUTLET_CONDITION for _ in where.outlets]
    args += where.outlets
    if plan.exclude is not None:
        conds.insert(0, f"{source.key} NOT IN (SELECT {source.fts_key} FROM {source.fts}"
                        f" WHERE {source.fts} MATCH ?)")  # fmt: skip
        args.insert(0, plan.exclude)
    clause = f"WHERE {' AND '.join(conds)}" if conds else ""
    sql = (
        f"SELECT {source.key} AS stored, {source.columns},"
        f" substr({source.text}, 1, 160) AS snip FROM {source.table} {clause}"
        f" ORDER BY {source.order} LIMIT ?"
    )
    rows = conn.execute(sql, [*args, wanted]).fetchall()
    return [_hit(source.kind, r, float(i), plain=True) for i, r in enumerate(rows)]


def _ranked(
    conn: sqlite3.Connection,
    source: _Source,
    query: tuple[str, str | None, Conditions],
    *,
    wanted: int,
) -> list[_Ranked]:
    """The best ``wanted`` matches of one kind: exact forms first, then BM25, then newest
    stored (every store a reader opens has the unstemmed twins: older ones are refused
    until upgraded)."""
    match, exact_match, where = query
    is_article = source.kind == "article"
    conds = list(where.articles if is_article else where.statements)
    args = list(where.article_args if is_article else where.statement_args)
    full = " AND ".join(
        [f"({source.words(match)})", *(f"outlet : {outlet_token(o)}" for o in where.outlets)]
    )
    window = _window(conn, source, full, (conds, args))
    if not window:
        return []
    exact = (
        {
            int(r[0])
            for r in conn.execute(
                f"SELECT rowid FROM {source.exact} WHERE {source.exact} MATCH ? AND rowid >= ?"
                " AND +rowid IN (SELECT value FROM json_each(?))",
                [exact_match, min(window), json.dumps(list(window))],
            )
        }
        if exact_match is not None
        else set(window)
    )
    best = sorted(window, key=lambda k: (k not in exact, window[k], -k))[:wanted]
    return [_Ranked(source, k, window[k], k in exact) for k in best]


def _shown(
    conn: sqlite3.Connection,
    source: _Source,
    match: str,
    chosen: list[_Ranked],
    marks: tuple[str, str],
) -> list[SearchHit]:
    """The hits of the ``chosen`` rows of one kind: their details, and snippets with the
    words matching ``match`` between ``marks``."""
    keys = [r.stored for r in chosen]
    by_key = {r.stored: r for r in chosen}
    # One cursor over the chosen rows' range: a cursor per row (``rowid IN (...)``) would
    # evaluate the whole expression again for each, prefixes and all.
    rows = conn.execute(
        f"SELECT f.rowid AS stored, {source.columns},"
        f" snippet({source.fts}, {source.snippet_column}, ?, ?, '…', 12) AS snip"
        f" FROM {source.join} WHERE {source.fts} MATCH ? AND f.rowid BETWEEN ? AND ?"
        " AND +f.rowid IN (SELECT value FROM json_each(?))",
        [*marks, source.words(match), min(keys), max(keys), json.dumps(keys)],
    ).fetchall()
    return [
        _hit(source.kind, r, by_key[r["stored"]].rank, exact=by_key[r["stored"]].exact)
        for r in rows
    ]


def _window(
    conn: sqlite3.Connection,
    source: _Source,
    match: str,
    filters: tuple[list[str], list[object]],
) -> dict[int, float]:
    """The newest stored `SEARCH_WINDOW` matches of one kind that pass the filters, each
    with its BM25 rank, from one walk of the text's matches newest first. An ``outlet:``
    filter is part of ``match`` (FTS5 intersects the words' matches with the outlet's);
    the other filters read each match's row."""
    conds, args = filters
    walk = source.join if conds else f"{source.fts} f"
    clause = "".join(f" AND {c}" for c in conds)
    rows = conn.execute(
        f"SELECT f.rowid, f.rank FROM {walk} WHERE {source.fts} MATCH ?{clause}"
        " ORDER BY f.rowid DESC LIMIT ?",
        [match, *args, SEARCH_WINDOW],
    ).fetchall()
    return {int(r[0]): float(r[1]) for r in rows}


def _hit(
    kind: HitKind, r: sqlite3.Row, rank: float, *, exact: bool = True, plain: bool = False
) -> SearchHit:
    snippet = str(r["snip"] or "")
    if plain and len(snippet) >= 160:
        snippet += "…"
    return SearchHit(
        kind, r["doc_id"], r["label"], r["date"], snippet, rank, r["start"], r["end"],
        exact, int(r["stored"]),
    )  # fmt: skip


#: Han, kana and hangul: scripts written without spaces, which FTS5's unicode61 tokenizer
#: keeps as one token per run, so their words are found by substring instead.
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff]")


def _substring_hits(
    conn: sqlite3.Connection,
    words: list[str],
    where: Conditions,
    wanted: int,
    marks: tuple[str, str],
) -> list[SearchHit]:
    """Articles whose body holds every CJK word of the search (a scan; the request
    budget bounds it) and pass its filters, ranked after the full-text matches."""
    conds = ["instr(d.body, ?) > 0" for _ in words] + where.articles
    conds += [OUTLET_CONDITION for _ in where.outlets]
    rows = conn.execute(
        f"SELECT d.key, d.id, d.title, d.body, d.published FROM documents d"
        f" WHERE {' AND '.join(conds)} ORDER BY d.id LIMIT ?",
        (*words, *where.article_args, *where.outlets, wanted),
    ).fetchall()
    left, right = marks
    hits = []
    for r in rows:
        at = r["body"].find(words[0])
        lead = r["body"][max(0, at - 30) : at]
        tail = r["body"][at + len(words[0]) : at + len(words[0]) + 30]
        snippet = f"…{lead}{left}{words[0]}{right}{tail}…"
        label = r["title"] or r["body"][:80] + "…"
        hits.append(
            SearchHit("article", r["id"], label, r["published"], snippet, 0.0, stored=r["key"])
        )
    return hits


def search_entities(conn: sqlite3.Connection, text: str, *, limit: int = 10) -> list[EntityRow]:
    """Entities the search names: those of its ``speaker:``/``about:`` filters first, then
    those with an alias containing one of its words or phrases (not the negated ones),
    most widely reported first. Raises like `search` for a malformed search."""
    check_page(limit, 0)
    parsed = parse(text)
    where = conditions(conn, parsed)
    found = {i: get_entity(conn, i) for i in dict.fromkeys(where.entity_ids)}
    matched: dict[str, EntityRow] = {}
    for term in positive_terms(parsed.text):
        words = " ".join(term.text.split())
        if sum(ch.isalnum() for ch in words) >= 2:
            for row in list_entities(conn, q=words, limit=limit).items:
                matched.setdefault(row.id, row)
    ranked = sorted(matched.values(), key=lambda e: (-e.articles, e.name, e.id))
    for row in ranked:
        found.setdefault(row.id, row)
    return list(found.values())[:limit]


#: Markers `search` can put around matched words that no article text contains.
MATCH_MARKS = ("\x02", "\x03")


def split_marks(
    snippet: str, marks: tuple[str, str] = MATCH_MARKS
) -> tuple[str, list[tuple[int, int]]]:
    """A marked snippet as plain text plus the (start, end) offsets of the matched words."""
    left, right = marks
    plain: list[str] = []
    spans: list[tuple[int, int]] = []
    length, opened = 0, -1
    for part in re.split(f"({re.escape(left)}|{re.escape(right)})", snippet):
        if part == left:
            opened = length
        elif part == right and opened >= 0:
            spans.append((opened, length))
            opened = -1
        elif part not in (left, right):
            plain.append(part)
            length += len(part)
    return "".join(plain), spans
