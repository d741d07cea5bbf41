"""The search language: a tokenizer and a recursive-descent parser into a small tree.

The grammar (keywords in capitals only; ``-`` and ``*`` must touch their word)::

    search  := or_expr? EOF
    or_expr := and_expr ("OR" and_expr)*
    and_expr:= unary (["AND"] unary)*            implicit AND between neighbours
    unary   := ("NOT" | "-") unary | atom
    atom    := WORD ["*"] | '"' PHRASE '"' ["*"] | "(" or_expr ")" | FILTER
    FILTER  := NAME ":" (WORD | '"' PHRASE '"')  NAME in speaker about outlet type since until

Filters apply to the whole search, so they may stand only among the top-level terms (not
inside ``OR``, ``NOT`` or parentheses). Nothing here touches SQL: `newsdossier.query.
search_plan` turns the tree into an FTS5 expression (every term quoted) and the filters
into bound SQL conditions.

Hand-written rather than a grammar library: the language is six token kinds and four
rules, and every error must name its character position and say what is wrong in words
("this quote is never closed"), which a generic parser's "unexpected token" does not.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, cast, get_args

from newsdossier.errors import QueryError, one_line
from newsdossier.limits import MAX_QUERY_TERMS

FilterName = Literal["speaker", "about", "outlet", "type", "since", "until"]
FILTER_NAMES: tuple[str, ...] = get_args(FilterName)

TokenKind = Literal["word", "phrase", "filter", "lparen", "rparen", "or", "and", "not"]

#: Most nested parentheses and negations. `limits.py` bounds the words of a search
#: (`MAX_QUERY_TERMS`); a group needs a word inside, so deeper nesting is never needed,
#: and the bound keeps the parser's recursion (four frames per level) far from Python's.
MAX_DEPTH = MAX_QUERY_TERMS

#: One line of help, shown for an empty search and in the CLI and UI.
SEARCH_SYNTAX = (
    'words (all must occur; stemmed: "tax" finds "taxes"), "exact phrase", a OR b, '
    "-word or NOT word, prefix*, (groups), and filters speaker:NAME about:NAME "
    "outlet:NAME type:article|statement since:YYYY[-MM[-DD]] until:YYYY[-MM[-DD]]"
)


class SearchQueryError(QueryError):
    """A search that cannot be run: its syntax, or a filter's value, is wrong.

    ``position`` is the 0-based character offset in the search text; the message gives
    it 1-based, with the text from there: ``at character 7 ('"tax returns') of the
    search: this quote is never closed``."""

    def __init__(
        self,
        what: str,
        text: str,
        position: int,
        suggestions: list[str] | None = None,
    ) -> None:
        around = one_line(text[position : position + 24], 30)
        where = f"at character {position + 1} ({around!r})" if around else "at the end"
        super().__init__(f"{where} of the search: {what}", suggestions)
        self.what, self.text, self.position = what, text, position

    def __reduce__(self) -> tuple[object, ...]:
        return (SearchQueryError, (self.what, self.text, self.position, self.suggestions))


@dataclass(frozen=True, slots=True)
class Token:
    """One token of a search and where it starts; ``value`` is a word's or phrase's text."""

    kind: TokenKind
    position: int
    value: str = ""
    prefix: bool = False
    name: str = ""


@dataclass(frozen=True, slots=True)
class Term:
    """A word or a quoted phrase (``prefix``: its last word may continue, as in ``tax*``)."""

    text: str
    position: int
    prefix: bool = False


@dataclass(frozen=True, slots=True)
class Not:
    """Rows that do not match ``child``."""

    child: Node
    position: int


@dataclass(frozen=True, slots=True)
class Group:
    """All (``AND``) or any (``OR``) of ``children``."""

    op: Literal["AND", "OR"]
    children: tuple[Node, ...]
    position: int


@dataclass(frozen=True, slots=True)
class Filter:
    """A ``name:value`` condition on the whole search."""

    name: FilterName
    value: str
    position: int


Node = Term | Not | Group | Filter


@dataclass(frozen=True, slots=True)
class ParsedSearch:
    """A parsed search: the text part (None when there is none) and its filters."""

    source: str
    text: Term | Not | Group | None
    filters: tuple[Filter, ...]


_STOP = frozenset(' \t\n\r\f\v()"')
_KEYWORDS: dict[str, TokenKind] = {"OR": "or", "AND": "and", "NOT": "not"}


def tokenize(text: str) -> list[Token]:
    """The tokens of ``text``; a `SearchQueryError` for an unclosed quote, a misplaced
    ``*`` or an unknown or empty filter."""
    tokens: list[Token] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch.isspace():
            i += 1
        elif ch in "()":
            tokens.append(Token("lparen" if ch == "(" else "rparen", i))
            i += 1
        elif ch == '"':
            start = i
            phrase, i, prefix = _phrase(text, start)
            tokens.append(Token("phrase", start, phrase, prefix))
        elif ch == "-" and i + 1 < n and not text[i + 1].isspace() and text[i + 1] not in "-)":
            tokens.append(Token("not", i))
            i += 1
        else:
            end = i
            while end < n and text[end] not in _STOP and not text[end].isspace():
                end += 1
            tokens.append(_word(text, i, end))
            i = _filter_phrase(text, tokens, end)
    return tokens


def _phrase(text: str, start: int) -> tuple[str, int, bool]:
    """The phrase opened by the quote at ``start``, where lexing resumes, and its ``*``."""
    close = text.find('"', start + 1)
    if close < 0:
        raise SearchQueryError("this quote is never closed", text, start)
    after = close + 1
    prefix = after < len(text) and text[after] == "*"
    return text[start + 1 : close], after + prefix, prefix


def _word(text: str, start: int, end: int) -> Token:
    word = text[start:end]
    if word in _KEYWORDS:
        return Token(_KEYWORDS[word], start)
    name, colon, value = word.partition(":")
    known = name.casefold() in FILTER_NAMES
    # "said:" (a colon ending a word of pasted text) is a word; "said:x" an unknown filter.
    if colon and name.isascii() and name.isalpha() and (known or value):
        if not known:
            raise SearchQueryError(
                f"unknown filter {name + ':'!r}; filters are "
                + ", ".join(f"{f}:" for f in FILTER_NAMES),
                text,
                start,
            )
        return Token("filter", start, value.strip(), name=name.casefold())
    prefix = word.endswith("*")
    stem = word[:-1] if prefix else word
    if "*" in stem or (prefix and not stem):
        at = start + (stem.find("*") if "*" in stem else 0)
        raise SearchQueryError("'*' goes right after a word, as in tax*", text, at)
    return Token("word", start, stem, prefix)


def _filter_phrase(text: str, tokens: list[Token], end: int) -> int:
    """Give a filter with nothing after its colon the quoted phrase that follows it."""
    last = tokens[-1]
    if last.kind != "filter" or last.value:
        return end
    if end < len(text) and text[end] == '"':
        value, end, _ = _phrase(text, end)
        if value.strip():
            tokens[-1] = Token("filter", last.position, value.strip(), name=last.name)
            return end
    raise SearchQueryError(
        f"{last.name}: needs a value, as in {last.name}:NAME", text, last.position
    )


class _Parser:
    """Recursive descent over the tokens (one method per rule of the grammar)."""

    def __init__(self, text: str, tokens: list[Token]) -> None:
        self.text, self.tokens, self.at = text, tokens, 0

    def peek(self) -> Token | None:
        """The next token, None at the end."""
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def fail(self, what: str, token: Token | None) -> SearchQueryError:
        """The error ``what`` at ``token`` (at the end of the search when None)."""
        return SearchQueryError(what, self.text, token.position if token else len(self.text))

    def or_expr(self, depth: int) -> Node | None:
        """``and_expr ("OR" and_expr)*``; None when there is no term at all."""
        first = self.peek()
        parts = [self.and_expr(depth)]
        while (token := self.peek()) is not None and token.kind == "or":
            self.at += 1
            if parts[-1] is None:
                raise self.fail("OR needs a term before it", token)
            parts.append(self.and_expr(depth))
            if parts[-1] is None:
                raise self.fail("OR needs a term after it", token)
        if len(parts) == 1:
            return parts[0]
        return Group("OR", tuple(p for p in parts if p is not None), first.position if first else 0)

    def and_expr(self, depth: int) -> Node | None:
        """``unary (["AND"] unary)*`` up to an OR or a ")"; None when empty."""
        first = self.peek()
        items: list[Node] = []
        while (token := self.peek()) is not None and token.kind not in ("or", "rparen"):
            if token.kind == "and":
                self.at += 1
                after = self.peek()
                if not items or after is None or after.kind in ("or", "rparen", "and"):
                    raise self.fail("AND needs a term on each side", token)
                continue
            items.append(self.unary(depth))
        if not items:
            return None
        if len(items) == 1:
            return items[0]
        return Group("AND", tuple(items), first.position if first else 0)

    def unary(self, depth: int) -> Node:
        """``("NOT" | "-")* atom``: an odd number of negations is one `Not`."""
        first = self.peek()
        negations = 0
        while (token := self.peek()) is not None and token.kind == "not":
            negations += 1
            self.at += 1
        if negations > MAX_DEPTH:
            raise self.fail(f"more than {MAX_DEPTH} NOTs in a row", first)
        atom = self.atom(depth)
        if negations % 2 and first is not None:
            return Not(atom, first.position)
        return atom

    def atom(self, depth: int) -> Node:
        """A word, a phrase, a filter, or a group in parentheses (``depth`` deep)."""
        token = self.peek()
        if token is None or token.kind in ("or", "rparen", "and"):
            raise self.fail("NOT (or -) needs a term after it", token)
        self.at += 1
        if token.kind == "word" or token.kind == "phrase":
            return Term(token.value, token.position, token.prefix)
        if token.kind == "filter":
            return Filter(cast(FilterName, token.name), token.value, token.position)
        if depth >= MAX_DEPTH:
            raise self.fail(f"parentheses nest deeper than {MAX_DEPTH}", token)
        inner = self.or_expr(depth + 1)
        close = self.peek()
        if close is None or close.kind != "rparen":
            raise self.fail("this parenthesis is never closed", token)
        self.at += 1
        nested = _first_filter(inner) if inner is not None else None
        if nested is not None:
            raise _misplaced(self.text, nested)
        return inner if inner is not None else Group("AND", (), token.position)


def parse_search(text: str) -> ParsedSearch:
    """Parse a search into its text tree and its filters; a `SearchQueryError` names the
    character position and the problem of anything malformed."""
    parser = _Parser(text, tokenize(text))
    root = parser.or_expr(0)
    extra = parser.peek()
    if extra is not None:  # only a ")" stops the top level early
        raise parser.fail("this parenthesis has no matching '('", extra)
    return _hoist_filters(text, root)


def _hoist_filters(text: str, root: Node | None) -> ParsedSearch:
    top = list(root.children) if isinstance(root, Group) and root.op == "AND" else [root]
    filters = tuple(n for n in top if isinstance(n, Filter))
    rest = [n for n in top if n is not None and not isinstance(n, Filter)]
    for node in rest:
        nested = _first_filter(node)
        if nested is not None:
            raise _misplaced(text, nested)
    body: Term | Not | Group | None = None
    if len(rest) == 1:
        only = rest[0]
        assert not isinstance(only, Filter)
        body = only
    elif rest:
        body = Group("AND", tuple(rest), rest[0].position)
    return ParsedSearch(text, body, filters)


def _misplaced(text: str, f: Filter) -> SearchQueryError:
    return SearchQueryError(
        f"{f.name}: applies to the whole search; put it outside OR, NOT and parentheses",
        text,
        f.position,
    )


def _first_filter(node: Node) -> Filter | None:
    if isinstance(node, Filter):
        return node
    if isinstance(node, Not):
        return _first_filter(node.child)
    if isinstance(node, Group):
        for child in node.children:
            found = _first_filter(child)
            if found is not None:
                return found
    return None
