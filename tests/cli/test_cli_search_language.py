"""`newsdossier search` with the search language: entities first, one-line errors, help."""

from __future__ import annotations

import contextlib
import io
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.cli import main
from tests.helpers.cli import run_cli
from tests.helpers.corpus import build_corpus


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build_corpus(tmp_path_factory.mktemp("cli-search") / "c.db"))


def test_cli_search_lists_entities_then_hits(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    r = run_cli(capsys, monkeypatch, "search", "--db", db, "--", "pact -Berg speaker:Berg")
    assert r.code == 0, r.err
    entities, _, hits = r.out.partition("kind")
    assert "Entities" in entities
    assert "Tomas Berg" in entities
    assert "Lisbon Pact" in entities
    assert "We will sign the [pact] next year" in hits
    assert "broken his word" not in hits  # Ruiz's statement names Berg: excluded


def test_cli_search_syntax_error_is_one_line(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    r = run_cli(capsys, monkeypatch, "search", "--db", db, "pact since:2024-99")
    assert r.code == 1
    assert r.out == ""
    assert r.err.count("\n") == 1
    assert r.err.startswith("Error: [NI-E040] at character 6 ('since:2024-99') of the search")
    assert "needs a date like 2025" in r.err


def test_cli_search_empty_prints_syntax(
    db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    r = run_cli(capsys, monkeypatch, "search", "--db", db, " ")
    assert r.code == 0
    assert "nothing to search for" in r.out
    assert "since:YYYY[-MM[-DD]]" in r.out


def _run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = 0
    with (
        pytest.MonkeyPatch.context() as mp,
        contextlib.redirect_stdout(out),
        contextlib.redirect_stderr(err),
    ):
        mp.setattr(sys, "argv", ["newsdossier", *args])
        mp.setenv("COLUMNS", "200")
        try:
            main()
        except SystemExit as exc:
            code = int(exc.code or 0)
    return code, out.getvalue(), err.getvalue()


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('pact Ruiz"()-*:ORNOTspeakr2024[]\\é')), max_size=40))
def test_cli_search_any_text_no_traceback(db: str, text: str) -> None:
    code, out, err = _run("search", "--db", db, "--", text)
    assert "Traceback" not in out + err
    assert code in (0, 1), err
    if code == 1:
        assert err.startswith("Error: [NI-E040]")
        assert err.count("\n") == 1
