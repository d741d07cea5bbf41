"""A quote that opens by addressing someone ("President Clinton, thank you") is not that
person's, nor the country named near its writers (issue 11's letter given to "United
States"); sentences written for this test."""

from __future__ import annotations

from typing import Any

import pytest

from tests.statements.test_statements_coref_speakers import run, speaker_of

_THANKS = '"President Clinton, thank you for your support of our cities,"'


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "A group of mayors from across the United States sent a letter to the White "
            f"House on Tuesday. {_THANKS} they wrote.",
            None,  # the mayors: no one named
        ),
        (
            "The United States Conference of Mayors wrote to the president on Tuesday: "
            f'{_THANKS[:-2]}."',
            "United States Conference of Mayors",
        ),
        (
            "Governor Ann Trask of Ohio read the letter aloud in Columbus. "
            f"{_THANKS} she told the crowd.",
            "Ann Trask",
        ),
    ],
)
def test_statements_addressed_person_is_not_the_speaker(
    nlp: Any, body: str, speaker: str | None
) -> None:
    assert speaker_of(run(nlp, body), "thank you for your support") == speaker
