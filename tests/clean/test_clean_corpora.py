"""Cleaning never drops a body sentence of articles that carry no boilerplate.

PolNeAR and TimeML texts (read in place from ../shared/gold, research use only) are
clean article text. Every line of them must survive in the body, or be explained by a
field kept apart (title, kicker, dateline, byline, caption): `eval.clean` decides, the
same scorer the quality gate runs. The few lines cleaning may
take out are fragments such as "TWITTER." or "Related:", never a sentence.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from eval.clean import corpus_texts, is_body_sentence, is_reporting_credit, kept_sentences

from newsdossier.article import Article
from newsdossier.clean import clean


@pytest.fixture(scope="module")
def cleaned(shared: Path) -> list[Article]:
    texts = corpus_texts(shared)
    return [clean(Article(id=name, source=name, raw_text=text)) for name, text in texts]


def test_clean_corpora_cover_polnear_and_timeml(cleaned: list[Article]) -> None:
    assert len(cleaned) > 1000


def test_clean_corpora_never_drop_a_body_sentence(cleaned: list[Article]) -> None:
    kept = kept_sentences(cleaned)
    assert kept.sentences > 10_000
    assert kept.dropped == ()


def test_clean_corpora_remove_almost_nothing(cleaned: list[Article]) -> None:
    lines = sum(1 for a in cleaned for line in a.raw_text.split("\n") if line.strip())
    removed = [line for a in cleaned for line in a.removed]
    assert len(removed) <= lines * 0.002
    sentences = [line for line in removed if is_body_sentence(line)]
    assert all(is_reporting_credit(line) for line in sentences), sentences


def test_clean_corpora_invent_no_publication_date(cleaned: list[Article]) -> None:
    # These texts carry no date header, no page timestamps and no dated dateline.
    dated = [(a.id, a.published, a.dateline) for a in cleaned if a.published]
    assert all(dateline for _, _, dateline in dated), dated


def test_clean_corpora_bodies_are_english(cleaned: list[Article]) -> None:
    assert {a.language for a in cleaned} == {"en"}
