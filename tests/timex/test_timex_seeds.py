"""Every `timex` check of ../shared/gold/seeds.json passes on the seed articles."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from newsdossier.article import Article, Timex
from newsdossier.nlp import annotate_doc
from newsdossier.timex import find_timexes

_HEADER = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}\s*")


def _article(path: Path, published: str, nlp: Any) -> Article:
    body = _HEADER.sub("", path.read_text("utf-8"), count=1)
    article = Article(id=path.name, source=str(path), body=body, published=published)
    return annotate_doc(article, nlp(body), [])


def _matches(timex: Timex, text: str, value: str) -> bool:
    """The gold expression lies in this timex and has the gold value (or is one end of it)."""
    if text not in timex.text:
        return False
    return value == timex.value or value in timex.value.split("/")


def _checks(seed_gold: dict[str, Any]) -> list[tuple[str, str, dict[str, str]]]:
    return [
        (name, doc["metadata"]["published"], check)
        for name, doc in seed_gold["documents"].items()
        for check in doc.get("timex", [])
    ]


def test_timex_seed_checks_all_pass(seeds_dir: Path, seed_gold: dict[str, Any], nlp: Any) -> None:
    checks = _checks(seed_gold)
    assert checks
    articles: dict[str, Article] = {}
    failures = []
    for name, published, check in checks:
        if name not in articles:
            articles[name] = find_timexes(_article(seeds_dir / name, published, nlp))
        found = articles[name].timexes
        if not any(_matches(t, check["text"], check["value"]) for t in found):
            got = [(t.text, t.value) for t in found if check["text"] in t.text]
            failures.append((name, check, got))
    assert not failures, failures


@pytest.mark.parametrize("field", ["body"])
def test_timex_offsets_point_into_their_field(
    seeds_dir: Path, seed_gold: dict[str, Any], nlp: Any, field: str
) -> None:
    for name, doc in seed_gold["documents"].items():
        article = find_timexes(_article(seeds_dir / name, doc["metadata"]["published"], nlp))
        assert article.timexes
        for timex in article.timexes:
            assert article.field_text(timex.field)[timex.start : timex.end] == timex.text
