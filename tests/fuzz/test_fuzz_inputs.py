"""Hypothesis over every reader and the CLI's parameters: never a traceback, and every
failure is one printable line naming the input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdossier.article import Article
from newsdossier.errors import InputError
from newsdossier.ingest import read_bytes
from newsdossier.ingest.decode import decode
from tests.helpers.cli import run_cli

FAST = settings(max_examples=60, deadline=None, database=None)
NAMES = ("story.txt", "page.html", "feed.jsonl", "crawl.warc", "crawl.warc.gz", "blob")


def _check(items: list[Article | InputError], name: str) -> None:
    assert items, "a reader yields an article or an error for every input"
    for item in items:
        if isinstance(item, InputError):
            assert str(item).isprintable(), str(item)
            assert item.path.startswith(name)


@FAST
@given(data=st.binary(max_size=2048), name=st.sampled_from(NAMES))
def test_fuzz_readers_on_any_bytes(data: bytes, name: str) -> None:
    _check(list(read_bytes(data, name)), name)


@FAST
@given(
    text=st.text(max_size=400),
    codec=st.sampled_from(["utf-8", "utf-16", "utf-32", "gb18030", "cp932", "cp1252"]),
)
def test_fuzz_decode_round_trips_declared_and_bom_encodings(text: str, codec: str) -> None:
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        return
    decoded = decode(data, declared=None if codec.startswith("utf") else codec)
    if not codec.startswith("utf") and not data.isascii() and _is_utf8(data):
        # bytes of a legacy charset that are also valid UTF-8 ("Â\xa0" in cp1252 is the
        # UTF-8 of a no-break space): `decode` reads the label as stale, by design
        assert decoded.text == data.decode("utf-8")
        assert decoded.warning is not None
        assert "the bytes are UTF-8" in decoded.warning
        return
    assert decoded.text == text.lstrip("\ufeff") or (codec == "utf-8" and text.startswith("\ufeff"))


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


_json_value = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner),
    max_leaves=8,
)


@FAST
@given(
    records=st.lists(
        st.dictionaries(
            st.sampled_from(["text", "html", "url", "published", "title", "outlet", "author"]),
            _json_value,
        ),
        min_size=1,
        max_size=4,
    )
)
def test_fuzz_jsonl_records_of_any_shape(records: list[dict[str, object]]) -> None:
    data = "\n".join(json.dumps(r) for r in records).encode()
    _check(list(read_bytes(data, "feed.jsonl")), "feed.jsonl")


@settings(
    max_examples=25,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    command=st.sampled_from(
        [
            ["entities", "--limit"],
            ["entities", "--min-docs"],
            ["search", "Ruiz", "--limit"],
            ["quotes", "--limit"],
            ["timeline", "--limit"],
            ["quotes", "--since"],
            ["quotes", "--speaker"],
            ["dossier"],
            ["search"],
        ]
    ),
    value=st.one_of(
        st.integers(min_value=-(2**80), max_value=2**80).map(str),
        st.text(
            alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"),
            min_size=1,
            max_size=50,
        ),
        st.just("Ruiz " * 3000),
    ),
)
def test_fuzz_cli_parameters_never_traceback(
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    command: list[str],
    value: str,
) -> None:
    db = tmp_path / "empty.db"
    if not db.exists():
        from newsdossier.store import Store

        Store(db).close()
    result = run_cli(capsys, monkeypatch, *command, value, "--db", str(db))
    assert "Traceback" not in result.err
    assert result.code in (0, 1, 2), result
    if result.code == 1:
        assert len([x for x in result.err.splitlines() if x.startswith("Error")]) == 1
