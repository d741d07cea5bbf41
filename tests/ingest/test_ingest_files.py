"""The directory walk: which article files a path stands for, shared by readers and executors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from newsdossier.errors import InputError
from newsdossier.ingest import article_files, read_paths
from tests.helpers.paths import PROJECT

EXAMPLES = PROJECT / "examples"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """The example articles in nested folders, beside hidden and non-article files."""
    root = tmp_path / "news"
    (root / "2026" / "03").mkdir(parents=True)
    (root / ".drafts").mkdir()
    shutil.copy(EXAMPLES / "pws_delegation_arrives.txt", root / "2026" / "03" / "a.txt")
    shutil.copy(EXAMPLES / "northern_ledger_lin_profile.html", root / "2026" / "b.HTML")
    shutil.copy(EXAMPLES / "feed.jsonl", root / "feed.jsonl")
    shutil.copy(EXAMPLES / "meridian_manila_reaction.txt", root / ".drafts" / "c.txt")
    shutil.copy(EXAMPLES / "meridian_manila_reaction.txt", root / ".hidden.txt")
    shutil.copy(EXAMPLES / "README.md", root / "README.md")
    (root / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    return root


def test_ingest_article_files_walks_directories(tree: Path) -> None:
    assert article_files([str(tree)]) == [
        str(tree / "2026" / "03" / "a.txt"),
        str(tree / "2026" / "b.HTML"),
        str(tree / "feed.jsonl"),
    ]


def test_ingest_article_files_keeps_other_inputs_as_given(tree: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    named = str(tree / "README.md")  # a file named explicitly is read whatever its suffix
    missing = str(tmp_path / "nope.txt")
    assert article_files(["-", named, str(empty), missing]) == ["-", named, str(empty), missing]


def test_ingest_read_paths_reads_what_article_files_lists(tree: Path, tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    items = list(read_paths([str(tree), str(empty)]))
    files = {item.source.split(":")[0] for item in items if not isinstance(item, InputError)}
    assert files == set(article_files([str(tree)]))
    errors = [item for item in items if isinstance(item, InputError)]
    assert [(e.path, "no article files" in e.problem) for e in errors] == [(str(empty), True)]
