"""Every `quotes` check of ../shared/gold/seeds.json, through the real pipeline."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsdossier.article import Article, Statement
from newsdossier.clean import clean
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate
from newsdossier.statements import find_statements
from newsdossier.timex import find_timexes


@pytest.fixture(scope="module")
def seed_articles(seeds_dir: Path, nlp: Any) -> dict[str, Article]:
    """Each seed file through clean -> nlp -> entities -> timex -> statements."""
    raw = [
        clean(Article(id=p.name, source=str(p), raw_text=p.read_text("utf-8")))
        for p in sorted(seeds_dir.glob("*.txt"))
    ]
    done = {}
    for article in annotate(raw, nlp):
        done[article.id] = find_statements(find_timexes(group_entities(article)))
    return done


def _quote_checks(seed_gold: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return [
        (name, check)
        for name, doc in seed_gold["documents"].items()
        for check in doc.get("quotes", [])
    ]


def _matches(statement: Statement, check: dict[str, Any]) -> bool:
    if check["contains"] not in statement.text:
        return False
    if check.get("date") and statement.date != check["date"]:
        return False
    if check["speaker"] is None:
        wanted = check.get("source_description") or ""
        return statement.speaker is None and wanted in (statement.source_description or "")
    return statement.speaker is not None and statement.speaker.name == check["speaker"]


def test_statements_seed_quotes_all_found(
    seed_articles: dict[str, Article], seed_gold: dict[str, Any]
) -> None:
    checks = _quote_checks(seed_gold)
    assert checks
    failed = [
        (name, check["contains"])
        for name, check in checks
        if not any(_matches(s, check) for s in seed_articles[name].statements)
    ]
    assert failed == []


def test_statements_seed_direct_quotes_are_direct(
    seed_articles: dict[str, Article], seed_gold: dict[str, Any]
) -> None:
    for name, check in _quote_checks(seed_gold):
        if check.get("direct"):
            kinds = {s.kind for s in seed_articles[name].statements if _matches(s, check)}
            assert "direct" in kinds, check["contains"]


def test_statements_seed_offsets_point_into_body(seed_articles: dict[str, Article]) -> None:
    for article in seed_articles.values():
        for s in article.statements:
            assert article.body[s.start : s.end] == s.text
            if s.source is not None:
                assert article.body[s.source.start : s.source.end] == s.source.text
                assert s.source.text.strip()
            if s.cue is not None:
                assert article.body[s.cue.start : s.cue.end] == s.cue.text
            if s.reported_by is not None:
                outer = article.statements[s.reported_by]
                assert outer.start <= s.start
                assert s.end <= outer.end
