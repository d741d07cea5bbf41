"""Cleaning never drops a body sentence of articles that carry no boilerplate.

PolNeAR and TimeML texts (read in place from ../shared/gold, research use only) are
clean article text. Every line of them must survive in the body, or be explained by a
field kept apart (title, kicker, dateline, byline, caption). The few lines cleaning may
take out are fragments such as "TWITTER." or "Related:", never a sentence.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from eval.corpora import iter_polnear, iter_timeml

from newsdossier.article import Article
from newsdossier.clean import clean

_WORD = re.compile(r"\w+")
_MARKUP = re.compile(r"[<>{}]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
# Reporting credits ("(Reporting by A; Editing by B.)") are bylines, not body sentences.
_CREDIT_LINE = re.compile(
    r"^[(\[]?\s*(?:additional\s+)?(?:reporting|writing|editing|translated)\b[^.]*?\bby\s+[A-Z]",
    re.IGNORECASE,
)


def _norm(text: str) -> str:
    return " ".join(text.replace("\ufeff", " ").replace("\u200b", " ").split())


def _is_body_sentence(line: str) -> bool:
    """Four words or more of prose, or a punctuated sentence of three words or more."""
    n = len(_WORD.findall(line))
    if _MARKUP.search(line):
        return False
    return n >= 4 or (n >= 3 and bool(_SENTENCE_END.search(line)))


def _unexplained(article: Article) -> list[str]:
    """Input lines found neither in the body nor in a field kept apart from it."""
    body = _norm(article.body)
    fields = [
        _norm(value)
        for value in (
            article.title,
            article.kicker,
            article.dateline,
            article.caption,
            article.caption_credit,
            article.author,
        )
        if value
    ]
    missing = []
    for raw in article.raw_text.split("\n"):
        line = _norm(raw)
        if not line or line in body:
            continue
        if _CREDIT_LINE.match(line) and line in article.removed:
            continue
        rest = line
        for value in fields:
            rest = rest.replace(value, " ")
        rest = _norm(rest).strip(" -–—_:|/")
        if rest.lower().startswith("by "):
            rest = rest[3:]
        if rest and rest not in body and len(_WORD.findall(rest)) > 1:
            missing.append(line)
    return missing


def _texts(shared: Path) -> list[tuple[str, str]]:
    gold = shared / "gold"
    texts = [
        (doc.name, doc.text)
        for split in ("train", "dev")
        for doc in iter_polnear(split, gold / "polnear")
    ]
    texts += [(doc.name, doc.text) for doc in iter_timeml(gold / "timeml")]
    return texts


@pytest.fixture(scope="module")
def cleaned(shared: Path) -> list[Article]:
    return [clean(Article(id=name, source=name, raw_text=text)) for name, text in _texts(shared)]


def test_clean_corpora_cover_polnear_and_timeml(cleaned: list[Article]) -> None:
    assert len(cleaned) > 1000


def test_clean_corpora_never_drop_a_body_sentence(cleaned: list[Article]) -> None:
    dropped = [
        (article.id, line)
        for article in cleaned
        for line in _unexplained(article)
        if _is_body_sentence(line)
    ]
    assert dropped == []


def test_clean_corpora_remove_almost_nothing(cleaned: list[Article]) -> None:
    lines = sum(1 for a in cleaned for line in a.raw_text.split("\n") if line.strip())
    removed = [line for a in cleaned for line in a.removed]
    assert len(removed) <= lines * 0.002
    sentences = [line for line in removed if _is_body_sentence(line)]
    assert all(_CREDIT_LINE.match(line) for line in sentences), sentences


def test_clean_corpora_invent_no_publication_date(cleaned: list[Article]) -> None:
    # These texts carry no date header, no page timestamps and no dated dateline.
    dated = [(a.id, a.published, a.dateline) for a in cleaned if a.published]
    assert all(dateline for _, _, dateline in dated), dated


def test_clean_corpora_bodies_are_english(cleaned: list[Article]) -> None:
    assert {a.language for a in cleaned} == {"en"}
