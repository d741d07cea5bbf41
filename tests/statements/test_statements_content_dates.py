"""Statement content edges, coordinated clauses, and the date of the speech event, on
sentences written for these tests (issue 11)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsdossier.article import Article, Statement
from newsdossier.pipeline import READER_FIELDS, Pipeline

STAGES = ["nlp.spacy.v1", "entities.v1", "timex.v1", "roles.v1", "statements.v1"]
#: A Thursday: "yesterday" is 2025-04-09, "Monday" 2025-04-07.
PUBLISHED = "2025-04-10"

Extract = Callable[[str], Article]


@pytest.fixture(scope="module")
def extract(nlp: Any) -> Extract:
    """Body text -> article with statements, through the real stages."""
    pipe = Pipeline(STAGES, nlp=nlp, on_error="raise", provided=READER_FIELDS | {"body"})

    def run(body: str) -> Article:
        article = Article(id="t", source="t", body=body, published=PUBLISHED)
        return next(pipe.run([article]))

    return run


def _one(article: Article, words: str) -> Statement:
    found = [s for s in article.statements if words in s.text]
    assert len(found) == 1, article.statements
    return found[0]


def test_statements_content_keeps_coordinated_verbs(extract: Extract) -> None:
    a = extract(
        "The envoy said the council must show real results and describe its plans to donors."
    )
    s = _one(a, "show real results")
    assert s.text == "the council must show real results and describe its plans to donors"


def test_statements_content_cuts_a_conjoined_report_of_its_own(extract: Extract) -> None:
    a = extract("The mayor said that the pool would open in June and predicted that it would pay.")
    s = _one(a, "pool would open")
    assert "predicted" not in s.text


def test_statements_content_never_starts_with_that_nor_ends_with_a_comma(
    extract: Extract,
) -> None:
    a = extract(
        "The coach said that, after the storm, the stadium stayed open. "
        '"We played anyway," the captain said.'
    )
    s = _one(a, "stadium stayed open")
    assert s.text == "after the storm, the stadium stayed open"
    quote = _one(a, "We played anyway")
    assert quote.text == "We played anyway"
    for statement in a.statements:
        assert not statement.text.lower().startswith("that")
        assert not statement.text.endswith(",")
        assert a.body[statement.start : statement.end] == statement.text


def test_statements_content_keeps_a_demonstrative_that(extract: Extract) -> None:
    a = extract("The farmer said that harvest was the worst in years.")
    assert _one(a, "harvest was").text.startswith("that harvest")


def test_statements_inherit_the_date_of_their_interview(extract: Extract) -> None:
    a = extract(
        "In an interview with the Valley Courier yesterday, Mayor Ines Holt said the town"
        " would hire more nurses. She said the clinic was full. She added that fees would fall."
    )
    for words in ("hire more nurses", "clinic was full", "fees would fall"):
        assert _one(a, words).date == "2025-04-09", words


def test_statements_of_another_speaker_are_not_dated_by_the_interview(extract: Extract) -> None:
    a = extract(
        "Mayor Ines Holt said on Monday that the town would hire more nurses. "
        "Councillor Omar Vance said the plan was too costly."
    )
    assert _one(a, "hire more nurses").date == "2025-04-07"
    assert _one(a, "too costly").date == PUBLISHED


def test_statements_a_present_tense_cue_is_not_placed_in_the_earlier_event(
    extract: Extract,
) -> None:
    a = extract(
        "Mayor Ines Holt said on Monday that the town would hire more nurses. "
        "Now she says the budget cannot pay for them."
    )
    assert _one(a, "hire more nurses").date == "2025-04-07"
    assert _one(a, "budget cannot pay").date == PUBLISHED


def test_statements_a_date_inside_the_content_does_not_date_the_saying(extract: Extract) -> None:
    a = extract("Mayor Ines Holt said the new clinic would open on Monday.")
    assert _one(a, "clinic would open").date == PUBLISHED


@pytest.mark.parametrize(
    ("body", "words", "modality"),
    [
        ("The mayor said the pool is open.", "pool is open", "asserted"),
        ("The mayor said the pool would open in June.", "pool would open", "future"),
        ("The mayor said the pool will open in June.", "pool will open", "future"),
        (
            "The mayor said the pool could close if the heat wave lasts.",
            "pool could",
            "hypothetical",
        ),
        ("The mayor said the pool did not close.", "pool did not", "negated"),
        ("The mayor did not say that the pool was closed.", "pool was closed", "negated"),
        ("The mayor asked whether the pool was safe.", "pool was safe", "question"),
    ],
)
def test_statements_modality_from_the_parse(
    extract: Extract, body: str, words: str, modality: str
) -> None:
    assert _one(extract(body), words).modality == modality
