"""Quote-mark pairing: every mark style, multi-paragraph quotes, broken input."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdossier.lang.quotes import BROKEN_CONFIDENCE, find_quotes


def inner(text: str) -> list[str]:
    return [text[q.inner_start : q.inner_end] for q in find_quotes(text)]


def test_statements_quotes_every_mark_style() -> None:
    text = 'A "one" B “two” C «three» D „four“ E 「five」 F 『six』.'
    assert inner(text) == ["one", "two", "three", "four", "five", "six"]
    assert all(q.confidence == 1.0 for q in find_quotes(text))


def test_statements_quotes_apostrophes_are_not_quotes() -> None:
    assert inner("It's the mayor's plan, isn't it?") == []


def test_statements_quotes_multi_paragraph_runs_on() -> None:
    text = "“First part of it.\n\n“Second part.”\n\nAfter."
    quotes = find_quotes(text)
    assert [text[q.inner_start : q.inner_end] for q in quotes] == [
        "First part of it.",
        "Second part.",
    ]
    assert quotes[0].runs_on
    assert quotes[0].confidence == 1.0
    assert quotes[1].continues


def test_statements_quotes_unclosed_is_closed_at_paragraph_end() -> None:
    text = 'He said "we will go.\n\nNothing else.'
    (q,) = find_quotes(text)
    assert text[q.inner_start : q.inner_end] == "we will go."
    assert q.confidence == BROKEN_CONFIDENCE


def test_statements_quotes_mixed_marks_lower_confidence() -> None:
    (q,) = find_quotes('He said «we will go" today.')
    assert 0 < q.confidence < 1.0


def test_statements_quotes_stray_closer() -> None:
    text = "we will go.” He left."
    (q,) = find_quotes(text)
    assert text[q.inner_start : q.inner_end] == "we will go."
    assert q.confidence == BROKEN_CONFIDENCE


@given(st.text(alphabet=' ab\n"“”«»„「」『』‹›.', max_size=60))
def test_statements_quotes_never_raise(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text)
        assert 0 < q.confidence <= 1.0
