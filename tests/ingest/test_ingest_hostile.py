"""Issue 13: every encoding read right, work bounded by input size, one-line errors.

Fixtures are written here (invented sentences), in the encodings real pages use."""

from __future__ import annotations

import gzip

from newsdossier.article import Article
from newsdossier.errors import InputError, RecordError
from newsdossier.ingest import read_bytes
from newsdossier.limits import MAX_ARTICLE_CHARS, MAX_ARTICLE_LINES, MAX_HTML_DEPTH

ZH_TITLE = "市议会通过新的公交预算"
ZH_BODY = (
    "市议会星期二以十二票对三票通过了明年的公交预算。"
    "议员们表示，新的预算将增加夜间公交车的班次，并为老年人提供免费乘车。"
    "市长在会后对记者说，这项计划将在明年三月开始实施。"
)
JA_TITLE = "市議会が新しいバス予算を承認"
JA_BODY = (
    "市議会は火曜日、来年度のバス予算を賛成多数で可決した。"
    "議員らによると、新しい予算では夜間バスの本数を増やし、高齢者の運賃を無料にする。"
    "市長は会見で、この計画は来年三月に始まると述べた。"
)


def _page(title: str, body: str, head: str) -> str:
    paragraphs = "".join(f"<p>{body}</p>" for _ in range(4))
    return (
        f"<!DOCTYPE html><html><head>{head}<title>{title}</title></head>"
        f"<body><article><h1>{title}</h1>{paragraphs}</article></body></html>"
    )


def _one(items: list[Article | InputError]) -> Article:
    assert len(items) == 1, items
    (item,) = items
    assert isinstance(item, Article), item
    return item


def test_ingest_gb18030_page_read_by_its_meta_charset() -> None:
    html = _page(ZH_TITLE, ZH_BODY, '<meta charset="gb2312">')
    article = _one(list(read_bytes(html.encode("gb18030"), "zh.html")))
    assert "夜间公交车" in article.raw_text
    assert article.encoding == "gb18030"
    assert not any("U+FFFD" in w for w in article.warnings)


def test_ingest_shift_jis_page_read_by_its_http_equiv() -> None:
    head = '<meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS">'
    article = _one(list(read_bytes(_page(JA_TITLE, JA_BODY, head).encode("cp932"), "ja.html")))
    assert "高齢者の運賃" in article.raw_text
    assert article.encoding == "cp932"


def test_ingest_utf16_and_utf32_text_with_bom_are_text_not_binary() -> None:
    text = "date 2025-03-04\nThe council approved the bus budget on Tuesday, officials said.\n"
    for codec, name in (("utf-16", "utf-16"), ("utf-32", "utf-32")):
        article = _one(list(read_bytes(text.encode(codec), "story.txt")))
        assert article.raw_text == text
        assert article.encoding == name


def test_ingest_utf8_page_with_a_stale_latin1_label_stays_utf8() -> None:
    html = _page(
        "Zürich café",
        "Der Stadtrat in Zürich hat das Café am Montag geschlossen. " * 3,
        '<meta charset="iso-8859-1">',
    )
    article = _one(list(read_bytes(html.encode("utf-8"), "de.html")))
    assert "Zürich" in article.raw_text
    assert article.encoding == "utf-8"


def test_ingest_one_word_lines_bounded() -> None:
    data = "\n".join(["Trump"] * 100_000).encode()
    (item,) = read_bytes(data, "lines.txt")
    assert isinstance(item, InputError)
    assert str(item).count("\n") == 0
    assert "lines.txt" in str(item)
    assert f"{MAX_ARTICLE_LINES:,}" in str(item)


def test_ingest_jsonl_record_over_the_article_cap_is_one_line_error() -> None:
    big = "The council met again. " * (MAX_ARTICLE_CHARS // 23 + 100)
    good = '{"text": "The council approved the budget on Tuesday, the mayor said."}'
    data = ('{"text": "' + big + '"}\n' + good + "\n").encode()
    first, second = read_bytes(data, "feed.jsonl")
    assert isinstance(first, RecordError)
    assert first.path == "feed.jsonl:1"
    assert "characters" in first.problem
    assert "\n" not in str(first)
    assert isinstance(second, Article)


def test_ingest_deeply_nested_html_keeps_its_text() -> None:
    body = "<p>The harbour authority said the new pier opens in May after two years of work.</p>"
    html = "<html><body>" + "<div>" * 10_000 + body * 3 + "</div>" * 10_000 + "</body></html>"
    article = _one(list(read_bytes(html.encode(), "deep.html")))
    assert "new pier opens in May" in article.raw_text
    assert any(f"deeper than {MAX_HTML_DEPTH}" in w for w in article.warnings)


def test_ingest_jsonl_non_string_fields_warn() -> None:
    line = b'{"text": "The council approved the budget.", "published": 20250101, "title": 5}'
    article = _one(list(read_bytes(line + b"\n", "feed.jsonl")))
    assert article.title is None
    assert any("'published' is not a string (int)" in w for w in article.warnings)
    assert any("'title' is not a string (int)" in w for w in article.warnings)


def _warc(pages: list[tuple[str, bytes, str]], *, compress: bool = False) -> bytes:
    """WARC/1.0 response records written by hand (one gzip member each when ``compress``)."""
    out = b""
    for n, (uri, body, ctype) in enumerate(pages):
        http = (
            f"HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n"
        ).encode() + body
        head = (
            "WARC/1.0\r\nWARC-Type: response\r\n"
            f"WARC-Target-URI: {uri}\r\n"
            f"WARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012d}>\r\n"
            "WARC-Date: 2025-01-01T00:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n"
        ).encode()
        record = head + http + b"\r\n\r\n"
        out += gzip.compress(record) if compress else record
    return out


def _pages() -> list[tuple[str, bytes, str]]:
    return [
        (
            f"http://example.org/{n}",
            _page(ZH_TITLE, ZH_BODY, "").encode("gb18030"),
            "text/html; charset=GBK",
        )
        for n in range(3)
    ]


def test_ingest_warc_http_charset_is_used() -> None:
    items = list(read_bytes(_warc(_pages()), "crawl.warc"))
    assert len(items) == 3
    for item in items:
        assert isinstance(item, Article), item
        assert "夜间公交车" in item.raw_text
        assert item.encoding == "gb18030"


def test_ingest_truncated_warc_reports_the_cut_record() -> None:
    data = _warc(_pages())
    items = list(read_bytes(data[:-300], "cut.warc"))
    assert [type(i).__name__ for i in items] == ["Article", "Article", "RecordError"]
    assert "truncated" in str(items[-1])


def test_ingest_corrupt_warc_gz_is_one_printable_line() -> None:
    data = bytearray(_warc(_pages(), compress=True))
    data[40:400] = bytes(range(256)) + bytes(range(104))
    items = list(read_bytes(bytes(data), "bad.warc.gz"))
    errors = [i for i in items if isinstance(i, InputError)]
    assert errors
    for error in errors:
        assert str(error).isprintable()
        assert "bad.warc.gz" in str(error)
