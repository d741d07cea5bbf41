"""The speaker dump and diff behind hand checks of speaker resolution (`eval.speakers`)."""

from __future__ import annotations

from pathlib import Path

import pytest
from eval.speakers import Given, changed, read_dump, write_dump


def test_speakers_dump_round_trips_and_diff_lists_only_changed_speakers(tmp_path: Path) -> None:
    """Two statements at one offset (a nested one) are matched in order, not collapsed."""
    before = [
        Given("a", 10, "he", "Ted Cruz", "“Folks, let’s go,” he tells supporters."),
        Given("a", 90, "Rubio", "Marco Rubio", "Rubio said."),
        Given("b", 5, "she", "", "“I’m honored!” she said."),
        Given("b", 5, "", "Ann Lee", "“I’m honored!” she said."),
    ]
    after = [
        Given("a", 10, "he", "Donald Trump", "“Folks, let’s go,” he tells supporters."),
        Given("a", 90, "Rubio", "Marco Rubio", "Rubio said."),
        Given("b", 5, "she", "Annette Guessford", "“I’m honored!” she said."),
        Given("b", 5, "", "Ann Lee", "“I’m honored!” she said."),
    ]
    path = tmp_path / "before.tsv"
    assert write_dump(path, iter(before)) == 4
    assert read_dump(path) == before
    pairs = changed(read_dump(path), after)
    assert [(old.speaker, new.speaker) for old, new in pairs] == [
        ("Ted Cruz", "Donald Trump"),
        ("", "Annette Guessford"),
    ]


def test_speakers_diff_of_a_file_that_is_no_dump_is_one_line_naming_it(tmp_path: Path) -> None:
    wrong = tmp_path / "notes.tsv"
    wrong.write_text("who\twhat\nLee\tsaid so\n", encoding="utf-8")
    with pytest.raises(SystemExit) as bad:
        read_dump(wrong)
    assert str(bad.value).startswith(f"{wrong}: not a dump")
    assert "\n" not in str(bad.value)
    with pytest.raises(SystemExit) as missing:
        read_dump(tmp_path / "gone.tsv")
    assert str(missing.value).startswith(f"{tmp_path / 'gone.tsv'}: cannot read it")
