"""A verb of saying coordinated with the main verb says its object with that verb's
subject ("The mayor visited the pier and promised a new ferry"); one inside a report is
part of what was said. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.statements.test_statements_spans import run, spans

#: (sentence, the statement's text, its cue and source spans)
SAID_WITH_THE_MAIN_SUBJECT = [
    ("The mayor visited the old pier on Monday and promised a new ferry.",
     "a new ferry", ("promised", "The mayor")),
    ("The mayor left the meeting early, urging residents to stay calm.",
     "residents to stay calm", ("urging", "The mayor")),
    ("Mara Olsen answered the council by saying that the pier would close in May.",
     "the pier would close in May", ("saying", "Mara Olsen")),
    ("The mayor answered the critics by announcing a new ferry service.",
     "a new ferry service", ("announcing", "The mayor")),
]  # fmt: skip


@pytest.mark.parametrize(("sentence", "text", "expected"), SAID_WITH_THE_MAIN_SUBJECT)
def test_statements_coordinated_says_with_the_main_subject(
    nlp: Any, sentence: str, text: str, expected: tuple[str, str]
) -> None:
    a = run(nlp, sentence)
    found = [s for s in a.statements if s.text == text]
    assert found
    assert spans(found[0]) == expected


def test_statements_coordinated_inside_a_report_is_what_was_said(nlp: Any) -> None:
    a = run(nlp, "Lee said the mayor visited the old pier and promised a new ferry.")
    assert not [s for s in a.statements if s.text == "a new ferry"]
