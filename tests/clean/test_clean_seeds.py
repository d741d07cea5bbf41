"""The gold `metadata`, `body` and `caption` checks of ../shared/gold/seeds.json, via `clean`."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsdossier.article import Article
from newsdossier.clean import clean

SEEDS = ("000_bdf8c0d61e76241e.txt", "004_7a0c9ea8037b15e3.txt")


def _cleaned(seeds_dir: Path, name: str) -> Article:
    path = seeds_dir / name
    return clean(Article(id=name, source=str(path), raw_text=path.read_text(encoding="utf-8")))


@pytest.mark.parametrize("name", SEEDS)
def test_clean_seed_metadata_matches_gold(
    seeds_dir: Path, seed_gold: dict[str, Any], name: str
) -> None:
    article = _cleaned(seeds_dir, name)
    for field, expected in seed_gold["documents"][name]["metadata"].items():
        assert getattr(article, field) == expected, field


@pytest.mark.parametrize("name", SEEDS)
def test_clean_seed_body_matches_gold(
    seeds_dir: Path, seed_gold: dict[str, Any], name: str
) -> None:
    article = _cleaned(seeds_dir, name)
    gold = seed_gold["documents"][name]["body"]
    assert article.body.startswith(gold["starts_with"])
    assert article.body.endswith(gold["ends_with"])
    for text in gold["must_not_contain"]:
        assert text not in article.body, text


@pytest.mark.parametrize("name", SEEDS)
def test_clean_seed_caption_matches_gold(
    seeds_dir: Path, seed_gold: dict[str, Any], name: str
) -> None:
    article = _cleaned(seeds_dir, name)
    gold = seed_gold["documents"][name].get("caption")
    if gold is None:
        assert article.caption is None
        return
    assert article.caption is not None
    assert gold["contains"] in article.caption
    assert gold["contains"] not in article.body


@pytest.mark.parametrize("name", SEEDS)
def test_clean_seed_removed_lines_are_listed_and_not_in_body(seeds_dir: Path, name: str) -> None:
    article = _cleaned(seeds_dir, name)
    assert article.removed
    for line in article.removed:
        assert line not in article.body
        assert line in article.raw_text


@pytest.mark.parametrize("name", SEEDS)
def test_clean_seed_cleaning_twice_changes_nothing(seeds_dir: Path, name: str) -> None:
    once = _cleaned(seeds_dir, name)
    assert clean(once) == once
