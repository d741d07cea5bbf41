"""Which tokens `find_cues` takes as speech cues, on token sequences built by hand."""

from __future__ import annotations

from newsdossier.article import Token
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.statements.cues import find_cues


def tokens(*rows: tuple[str, str, str, int]) -> list[Token]:
    """Tokens from (text, pos, dep, head) rows, one space apart unless glued by "<"."""
    out: list[Token] = []
    pos = 0
    for i, (text, tag_pos, dep, head) in enumerate(rows):
        if out and out[-1].text not in ("<", "</"):
            pos += 1
        out.append(Token(i, pos, pos + len(text), text, text.lower(), tag_pos, "", dep, head))
        pos += len(text)
    return out


def test_statements_cues_markup_tag_name_is_no_cue() -> None:
    """``<tweet author=...>`` left in a scraped page names a tag; nobody tweets there."""
    tagged = tokens(
        ("<", "PUNCT", "punct", 1),
        ("tweet", "VERB", "ROOT", 1),
        ('author="lena">Praying', "NOUN", "dobj", 1),
    )
    assert find_cues(tagged, lexicon_for("en")) == []


def test_statements_cues_same_verb_in_prose_is_a_cue() -> None:
    prose = tokens(
        ("Lena", "PROPN", "nsubj", 1),
        ("tweet", "VERB", "ROOT", 1),
        ("daily", "ADV", "advmod", 1),
    )
    assert [c.lemma for c in find_cues(prose, lexicon_for("en"))] == ["tweet"]
