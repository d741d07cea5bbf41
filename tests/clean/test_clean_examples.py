"""The bundled (invented) examples come out of `clean` with furniture gone and text kept.

HTML and JSON Lines examples go through trafilatura first, as the HTML reader does.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from newsdossier.article import Article
from newsdossier.clean import clean

_SENTENCE = re.compile(r"^\W*\w+(?:\W+\w+){5,}.*[.!?][\"'”’]?$")

# What each plain-text example must give (these are our own invented files, not gold).
TEXT_EXPECTED: dict[str, dict[str, Any]] = {
    "pws_delegation_arrives.txt": {
        "fields": {
            "dateline": "Taipei, March 9 (PWS)",
            "dateline_place": "Taipei",
            "outlet": "PWS",
            "published": "2026-03-09",
            "published_source": "dateline",
            "language": "en",
        },
        "removed": ["- Business", "03/09/2026 09:41 PM - Society", "Taichung marathon"],
    },
    "harbour_post_coastguard_drill.txt": {
        "fields": {
            "author": "Grace Huang",
            "caption_credit": "Photo: Wu Pei-shan, Harbour Post",
            "outlet": "Harbour Post",
            "published": "2026-03-11",
            "language": "en",
        },
        "removed": ["Wed, Mar 11, 2026 page 2", "請繼續往下閱讀", "新聞來源", "APP"],
        "kicker": "SEA CHANGE",
        "caption": "speaks with coast guard officers in Kaohsiung yesterday.",
    },
    "meridian_manila_reaction.txt": {
        "fields": {
            "dateline_place": "Manila",
            "outlet": "Meridian",
            "published": "2026-03-12",
            "published_source": "header",
            "language": "en",
        },
        "removed": ["Share this story", "Related coverage:", "Coast guards eye", "© 2026"],
    },
}


def _text_article(path: Path) -> Article:
    return Article(id=path.name, source=str(path), raw_text=path.read_text(encoding="utf-8"))


def _html_article(html: str, source: str, **meta: Any) -> Article:
    """What the HTML reader builds: trafilatura's main text and metadata."""
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True)
    assert doc is not None
    published = meta.pop("published", None) or doc.date
    return Article(
        id=source,
        source=source,
        raw_text=doc.text or "",
        content_type="text/html",
        title=meta.get("title") or doc.title,
        author=doc.author,
        outlet=meta.get("outlet") or doc.sitename,
        published=published,
        published_source="reader" if "published" in meta else "html",
    )


def _sentences(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if _SENTENCE.match(line.strip())]


def _kept(sentence: str, article: Article) -> bool:
    """In the body (after the dateline that opened it, if any) or in the caption."""
    if article.dateline and sentence.startswith(article.dateline):
        sentence = sentence[len(article.dateline) :].lstrip(" -–—_:")
    return sentence in article.body or sentence in (article.caption or "")


@pytest.mark.parametrize("name", sorted(TEXT_EXPECTED))
def test_clean_example_text_fields(examples_dir: Path, name: str) -> None:
    article = clean(_text_article(examples_dir / name))
    expected = TEXT_EXPECTED[name]
    for field, value in expected["fields"].items():
        assert getattr(article, field) == value, field
    if "kicker" in expected:
        assert (article.kicker or "").startswith(expected["kicker"])
    if "caption" in expected:
        assert expected["caption"] in (article.caption or "")


@pytest.mark.parametrize("name", sorted(TEXT_EXPECTED))
def test_clean_example_text_boilerplate_gone(examples_dir: Path, name: str) -> None:
    article = clean(_text_article(examples_dir / name))
    for text in TEXT_EXPECTED[name]["removed"]:
        assert text not in article.body
        assert any(text in line for line in article.removed), text


@pytest.mark.parametrize("name", sorted(TEXT_EXPECTED))
def test_clean_example_text_keeps_every_sentence(examples_dir: Path, name: str) -> None:
    article = clean(_text_article(examples_dir / name))
    boilerplate = TEXT_EXPECTED[name]["removed"]
    for sentence in _sentences(article.raw_text):
        if not any(text in sentence for text in boilerplate):
            assert _kept(sentence, article), sentence


def test_clean_example_text_files_all_have_expectations(examples_dir: Path) -> None:
    assert {p.name for p in examples_dir.glob("*.txt")} == set(TEXT_EXPECTED)


@pytest.mark.parametrize(
    "name", ["northern_ledger_lin_profile.html", "harbour_post_moriyama_tokyo.html"]
)
def test_clean_example_html_pages(examples_dir: Path, name: str) -> None:
    path = examples_dir / name
    article = clean(_html_article(path.read_text(encoding="utf-8"), name))
    assert article.published
    assert article.published_source == "html"
    assert article.outlet
    assert article.author
    assert article.title
    assert article.removed
    for line in article.removed:
        assert line not in article.body
    body_lines = article.body.split("\n")
    assert all(len(line.split()) >= 8 for line in body_lines), body_lines
    assert "INVENTED EXAMPLE" in path.read_text(encoding="utf-8")


def test_clean_example_feed(examples_dir: Path) -> None:
    records = [
        json.loads(line)
        for line in (examples_dir / "feed.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    assert len(records) >= 3
    for record in records:
        assert "INVENTED" in record["note"]
        meta = {k: record[k] for k in ("title", "outlet", "published")}
        if "html" in record:
            article = _html_article(record["html"], record["url"], **meta)
        else:
            article = Article(
                id=record["url"],
                source=record["url"],
                raw_text=record["text"],
                **meta,
                published_source="reader",
            )
        cleaned = clean(article)
        assert cleaned.published == record["published"]
        assert cleaned.outlet == record["outlet"]
        assert cleaned.removed
        for sentence in _sentences(article.raw_text):
            assert _kept(sentence, cleaned), sentence
