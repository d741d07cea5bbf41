"""From a parsed search to what SQLite runs: an FTS5 expression and bound SQL conditions.

The FTS5 expression is built from the parse tree, never from the user's text: every
word and phrase is one double-quoted FTS5 string (its quotes doubled), so no character
a user types is read as FTS5 syntax. Terms without a letter or digit (``-``, ``!!!``)
are dropped, as the tokenizer would; repeated terms are removed (a query of one word
3,000 times took a minute before); more than `MAX_QUERY_TERMS` distinct words is refused.

Filters become SQL conditions with ``?`` parameters, one list for article rows (alias
``d``: documents) and one for statement rows (``s``: statements joined to ``d``).
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import datetime
from typing import Literal

from newsdossier.errors import QueryError
from newsdossier.limits import MAX_QUERY_TERMS
from newsdossier.query.entities import find_entity
from newsdossier.query.search_syntax import (
    Filter,
    Group,
    Node,
    Not,
    ParsedSearch,
    SearchQueryError,
    Term,
)
from newsdossier.query.statements import ABOUT, STATEMENT_DATE

HitKind = Literal["article", "statement"]

Text = Term | Not | Group


@dataclass(frozen=True, slots=True)
class TextPlan:
    """The text part as FTS5: rows must ``match`` and must not match ``exclude``
    (either may be None: no text, or a search of only negations)."""

    match: str | None
    exclude: str | None
    words: tuple[str, ...]
    exact: str | None = None


@dataclass(slots=True)
class Conditions:
    """SQL conditions (with their parameters) on article rows and on statement rows;
    ``outlets``: the values of ``outlet:`` filters, which a full-text query matches as
    tokens (`outlet_token`) and a query without words as `OUTLET_CONDITION`s."""

    kinds: set[HitKind] = field(default_factory=lambda: {"article", "statement"})
    articles: list[str] = field(default_factory=list)
    article_args: list[object] = field(default_factory=list)
    statements: list[str] = field(default_factory=list)
    statement_args: list[object] = field(default_factory=list)
    entity_ids: list[str] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)

    def add(self, article: str, statement: str, *args: object) -> None:
        """One condition, written for both kinds of row, with the same parameters."""
        self.articles.append(article)
        self.article_args.extend(args)
        self.statements.append(statement)
        self.statement_args.extend(args)


#: The SQL condition of an ``outlet:`` filter on a search without words.
OUTLET_CONDITION = "d.outlet = ? COLLATE NOCASE"


def outlet_token(outlet: str) -> str:
    """The full-text token the store indexes an article's outlet as
    (`newsdossier.store.schema.OUTLET_TOKEN`): lower-cased as SQLite's ``lower()`` does
    (ASCII letters only), its UTF-8 in hex, between "o" and "z"."""
    folded = "".join(ch.lower() if ch.isascii() else ch for ch in outlet)
    return f"o{folded.encode('utf-8').hex()}z"


def _has_token(text: str) -> bool:
    """Whether FTS5's unicode61 tokenizer finds a word in ``text`` (letters, digits)."""
    return any(ch.isalnum() for ch in text)


def _fts_term(term: Term) -> str:
    """One FTS5 string: quotes doubled, and NUL (which ends FTS5's C string) made a space."""
    words = term.text.replace("\x00", " ").split()
    quoted = '"' + " ".join(words).replace('"', '""') + '"'
    return quoted + " *" if term.prefix else quoted


def _simplify(node: Node) -> Text | None:
    """The tree without empty terms and groups, nested same-operator groups flattened,
    and repeated children removed (compared by their FTS5 text, case-insensitively).
    Filters are not text: `parse_search` has taken them out of the tree already."""
    if isinstance(node, Filter):
        return None
    if isinstance(node, Term):
        return node if _has_token(node.text) else None
    if isinstance(node, Not):
        inner = _simplify(node.child)
        return Not(inner, node.position) if inner is not None else None
    children: dict[str, Text] = {}
    for child in node.children:
        simple = _simplify(child)
        parts = simple.children if isinstance(simple, Group) and simple.op == node.op else (simple,)
        for part in parts:
            if part is not None and not isinstance(part, Filter):
                children.setdefault(_render(part, None).casefold(), part)
    if not children:
        return None
    if len(children) == 1:
        return next(iter(children.values()))
    return Group(node.op, tuple(children.values()), node.position)


def _fts_words(term: Term) -> str:
    """``term`` as its words (the tokenizer's runs of letters and digits), each one FTS5
    string, all required: a phrase without positions."""
    strings = [f'"{word}"' for word in re.findall(r"[^\W_]+", term.text)]
    if term.prefix:
        strings[-1] += " *"
    return strings[0] if len(strings) == 1 else "(" + " ".join(strings) + ")"


def _render(node: Node, text: str | None, *, loose: bool = False) -> str:
    """The FTS5 expression of a simplified tree; with ``text`` (the search), a NOT with
    nothing beside it to subtract from is a `SearchQueryError`; ``loose`` writes each
    phrase as its words (`_fts_words`)."""
    if isinstance(node, Filter):
        raise TypeError("a filter has no FTS5 expression")  # _simplify removed them
    if isinstance(node, Term):
        return _fts_words(node) if loose else _fts_term(node)
    if isinstance(node, Not):
        if text is not None:
            raise SearchQueryError(
                "NOT needs a word beside it in its group, as in (a -b)", text, node.position
            )
        return "NOT " + _render(node.child, text, loose=loose)
    if node.op == "OR":
        return "(" + " OR ".join(_render(c, text, loose=loose) for c in node.children) + ")"
    positive = [c for c in node.children if not isinstance(c, Not)]
    negative = [c for c in node.children if isinstance(c, Not)]
    if not positive:
        return _render(negative[0], text, loose=loose)
    expr = "(" + " AND ".join(_render(c, text, loose=loose) for c in positive) + ")"
    if not negative:
        return expr
    tail = "".join(f" NOT {_render(n.child, text, loose=loose)}" for n in negative)
    return "(" + expr + tail + ")"


def _words(node: Node) -> list[str]:
    if isinstance(node, Filter):
        return []
    if isinstance(node, Term):
        return re.findall(r"\w+", node.text.casefold())
    if isinstance(node, Not):
        return _words(node.child)
    return [w for c in node.children for w in _words(c)]


def positive_terms(node: Node | None) -> list[Term]:
    """The words and phrases a row must (or may, under OR) contain: not under a NOT."""
    if node is None or isinstance(node, Not | Filter):
        return []
    if isinstance(node, Term):
        return [node]
    return [t for c in node.children for t in positive_terms(c)]


def text_plan(parsed: ParsedSearch) -> TextPlan:
    """The FTS5 expressions of the search's text part (see `TextPlan`); ``exact`` is
    ``match`` without its NOT parts for the unstemmed twins, which keep no word positions:
    each phrase becomes its words, all required (the stemmed match has checked they are
    adjacent)."""
    root = _simplify(parsed.text) if parsed.text is not None else None
    if root is None:
        return TextPlan(None, None, ())
    words = tuple(dict.fromkeys(_words(root)))
    if len(words) > MAX_QUERY_TERMS:
        raise QueryError(
            f"the search has {len(words)} different words; the limit is {MAX_QUERY_TERMS}"
        )
    if isinstance(root, Not):
        return TextPlan(None, _render(root.child, parsed.source), words)
    if (
        isinstance(root, Group)
        and root.op == "AND"
        and all(isinstance(c, Not) for c in root.children)
    ):
        negated = [c.child for c in root.children if isinstance(c, Not)]
        either = Group("OR", tuple(negated), root.position)
        return TextPlan(None, _render(either, parsed.source), words)
    match = _render(root, parsed.source)
    held = _without_negations(root)
    exact = _render(held, parsed.source, loose=True) if held is not None else None
    return TextPlan(match, None, words, exact)


def _without_negations(node: Node) -> Text | None:
    """The tree with every NOT part left out: the words a matching row holds. The exact
    forms are looked for among rows that already match, which the stemmed NOT has
    cleared, so the unstemmed twin need not apply it again (a NOT of a prefix, as in
    ``-price*``, made that check 5 times as costly as the words' own)."""
    if isinstance(node, Not | Filter):
        return None
    if isinstance(node, Term):
        return node
    kept = tuple(k for c in node.children if (k := _without_negations(c)) is not None)
    if not kept:
        return None
    return kept[0] if len(kept) == 1 else Group(node.op, kept, node.position)


_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
_DATE_FORMATS = {4: "%Y", 7: "%Y-%m", 10: "%Y-%m-%d"}
_KINDS: dict[str, HitKind] = {
    "article": "article",
    "articles": "article",
    "statement": "statement",
    "statements": "statement",
}


def _date(f: Filter, text: str) -> str:
    try:
        if not _DATE.fullmatch(f.value):
            raise ValueError(f.value)
        datetime.strptime(f.value, _DATE_FORMATS[len(f.value)])
    except ValueError:
        raise SearchQueryError(
            f"{f.name}: needs a date like 2025, 2025-04 or 2025-04-28, not {f.value!r}",
            text,
            f.position,
        ) from None
    return f.value


def _entity_id(conn: sqlite3.Connection, f: Filter, text: str) -> str:
    try:
        return find_entity(conn, f.value).id
    except QueryError as exc:  # NotFoundError too: a bad value of the search (400), not a 404
        what = f"{f.name}: {exc.message}"
        raise SearchQueryError(what, text, f.position, exc.suggestions) from None


def conditions(conn: sqlite3.Connection, parsed: ParsedSearch) -> Conditions:
    """The filters of ``parsed`` as SQL conditions; names resolve like `find_entity`."""
    out = Conditions()
    text = parsed.source
    for f in parsed.filters:
        if f.name == "type":
            kind = _KINDS.get(f.value.casefold())
            if kind is None:
                what = f"type: is article or statement, not {f.value!r}"
                raise SearchQueryError(what, text, f.position)
            out.kinds &= {kind}
        elif f.name == "outlet":
            out.outlets.append(f.value)
        elif f.name == "since":
            out.add("d.published >= ?", f"{STATEMENT_DATE} >= ?", _date(f, text))
        elif f.name == "until":
            day = _date(f, text)
            out.add(
                "substr(d.published, 1, ?) <= ?",
                f"substr({STATEMENT_DATE}, 1, ?) <= ?",
                len(day),
                day,
            )
        else:
            entity = _entity_id(conn, f, text)
            out.entity_ids.append(entity)
            if f.name == "speaker":
                said = "SELECT doc FROM statement_entities WHERE entity_id = ? AND said = 1"
                article = f"d.key IN ({said})"
                out.add(article, "s.speaker_id = ?", entity)
            else:
                article = "d.key IN (SELECT doc FROM entity_docs WHERE entity_id = ?)"
                out.add(article, f"(s.doc, s.idx) IN ({ABOUT})", entity)
    return out
