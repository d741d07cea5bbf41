"""Readers: every input kind, and every kind of bad input named with its file and problem."""

from __future__ import annotations

import gzip
import hashlib
import json
import pickle
from pathlib import Path

import pytest

from newsdossier.article import Article
from newsdossier.errors import InputError, RecordError
from newsdossier.ingest import MAX_ARTICLE_BYTES, read_bytes, read_paths

HTML = """<!DOCTYPE html><html><head><title>Port talks resume | Harbour Daily</title>
<meta property="og:site_name" content="Harbour Daily">
<meta property="article:published_time" content="2024-06-03T08:00:00Z">
<meta name="author" content="Ana Ruiz"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a> | <a href="/sport">Sport</a></nav>
<article><h1>Port talks resume</h1>
<p>Negotiators for the dock workers and the port authority met again on Monday after a
two-week pause, the union said in a statement.</p>
<p>The union's spokesperson said the workers wanted a written guarantee on shift lengths
before any vote on the new contract.</p>
<p>The port authority said it expected an agreement before the end of the month.</p>
</article><footer>Copyright Harbour Daily. All rights reserved.</footer></body></html>"""


def _one(items: list[Article | InputError]) -> Article:
    assert len(items) == 1
    assert isinstance(items[0], Article), items[0]
    return items[0]


def test_ingest_text_id_is_sha256_of_bytes() -> None:
    data = b"Officials met on Monday.\nThey agreed to meet again.\n"
    article = _one(list(read_bytes(data, "a.txt")))
    assert article.id == hashlib.sha256(data).hexdigest()
    assert article.raw_text.startswith("Officials met")
    assert article.published is None


def test_ingest_seed_files_read_as_text(seeds_dir: Path) -> None:
    articles = [a for a in read_paths([str(seeds_dir)]) if isinstance(a, Article)]
    assert len(articles) == len(list(seeds_dir.glob("*.txt")))
    assert all(a.content_type == "text/plain" for a in articles)


def test_ingest_html_main_text_and_metadata() -> None:
    article = _one(list(read_bytes(HTML.encode(), "page.html")))
    assert article.content_type == "text/html"
    assert "written guarantee on shift lengths" in article.raw_text
    assert "Sport" not in article.raw_text
    assert article.published == "2024-06-03"
    assert article.published_source == "html"
    assert article.outlet == "Harbour Daily"


def test_ingest_html_sniffed_without_suffix() -> None:
    article = _one(list(read_bytes(HTML.encode(), "download-17")))
    assert article.content_type == "text/html"


def test_ingest_jsonl_bad_line_reported_good_lines_kept() -> None:
    lines = [
        json.dumps(
            {
                "text": "The council voted on Tuesday.",
                "published": "2023-05-02",
                "outlet": "City Wire",
                "url": "https://example.org/a",
            }
        ),
        '{"text": "broken',
        json.dumps({"html": HTML, "title": "Port talks"}),
        json.dumps({"url": "no text here"}),
    ]
    items = list(read_bytes("\n".join(lines).encode(), "feed.jsonl"))
    good = [i for i in items if isinstance(i, Article)]
    bad = [i for i in items if isinstance(i, RecordError)]
    assert [a.published for a in good] == ["2023-05-02", "2024-06-03"]
    assert good[0].published_source == "reader"
    assert good[0].outlet == "City Wire"
    assert good[1].title == "Port talks"
    assert [b.path for b in bad] == ["feed.jsonl:2", "feed.jsonl:4"]
    assert "not valid JSON" in bad[0].problem
    assert "neither" in bad[1].problem


def _warc_record(uri: str, content_type: str, body: bytes) -> bytes:
    http = f"HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\n\r\n".encode() + body
    head = (
        "WARC/1.0\r\nWARC-Type: response\r\n"
        f"WARC-Target-URI: {uri}\r\nWARC-Date: 2024-06-04T00:00:00Z\r\n"
        "WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-000000000001>\r\n"
        "Content-Type: application/http; msgtype=response\r\n"
        f"Content-Length: {len(http)}\r\n\r\n"
    ).encode()
    return gzip.compress(head + http + b"\r\n\r\n")


def test_ingest_warc_html_responses(tmp_path: Path) -> None:
    path = tmp_path / "crawl.warc.gz"
    path.write_bytes(
        _warc_record("https://example.org/logo.png", "image/png", b"\x89PNG")
        + _warc_record("https://example.org/port", "text/html; charset=utf-8", HTML.encode())
    )
    article = _one(list(read_paths([str(path)])))
    assert article.url == "https://example.org/port"
    assert "dock workers" in article.raw_text
    assert article.id == hashlib.sha256(HTML.encode()).hexdigest()


@pytest.mark.parametrize(
    ("data", "problem"),
    [
        (b"", "empty file"),
        (b"   \n\n  ", "empty file"),
        (bytes(range(256)) * 8, "binary file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file"),
        (b"WARC/1.0\r\nbroken", "WARC"),
        (gzip.compress(b"not a warc at all"), "WARC"),
    ],
)
def test_ingest_bad_input_named_with_problem(data: bytes, problem: str) -> None:
    items = list(read_bytes(data, "bad.bin"))
    assert len(items) == 1
    assert isinstance(items[0], InputError)
    assert items[0].path == "bad.bin"
    assert problem in str(items[0])
    assert "\n" not in str(items[0])


def test_ingest_undecodable_bytes_replaced_with_warning() -> None:
    # 0x81 and 0x8D are undefined in Windows-1252 as well as invalid UTF-8.
    article = _one(list(read_bytes(b"The minister said \x81\x8d it was fine.\n", "bad.txt")))
    assert "\ufffd" in article.raw_text
    assert any("invalid UTF-8" in w for w in article.warnings)


def test_ingest_latin1_text_read_as_windows_1252_not_replaced() -> None:
    article = _one(
        list(read_bytes("The café in Zürich said: «fine».\n".encode("latin-1"), "l.txt"))
    )
    assert article.raw_text.startswith("The café in Zürich said: «fine».")
    assert article.encoding == "cp1252"
    assert any("read as cp1252" in w for w in article.warnings)


def test_ingest_oversized_text_rejected() -> None:
    data = b"A sentence about the budget. " * (MAX_ARTICLE_BYTES // 29 + 10)
    (item,) = read_bytes(data, "huge.txt")
    assert isinstance(item, InputError)
    assert "huge.txt" in str(item)
    assert "MB" in str(item)


def test_ingest_missing_path_and_empty_dir(tmp_path: Path) -> None:
    items = list(read_paths([str(tmp_path / "nope.txt"), str(tmp_path)]))
    assert [type(i) for i in items] == [InputError, InputError]
    assert "no such file" in str(items[0])
    assert "no article files" in str(items[1])


def test_ingest_truncated_html_still_read_or_named() -> None:
    cut = HTML[: HTML.index("port authority said it expected")]
    (item,) = read_bytes(cut.encode(), "cut.html")
    if isinstance(item, InputError):
        assert "cut.html" in str(item)
    else:
        assert "dock workers" in item.raw_text


def test_ingest_errors_pickle() -> None:
    err = RecordError("feed.jsonl:3", "line 3 is not valid JSON")
    copy = pickle.loads(pickle.dumps(err))
    assert str(copy) == str(err)
    assert copy.path == "feed.jsonl:3"
