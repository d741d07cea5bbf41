"""The hand-made corpus of `tests.helpers.corpus` is consistent and stores whole."""

from __future__ import annotations

from pathlib import Path

from newsdossier.store import Store
from tests.helpers.corpus import article_one, article_two, build_corpus, hostile_article


def test_corpus_offsets_point_at_their_text(tmp_path: Path) -> None:
    for article in (article_one(), article_two(), hostile_article()):
        for s in article.statements:
            assert article.body[s.start : s.end] == s.text
        for e in article.entities:
            assert all(article.body[m.start : m.end] == m.text for m in e.mentions)
    with Store(build_corpus(tmp_path / "c.db"), readonly=True) as store:
        assert store.info()["counts"]["documents"] == 3
