"""Copies built from real articles are one story; two outlets' stories on one event are not."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from eval.corpora import PolnearText, iter_polnear

from newsdossier.dedup import containment, is_copy, jaccard, shingles


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def articles(shared: Path) -> list[PolnearText]:
    """PolNeAR dev articles long enough to trim (eight paragraphs or more)."""
    docs = [t for t in iter_polnear("dev") if len(_paragraphs(t.text)) >= 8]
    assert len(docs) >= 10
    return docs[:10]


def trimmed(text: str) -> str:
    """The first half of the paragraphs, as an outlet short of space prints it."""
    paras = _paragraphs(text)
    return "\n\n".join(paras[: len(paras) // 2])


def reheaded(text: str) -> str:
    """Another outlet's header: its own headline, byline and dateline over the same text."""
    paras = _paragraphs(text)
    header = ["Wire copy as republished", "By Staff and Wire Reports", "SPRINGFIELD (Wire) —"]
    return "\n\n".join([*header, *paras[1:]])


def rewrapped(text: str) -> str:
    """The same paragraphs hard-wrapped at 60 columns."""
    return "\n\n".join(textwrap.fill(p, 60) for p in _paragraphs(text))


def one_paragraph_changed(text: str) -> str:
    """A middle paragraph replaced by a new one."""
    paras = _paragraphs(text)
    paras[len(paras) // 2] = (
        "An earlier version of this story misstated the number of people at the event; "
        "organizers later said the hall, which seats about two thousand, was full."
    )
    return "\n\n".join(paras)


def extended(text: str) -> str:
    """The story with an outlet's own local paragraphs added at the end."""
    extra = (
        "Local officials said they expected the visit to draw large crowds downtown, and "
        "advised residents to allow extra time for travel on the main roads in the evening."
    )
    return text + "\n\n" + extra + "\n\n" + extra.replace("Local", "County")


@pytest.mark.parametrize("edit", [trimmed, reheaded, rewrapped, one_paragraph_changed, extended])
def test_dedup_edited_copy_is_one_story(articles: list[PolnearText], edit: object) -> None:
    for doc in articles:
        original, copy = shingles(doc.text), shingles(edit(doc.text))  # type: ignore[operator]
        assert is_copy(original, copy), (doc.name, jaccard(original, copy))


def test_dedup_rewrapped_copy_has_identical_shingles(articles: list[PolnearText]) -> None:
    for doc in articles:
        assert shingles(rewrapped(doc.text)) == shingles(doc.text)


def test_dedup_trimmed_copy_is_contained(articles: list[PolnearText]) -> None:
    for doc in articles:
        a, b = shingles(doc.text), shingles(trimmed(doc.text))
        assert jaccard(a, b) < 0.75
        assert containment(a, b) > 0.95


def _same_day_debate_stories() -> list[PolnearText]:
    days = ("_2016-09-26_", "_2016-09-27_", "_2016-09-28_")  # the first Clinton-Trump debate
    return [
        t
        for split in ("dev", "train")
        for t in iter_polnear(split)
        if any(day in t.name for day in days) and "debate" in t.text.lower()
    ]


def test_dedup_stories_on_one_event_stay_apart(shared: Path) -> None:
    stories = _same_day_debate_stories()
    assert len(stories) >= 3
    for i, a in enumerate(stories):
        for b in stories[i + 1 :]:
            sa, sb = shingles(a.text), shingles(b.text)
            assert not is_copy(sa, sb), (a.name, b.name, jaccard(sa, sb), containment(sa, sb))


def test_dedup_short_texts_are_never_copies() -> None:
    brief = shingles("The minister said on Monday that talks would resume next week in Geneva.")
    assert not is_copy(brief, brief)


def test_dedup_cjk_text_uses_character_shingles() -> None:
    text = "外交部長今天表示，雙方將於下週在日內瓦恢復會談，並討論貿易與安全議題。"
    assert all(len(s) == 5 for s in shingles(text))
