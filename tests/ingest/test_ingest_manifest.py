"""Reader metadata for text files: a sidecar manifest and run-level defaults."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from newsdossier.article import Article
from newsdossier.clean import clean
from newsdossier.errors import InputError
from newsdossier.ingest import read_paths
from newsdossier.runner.config import RunConfig
from newsdossier.runner.worker import read_items

#: PolNeAR's publisher codes (file-name prefixes) and names, from its README.
POLNEAR_PUBLISHERS = {
    "breitbart": "Breitbart",
    "huff-post": "Huffington Post",
    "nyt": "New York Times",
    "politico": "Politico",
    "usa-today": "USA Today",
    "wash-post": "Washington Post",
    "west-journal": "Western Journalism",
}
STORY = "Harbour Strike Ends After Two Weeks\n\nDockworkers returned on Monday after the port agreed to restore the night-shift premium, ending a two-week stoppage that had diverted ships.\n"  # noqa: E501


def _articles(items: object) -> list[Article]:
    found = list(items)  # type: ignore[call-overload]
    assert not [i for i in found if isinstance(i, InputError)], found
    return [clean(a) for a in found]


def test_ingest_manifest_gives_every_polnear_text_its_outlet_and_title(
    shared: Path, tmp_path: Path
) -> None:
    texts = sorted((shared / "gold" / "polnear" / "dev" / "text").glob("*.txt"))
    manifest = tmp_path / "manifest.csv"
    with manifest.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["path", "outlet", "published"])
        for path in texts:
            code, day = path.name.split("_")[:2]
            writer.writerow([str(path), POLNEAR_PUBLISHERS[code], day])
    articles = _articles(read_paths([str(p) for p in texts], manifest=manifest))
    assert len(articles) == len(texts) == 84
    for path, article in zip(texts, articles, strict=True):
        first_line = path.read_text(encoding="utf-8").strip().split("\n")[0].strip()
        assert article.outlet == POLNEAR_PUBLISHERS[path.name.split("_")[0]]
        assert article.title == first_line, path.name
        assert article.published == path.name.split("_")[1]
        assert not article.body.startswith(first_line)


def test_ingest_manifest_jsonl_with_relative_paths_url_and_title(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "meta.jsonl").write_text(
        json.dumps(
            {
                "path": "texts/a.txt",
                "url": "https://www.harbourherald.com/2025/03/31/harbour-strike-ends",
                "title": "Strike over at the harbour",
            }
        )
        + "\n",
        encoding="utf-8",
    )
    [article] = _articles(read_paths([str(tmp_path / "texts")], manifest=tmp_path / "meta.jsonl"))
    assert article.url == "https://www.harbourherald.com/2025/03/31/harbour-strike-ends"
    assert article.outlet == "harbourherald.com"  # the URL's registered domain
    assert article.title == "Strike over at the harbour"
    assert (article.published, article.published_source) == ("2025-03-31", "url")


def test_ingest_run_defaults_fill_only_what_is_missing(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    config = RunConfig(published="2025-03-30", outlet="Harbour Herald", url="https://x.com/a")
    [(_, item)] = list(read_items(str(path), 0, config))
    assert isinstance(item, Article)
    article = clean(item)
    assert (article.outlet, article.url, article.published) == (
        "Harbour Herald",
        "https://x.com/a",
        "2025-03-30",
    )
    assert article.title == "Harbour Strike Ends After Two Weeks"


def test_ingest_manifest_errors_are_reported_with_the_file(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(STORY, encoding="utf-8")
    bad = tmp_path / "m.csv"
    bad.write_text("path,published\na.txt,last tuesday\n", encoding="utf-8")
    [item] = list(read_paths([str(path)], manifest=bad))
    assert isinstance(item, InputError)
    assert "not a date" in item.problem
    bad.write_text("url\nhttps://x.com/a\n", encoding="utf-8")
    [item] = list(read_paths([str(path)], manifest=bad))
    assert isinstance(item, InputError)
    assert "no path" in item.problem


@pytest.mark.parametrize("missing", ["nope.csv", "nope.jsonl"])
def test_ingest_manifest_missing_file(tmp_path: Path, missing: str) -> None:
    [item] = list(read_paths([str(tmp_path)], manifest=tmp_path / missing))
    assert isinstance(item, InputError)
    assert "cannot read manifest" in item.problem
