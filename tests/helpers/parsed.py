"""Token records built by hand, for rules tested on a parse the model need not produce."""

from __future__ import annotations

from newsdossier.article import Token


def hand_parsed(rows: list[tuple[str, str, str, int]]) -> list[Token]:
    """Tokens from (text, pos, dep, head) rows, one space apart; the tag is the pos."""
    out: list[Token] = []
    pos = 0
    for i, (text, tag, dep, head) in enumerate(rows):
        out.append(Token(i, pos, pos + len(text), text, text.lower(), tag, tag, dep, head))
        pos += len(text) + 1
    return out
