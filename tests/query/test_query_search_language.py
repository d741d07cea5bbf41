"""The search language (issue 12) on a small store of invented articles written for it.

Four articles: two with the phrase "tax returns" (one naming Clinton), one with Trump, tax
and returns but never the phrase, one with "taxes" only (for stemming and exact forms).
"""

from __future__ import annotations

import dataclasses
import re
import sqlite3
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.article import Article, Entity, Mention, Speaker, Statement
from newsdossier.errors import QueryError
from newsdossier.query import reading
from newsdossier.query.search import (
    SearchHit,
    SearchQueryError,
    parse_search,
    search,
    search_entities,
)
from newsdossier.query.search_plan import outlet_token, text_plan
from newsdossier.store import Store
from newsdossier.store.schema import OUTLET_TOKEN
from tests.helpers.corpus import article_one

RETURNS = (
    "President Donald Trump released his tax returns on Friday after years of pressure. "
    '"Nothing to hide," Trump said of the tax returns.'
)
CLINTON = (
    "Hillary Clinton published eight years of tax returns in 2015. "
    "Aides said Trump should do the same with his tax returns."
)
DEBATE = (
    "Trump returns to Iowa as the tax debate heats up. "
    '"We will cut the tax on tips," Trump said at a rally.'
)
TAXES = (
    "Finance ministers warned that taxes on fuel would rise again next spring. "
    '"Higher taxes hurt farmers," the farm union said.'
)


def _entity(body: str, eid: str, name: str, etype: str, *surfaces: str) -> Entity:
    mentions = [
        Mention(m.start(), m.end(), m.group(), etype)
        for s in (name, *surfaces)
        for m in re.finditer(re.escape(s), body)
    ]
    unique = {(m.start, m.end): m for m in mentions}
    return Entity(eid, name, etype, surfaces, tuple(sorted(unique.values(), key=lambda m: m.start)))


def _quote(body: str, text: str, speaker: tuple[str, str] | None) -> Statement:
    start = body.index(text)
    who = Speaker(*speaker) if speaker else None
    return Statement(text, start, start + len(text), "direct", who, None if who else "a union")


def _articles() -> list[Article]:
    trump = ("e-trump", "Donald Trump")
    return [
        Article(
            id="returns", source="returns.txt", body=RETURNS, published="2024-05-03",
            outlet="Wire", title="Trump releases tax returns",
            entities=(_entity(RETURNS, "e-trump", "Donald Trump", "PERSON", "Trump"),),
            statements=(_quote(RETURNS, "Nothing to hide,", trump),),
        ),
        Article(
            id="clinton", source="clinton.txt", body=CLINTON, published="2015-08-01",
            outlet="Herald", title="Clinton tax records",
            entities=(
                _entity(CLINTON, "e-clinton", "Hillary Clinton", "PERSON", "Clinton"),
                _entity(CLINTON, "e-trump", "Donald Trump", "PERSON", "Trump"),
            ),
        ),
        Article(
            id="debate", source="debate.txt", body=DEBATE, published="2024-09-12",
            outlet="Wire", title="Trump in Iowa",
            entities=(
                _entity(DEBATE, "e-trump", "Donald Trump", "PERSON", "Trump"),
                _entity(DEBATE, "e-iowa", "Iowa", "GPE"),
            ),
            statements=(_quote(DEBATE, "We will cut the tax on tips,", trump),),
        ),
        Article(
            id="taxes", source="taxes.txt", body=TAXES, published="2025-02-20",
            outlet="Herald", title="Fuel costs",
            statements=(_quote(TAXES, "Higher taxes hurt farmers,", None),),
        ),
    ]  # fmt: skip


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory) -> Iterator[sqlite3.Connection]:
    path = tmp_path_factory.mktemp("search") / "s.db"
    with Store(path) as store:
        for article in _articles():
            store.add(article, pipeline="test")
    with reading(path) as connection:
        yield connection


def _found(hits: list[SearchHit], kind: str = "article") -> set[str]:
    return {h.doc_id for h in hits if h.kind == kind}


def test_query_search_and_with_phrase(conn: sqlite3.Connection) -> None:
    hits = search(conn, 'Trump AND "tax returns"')
    assert _found(hits) == {"returns", "clinton"}  # "debate" has the words, not the phrase
    assert all("[AND]" not in h.snippet.upper() and "[and]" not in h.snippet for h in hits)
    assert _found(search(conn, 'Trump "tax returns"')) == {"returns", "clinton"}


@pytest.mark.parametrize("text", ['"tax returns" NOT Clinton', '"tax returns" -Clinton'])
def test_query_search_not_excludes(conn: sqlite3.Connection, text: str) -> None:
    hits = search(conn, text)
    assert _found(hits) == {"returns"}
    assert not any("Clinton" in h.snippet for h in hits)


def test_query_search_or_prefix_and_groups(conn: sqlite3.Connection) -> None:
    assert _found(search(conn, "Clinton OR Iowa")) == {"clinton", "debate"}
    assert _found(search(conn, "Clint*")) == {"clinton"}
    assert _found(search(conn, "(Clinton OR Iowa) -tips")) == {"clinton"}
    assert _found(search(conn, '"tax ret"*')) == {"returns", "clinton"}


def test_query_search_stems_and_ranks_exact_forms_first(conn: sqlite3.Connection) -> None:
    hits = [h for h in search(conn, "taxes", limit=50) if h.kind == "article"]
    assert {h.doc_id for h in hits} == {"returns", "clinton", "debate", "taxes"}
    assert hits[0].doc_id == "taxes"
    assert hits[0].exact
    assert not any(h.exact for h in hits[1:])
    statements = [h for h in search(conn, "tax", limit=50) if h.kind == "statement"]
    assert [h.exact for h in statements] == [True, False]  # "tax on tips", then "taxes"


def test_query_search_ranks_a_phrase_as_typed_first(conn: sqlite3.Connection) -> None:
    """The unstemmed twins keep no positions: a phrase is checked there word by word,
    its adjacency by the stemmed index."""
    plan = text_plan(parse_search('"tax return"* -"U.S. Senate"'))
    assert plan.exact == '("tax" "return" *)'  # the NOT is the stemmed match's to apply
    hits = search(conn, '"taxes hurt"', limit=50)
    assert sorted((h.kind, h.exact) for h in hits) == [("article", True), ("statement", True)]
    stemmed = [h for h in search(conn, '"tax returned"', limit=50) if h.kind == "article"]
    assert {h.doc_id for h in stemmed} == {"returns", "clinton"}
    assert not any(h.exact for h in stemmed)


def test_query_search_filters(conn: sqlite3.Connection) -> None:
    speaker = search(conn, "speaker:Trump tax")
    assert {(h.kind, h.doc_id) for h in speaker} == {
        ("statement", "debate"),  # his words with "tax"
        ("article", "debate"),  # articles quoting him with "tax"
        ("article", "returns"),
    }
    assert _found(search(conn, "about:Clinton")) == {"clinton"}
    assert _found(search(conn, 'outlet:herald "tax returns"')) == {"clinton"}
    assert _found(search(conn, "since:2024-06 Trump")) == {"debate"}
    assert _found(search(conn, "until:2024 Trump")) == {"returns", "clinton", "debate"}
    assert _found(search(conn, "until:2015-08 Trump")) == {"clinton"}
    only = search(conn, "type:statement tax")
    assert {h.kind for h in only} == {"statement"}
    assert len(only) == 2


def test_query_search_only_negation_or_only_filters(conn: sqlite3.Connection) -> None:
    assert _found(search(conn, "-Trump")) == {"taxes"}
    assert _found(search(conn, "NOT Trump NOT fuel")) == set()
    assert _found(search(conn, "outlet:Wire")) == {"returns", "debate"}
    statements = search(conn, "type:statement -tips")
    assert {h.snippet for h in statements} == {"Nothing to hide,", "Higher taxes hurt farmers,"}


def test_query_search_entities_from_words_and_filters(conn: sqlite3.Connection) -> None:
    names = [e.name for e in search_entities(conn, "about:Iowa Clinton -Trump")]
    assert names == ["Iowa", "Hillary Clinton"]


@pytest.mark.parametrize(
    ("text", "position", "what"),
    [
        ('Trump "tax returns', 6, "quote is never closed"),
        ("(Trump OR Clinton", 0, "parenthesis is never closed"),
        ("Trump) tax", 5, "no matching '('"),
        ("Trump OR", 6, "OR needs a term after it"),
        ("since:2024-13 tax", 0, "needs a date"),
        ("tax color:red", 4, "unknown filter 'color:'"),
        ("type:video", 0, "article or statement"),
        ("speaker:Nobody tax", 0, "no entity called 'Nobody'"),
        ("Trump OR -Clinton", 9, "NOT needs a word beside it"),
        ("(tax speaker:Trump)", 5, "applies to the whole search"),
        ("ta*x", 2, "'*' goes right after a word"),
        ("tax speaker:", 4, "needs a value"),
    ],
)
def test_query_search_errors_say_where_and_what(
    conn: sqlite3.Connection, text: str, position: int, what: str
) -> None:
    with pytest.raises(SearchQueryError, match=re.escape(what)) as caught:
        search(conn, text)
    assert caught.value.position == position
    assert f"at character {position + 1} " in str(caught.value)


@pytest.mark.parametrize("text", ["", "   ", "!!! ---", "()"])
def test_query_search_nothing_to_search_explains_syntax(
    conn: sqlite3.Connection, text: str
) -> None:
    with pytest.raises(QueryError, match=r"nothing to search for.*\"exact phrase\""):
        search(conn, text)


def test_query_search_fts_built_from_tree_quoted_and_deduplicated() -> None:
    plan = text_plan(parse_search('Trump AND "tax returns" trump -Clinton'))
    assert plan.match == '(("Trump" AND "tax returns") NOT "Clinton")'
    hostile = text_plan(parse_search('NEAR(a b) x"y" {col}:z ^w'))
    assert hostile.match == '("NEAR" AND "a" AND "b" AND "x" AND "y" AND "{col}:z" AND "^w")'
    with pytest.raises(QueryError, match="33 different words; the limit is 32"):
        text_plan(parse_search(" ".join(f"w{i}" for i in range(33))))


def test_query_search_repeated_word_is_cheap(conn: sqlite3.Connection) -> None:
    started = time.monotonic()
    hits = search(conn, "tax " * 250)
    assert time.monotonic() - started < 1.0
    assert _found(hits) == {"returns", "clinton", "debate", "taxes"}


ANY_TEXT = st.text(
    alphabet=st.sampled_from([*'ab taxTrump"()-*:ORANDNOTspeakrinc2015漢é', "\x00"]), max_size=40
)


@settings(max_examples=150, deadline=None)
@given(ANY_TEXT)
def test_query_search_any_text_runs_or_says_why(conn: sqlite3.Connection, text: str) -> None:
    problem = ""
    try:
        hits = search(conn, text)
    except QueryError as exc:  # the only error a search text may cause, on one line
        problem = str(exc)
        hits = []
    assert "\n" not in problem
    assert all(isinstance(h, SearchHit) for h in hits)


def test_query_search_store_path(tmp_path: Path) -> None:
    """A store at the current schema has the stemmed and the unstemmed indexes."""
    with Store(tmp_path / "s.db") as store:
        names = {r[0] for r in store.conn.execute("SELECT name FROM sqlite_master")}
    assert {"documents_fts", "documents_exact", "statements_fts", "statements_exact"} <= names


def test_query_search_ranks_within_its_newest_matches(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A search matching more rows than the window ranks the ones stored last; a filter
    is applied while the window is filled, so it still finds as many as the window holds."""
    # the package's `search` is the function; the module is the one that reads the window
    monkeypatch.setattr(sys.modules["newsdossier.query.search"], "SEARCH_WINDOW", 2)
    articles = {h.doc_id for h in search(conn, "type:article tax", limit=10)}
    assert articles == {"debate", "taxes"}  # the two stored last of the four matches
    wire = {h.doc_id for h in search(conn, "type:article outlet:wire tax", limit=10)}
    assert wire == {"returns", "debate"}


@pytest.mark.parametrize(
    ("words", "outlet"),
    [("tax", "wire"), ("said", "Wire"), ('"tax returns"', "wire"), ("tax", "nowhere"),
     ("type:statement tax", "wire"), ("tax -debate", "WIRE"), ("tax*", "wire")],
)  # fmt: skip
def test_query_search_outlet_is_the_words_hits_of_that_outlet(
    conn: sqlite3.Connection, words: str, outlet: str
) -> None:
    """An ``outlet:`` filter (matched in the full-text index as the outlet's token) finds
    the hits of the words alone that are that outlet's (any case), in the same order."""
    outlets = dict(conn.execute("SELECT id, outlet FROM documents").fetchall())
    alone = [h for h in search(conn, words, limit=200) if
             (outlets[h.doc_id] or "").lower() == outlet.lower()]  # fmt: skip
    filtered = search(conn, f"{words} outlet:{outlet}", limit=200)
    assert [(h.kind, h.doc_id, h.start, h.exact, h.snippet) for h in filtered] == [
        (h.kind, h.doc_id, h.start, h.exact, h.snippet) for h in alone
    ]
    if outlet != "nowhere":
        assert filtered


@pytest.mark.parametrize(
    "outlet", ["Diário de Notícias", "Le Monde — Édition", "The Wire", "Ünïcödé ÇA", ""]
)
def test_query_search_outlet_token_is_the_stores(outlet: str) -> None:
    """The token a search looks for is the one the store's triggers index: SQLite's own
    lower() (ASCII letters only) and hex(), whatever the outlet's script."""
    sql = OUTLET_TOKEN.format(outlet="?")
    with sqlite3.connect(":memory:") as db:
        assert db.execute(f"SELECT {sql}", (outlet,)).fetchone()[0].lower() == outlet_token(outlet)


def test_query_search_outlet_outside_ascii(tmp_path: Path) -> None:
    """An outlet named outside ASCII is found as typed, and with its ASCII letters in
    another case (what COLLATE NOCASE matches), not with its other letters' case changed."""
    article = dataclasses.replace(article_one(), outlet="Diário de Notícias")
    with Store(tmp_path / "s.db") as store:
        store.add(article, pipeline="test")
    with reading(tmp_path / "s.db") as db:
        for typed, found in (("Diário de Notícias", True), ("DIáRIO DE NOTíCIAS", True),
                             ("DIÁRIO DE NOTÍCIAS", False)):  # fmt: skip
            hits = search(db, f'Ruiz outlet:"{typed}"')
            assert bool(hits) is found, typed


def test_query_search_snippets_only_for_the_page(conn: sqlite3.Connection) -> None:
    """A page's rows are chosen across articles and statements before their snippets are
    made: a page of two makes two snippets, the same two hits as the top of a longer page."""
    made: list[int] = []

    def count(sql: str) -> None:
        if "snippet(" in sql:
            made.append(len(re.findall(r"\d+", sql.rsplit("json_each(", 1)[1])))

    longer = search(conn, "tax", limit=10)
    conn.set_trace_callback(count)
    try:
        page = search(conn, "tax", limit=2)
    finally:
        conn.set_trace_callback(None)
    assert {h.kind for h in longer} == {"article", "statement"}
    assert sum(made) == 2
    assert [(h.kind, h.doc_id, h.snippet) for h in page] == [
        (h.kind, h.doc_id, h.snippet) for h in longer[:2]
    ]
