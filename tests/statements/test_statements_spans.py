"""Where source, cue and content spans begin and end, on sentences written for each
convention (the PolNeAR annotation conventions, eval/polnear.py, in plain English)."""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.article import Article, Statement
from newsdossier.entities import group_entities
from newsdossier.lang.quotes import find_quotes
from newsdossier.nlp import annotate
from newsdossier.statements import find_statements


def run(nlp: Any, body: str) -> Article:
    article = Article(id="t", source="test", body=body, published="2030-05-10")
    return find_statements(group_entities(next(annotate([article], nlp))))


def having(article: Article, words: str) -> Statement:
    found = [s for s in article.statements if words in s.text]
    assert found, f"no statement containing {words!r}: {article.statements}"
    return found[0]


def spans(s: Statement) -> tuple[str | None, str | None]:
    """A statement's cue and source words, as written."""
    return (s.cue.text if s.cue else None, s.source.text if s.source else None)


def test_statements_spans_two_apostrophe_quote_marks() -> None:
    text = "''The harbor is full,'' she said. ``Ships wait outside.''"
    quotes = find_quotes(text)
    assert [text[q.inner_start : q.inner_end] for q in quotes] == [
        "The harbor is full,",
        "Ships wait outside.",
    ]
    assert [text[q.start : q.end] for q in quotes] == [
        "''The harbor is full,''",
        "``Ships wait outside.''",
    ]


def test_statements_spans_two_apostrophe_quote_is_direct(nlp: Any) -> None:
    a = run(nlp, "''The harbor is full,'' said Nora Quist, the port director.")
    s = having(a, "The harbor is full")
    assert s.kind == "direct"
    assert s.text == "The harbor is full"
    assert s.speaker is not None
    assert s.speaker.name == "Nora Quist"


def test_statements_spans_content_stays_in_its_paragraph(nlp: Any) -> None:
    body = (
        "The ferry will run again in April, the operator said.\n\n"
        "''We have repaired both engines,'' he said."
    )
    a = run(nlp, body)
    s = having(a, "repaired both engines")
    assert "ferry" not in s.text
    assert s.kind == "direct"


def test_statements_spans_content_around_a_parenthetical_cue(nlp: Any) -> None:
    a = run(nlp, "The golf course, the manager said, is doing much better than last year.")
    s = having(a, "doing much better")
    assert s.text == "The golf course, the manager said, is doing much better than last year"
    assert s.cue is not None
    assert s.cue.text == "said"


def test_statements_spans_speech_verb_in_a_reported_clause_is_no_parenthetical(
    nlp: Any,
) -> None:
    """ "answer" under "said" is part of what the lawyer said, and the lawyer's words are not
    what "he" answered."""
    a = run(nlp, "His lawyer said he would not answer questions from the committee.")
    assert having(a, "would not answer questions").source is not None
    assert all(s.text != "His lawyer said" for s in a.statements)


def test_statements_spans_conjunction_before_a_parenthetical_cue_is_left_out(nlp: Any) -> None:
    a = run(nlp, "But, the manager said, the course will close for the winter.")
    s = having(a, "will close for the winter")
    assert s.text == "the course will close for the winter"


def test_statements_spans_framing_before_a_quote_opened_by_the_cue_is_left_out(
    nlp: Any,
) -> None:
    a = run(nlp, 'In a statement, the manager said, "The course will close for the winter."')
    s = having(a, "will close for the winter")
    assert s.text == "The course will close for the winter."


def test_statements_spans_quote_ending_in_comma_belongs_to_the_cue_after_it(nlp: Any) -> None:
    body = (
        'Greta Holm said the vote was close. "We counted every ballot twice," '
        'she added. "Nobody can doubt the result."'
    )
    a = run(nlp, body)
    s = having(a, "We counted every ballot twice")
    assert s.cue is not None
    assert s.cue.text == "added"


def test_statements_spans_cue_keeps_its_particle(nlp: Any) -> None:
    a = run(nlp, "Omar Said pointed out that the bridge had been closed for a week.")
    s = having(a, "the bridge had been closed")
    assert s.cue is not None
    assert s.cue.text == "pointed out"


def test_statements_spans_cue_keeps_auxiliaries_and_adverbs(nlp: Any) -> None:
    a = run(nlp, "The union has also said that the strike will go on.")
    s = having(a, "the strike will go on")
    assert s.cue is not None
    assert s.cue.text == "has also said"


def test_statements_spans_source_keeps_party_and_state(nlp: Any) -> None:
    a = run(nlp, "Sen. Mara Olsen (D-Ore.) said the bill would pass this week.")
    s = having(a, "the bill would pass")
    assert s.source is not None
    assert s.source.text == "Sen. Mara Olsen (D-Ore.)"


def test_statements_spans_source_keeps_a_restrictive_phrase(nlp: Any) -> None:
    a = run(nlp, "Officials at the port said the ships were late.")
    s = having(a, "the ships were late")
    assert s.source is not None
    assert s.source.text == "Officials at the port"


def test_statements_spans_source_leaves_out_a_participle_about_the_speaking(nlp: Any) -> None:
    a = run(nlp, "Mara Olsen, speaking at a rally in Salem, said the bill would pass.")
    s = having(a, "the bill would pass")
    assert s.source is not None
    assert s.source.text == "Mara Olsen"


def test_statements_spans_object_of_an_urging_verb_is_part_of_what_was_urged(nlp: Any) -> None:
    a = run(nlp, "The mayor urged residents to stay indoors during the storm.")
    s = having(a, "stay indoors")
    assert s.text == "residents to stay indoors during the storm"
    assert s.cue is not None
    assert s.cue.text == "urged"


def test_statements_spans_cue_runs_to_its_preposition(nlp: Any) -> None:
    a = run(nlp, "The coach pointed to the injuries of two defenders.")
    s = having(a, "injuries")
    assert s.text == "the injuries of two defenders"
    assert s.cue is not None
    assert s.cue.text == "pointed to"


def test_statements_spans_topic_preposition_gives_the_content(nlp: Any) -> None:
    a = run(nlp, "The senator complained about the noise from the new airport.")
    s = having(a, "noise")
    assert s.text == "the noise from the new airport"
    assert s.cue is not None
    assert s.cue.text == "complained about"


def test_statements_spans_clause_only_cues_need_a_clause_or_quote(nlp: Any) -> None:
    assert run(nlp, "Prices continued to rise in the spring.").statements == ()
    assert run(nlp, "The factory added two hundred jobs last year.").statements == ()
    a = run(nlp, '"We will win the final," she continued.')
    s = having(a, "We will win the final")
    assert s.cue is not None
    assert s.cue.text == "continued"


def test_statements_spans_cue_opens_with_the_verb_it_is_the_infinitive_of(nlp: Any) -> None:
    a = run(nlp, "The minister went on to say that the bridge would open in May.")
    s = having(a, "the bridge would open")
    assert spans(s) == ("went on to say", "The minister")


def test_statements_spans_copula_and_adjective_open_the_cue(nlp: Any) -> None:
    a = run(nlp, "The harbor master is likely to say that the port will stay closed.")
    s = having(a, "the port will stay closed")
    assert spans(s) == ("is likely to say", "The harbor master")


def test_statements_spans_object_of_the_head_verb_is_the_speaker(nlp: Any) -> None:
    a = run(nlp, "The report led the mayor to say that the budget was too small.")
    s = having(a, "the budget was too small")
    assert spans(s) == ("to say", "the mayor")


def test_statements_spans_passive_participle_has_no_source(nlp: Any) -> None:
    a = run(nlp, "Asked about the delay, the engineer said the parts had not arrived.")
    asked = having(a, "the delay")
    assert asked.source is None
    said = having(a, "the parts had not arrived")
    assert said.source is not None
    assert said.source.text == "the engineer"


def test_statements_spans_split_quote_stays_in_its_paragraph(nlp: Any) -> None:
    same = run(nlp, '"The road is closed," the driver said. "We will take the ferry."')
    assert having(same, "We will take the ferry").cue is not None
    body = '"The road is closed," the driver said.\n\n"We will take the ferry."'
    apart = having(run(nlp, body), "We will take the ferry")
    assert apart.cue is None
    assert apart.speaker == having(run(nlp, body), "The road is closed").speaker


def test_statements_spans_quote_inside_the_object_is_part_of_the_content(nlp: Any) -> None:
    """A quoted phrase inside what was urged is not all that was urged."""
    a = run(nlp, "The union urged its members to “stand firm” at the talks next week.")
    s = having(a, "stand firm")
    assert s.text == "its members to “stand firm” at the talks next week"
    assert s.kind == "mixed"
    assert spans(s) == ("urged", "The union")


@pytest.mark.parametrize(
    "body",
    [
        "Ferry tickets stayed cheap even as the fuel price continued to climb all winter.",
        "The bakery will stay open as long as the mill continues supplying flour to the town.",
    ],
)
def test_statements_spans_continue_with_an_infinitive_says_nothing(nlp: Any, body: str) -> None:
    """The verb "continue" reports speech only with a quote or a clause ("'We won,' she
    continued"); running on into an infinitive or a gerund it is aspect, not a cue."""
    a = run(nlp, body)
    assert all(s.cue is None or s.cue_lemma != "continue" for s in a.statements), a.statements


def test_statements_spans_continue_before_a_comma_still_reports(nlp: Any) -> None:
    a = run(nlp, '"The roads are closed," the engineer continued. "We reopen them on Friday."')
    s = having(a, "The roads are closed")
    assert spans(s) == ("continued", "the engineer")


def test_statements_spans_cue_takes_a_bare_adverb_after_it(nlp: Any) -> None:
    """How the words were said belongs to the cue ("said quietly", "wrote back"); a date
    or a phrase after the verb does not."""
    a = run(nlp, '"The pier will hold," the harbor master said quietly.')
    assert spans(having(a, "The pier will hold")) == ("said quietly", "the harbor master")
    b = run(nlp, '"The pier will hold," the harbor master said on Tuesday.')
    assert spans(having(b, "The pier will hold")) == ("said", "the harbor master")


def test_statements_spans_focus_adverb_is_no_part_of_the_source(nlp: Any) -> None:
    """ "Even the harbor master said": "even" links the statement to the text before it;
    an adverb counting a number ("Nearly half") is part of who spoke."""
    a = run(nlp, "Even the harbor master said the old pier would not hold.")
    assert spans(having(a, "the old pier would not hold")) == ("said", "the harbor master")
    b = run(nlp, "Nearly half said the old pier would not hold.")
    assert spans(having(b, "the old pier would not hold")) == ("said", "Nearly half")


def test_statements_spans_relative_clause_after_a_name_closing_the_content(nlp: Any) -> None:
    """ "..., who has run the port since 2019" tells the reader who the name is; the
    reported clause ends before it."""
    a = run(
        nlp,
        "The mayor said she would vote for Dana Pirrello, who has run the port authority"
        " since 2019.",
    )
    assert having(a, "she would vote for").text == "she would vote for Dana Pirrello"


def test_statements_spans_second_that_clause_is_part_of_the_report(nlp: Any) -> None:
    """ "said that A, but that B": both complement clauses are what was said."""
    a = run(
        nlp, "The inspector predicted that rents would rise slowly, but that wages would keep pace."
    )
    s = having(a, "rents would rise slowly")
    assert s.text == "rents would rise slowly, but that wages would keep pace"


def test_statements_spans_closing_cue_takes_its_date(nlp: Any) -> None:
    """ "...,' the harbor master said Monday." closes its sentence: the date is part of
    the cue; with more after it ("said Monday at the dock") the verb stands alone."""
    a = run(nlp, '"The pier will hold," the harbor master said Monday.')
    assert spans(having(a, "The pier will hold")) == ("said Monday", "the harbor master")
    b = run(nlp, '"The pier will hold," the harbor master said Monday at the dock.')
    assert spans(having(b, "The pier will hold")) == ("said", "the harbor master")


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        ('"The pier will hold," the harbor master said with a grin.', "said with a grin"),
        ('"The pier will hold," the harbor master said with a grin at the dock.', "said"),
        ('"The pier will hold," the harbor master joked with fishermen.', "joked"),
        ("The harbor master said with a grin that the pier will hold.", "said"),
    ],
)
def test_statements_spans_closing_cue_takes_its_manner(nlp: Any, body: str, cue: str) -> None:
    """ "...,' the harbor master said with a grin." closes its sentence: how the words
    were said is part of the cue; not with more after it, not a plural object ("joked
    with fishermen": whom with), not before the content."""
    assert spans(having(run(nlp, body), "pier will hold"))[0] == cue


def test_statements_spans_document_participle_cue_runs_from_its_verb(nlp: Any) -> None:
    """ "The ministry issued a statement saying ...": who issued the statement is the
    source, and the cue runs from "issued"; "rejected the plan, saying" is the
    participle alone."""
    a = run(nlp, "The ministry issued a statement saying the port would reopen.")
    s = having(a, "the port would reopen")
    assert spans(s) == ("issued a statement saying", "The ministry")
    b = run(nlp, "The union rejected the plan, saying it was unfair.")
    assert spans(having(b, "it was unfair")) == ("saying", "The union")


def test_statements_spans_relative_pronoun_inside_the_report_opens_the_content(
    nlp: Any,
) -> None:
    """ "the levy, which the mayor said would fund the pier": "which" is what would fund
    it, so the content opens at the pronoun; "Lee, who said ..." keeps "who" as the
    source."""
    a = run(nlp, "The council passed the levy, which the mayor said would fund a new pier.")
    s = having(a, "would fund a new pier")
    assert s.text == "which the mayor said would fund a new pier"
    assert spans(s) == ("said", "the mayor")
    b = run(nlp, "The council heard from Ana Ruiz, who said the pier would cost too much.")
    assert having(b, "the pier would cost").text == "the pier would cost too much"


def test_statements_spans_date_in_a_description_stays_in_the_source(nlp: Any) -> None:
    """A date after a common noun says which one ("the letter from last week"); after a
    name it says when the speaking happened ("Ruiz on Tuesday") and is left out."""
    a = run(nlp, "The mayor's letter from last week said that most riders want a later ferry.")
    assert spans(having(a, "most riders want")) == ("said", "The mayor's letter from last week")
    b = run(nlp, "Ana Ruiz on Tuesday said that most riders want a later ferry.")
    assert spans(having(b, "most riders want")) == ("said", "Ana Ruiz")


def test_statements_spans_topic_preposition_with_a_date_is_no_content(nlp: Any) -> None:
    """ "commented on the closure" says something about the closure; "commented on
    Tuesday" only dates the comment: no statement whose content is the date."""
    a = run(nlp, "The harbor master commented on the closure.")
    assert spans(having(a, "the closure")) == ("commented on", "The harbor master")
    b = run(nlp, "The harbor master commented on Tuesday.")
    assert not [s for s in b.statements if s.text == "Tuesday"]


@pytest.mark.parametrize(
    ("body", "words", "cue"),
    [
        ("The harbor master warned against the new tolls.", "the new tolls", "warned against"),
        ("The harbor master remarked upon the quiet season.", "the quiet season", "remarked upon"),
    ],
)
def test_statements_spans_cue_runs_to_a_topic_preposition(
    nlp: Any, body: str, words: str, cue: str
) -> None:
    """What a speech verb is said against or upon is its content, and the cue runs to the
    preposition, as with "about", "of" and "on"."""
    assert spans(having(run(nlp, body), words))[0] == cue


def test_statements_spans_place_preposition_is_no_topic(nlp: Any) -> None:
    a = run(nlp, "The harbor master warned in the morning.")
    assert not [s for s in a.statements if s.text == "the morning"]


@pytest.mark.parametrize(
    ("body", "cue"),
    [
        (
            "The harbor board released a statement Wednesday saying the pier would reopen.",
            "released a statement Wednesday saying",
        ),
        (
            "The harbor board filed a lawsuit in 2013 alleging that the city broke the lease.",
            "filed a lawsuit in 2013 alleging",
        ),
        ("The harbor board rejected the plan, saying the pier would reopen.", "saying"),
    ],
)
def test_statements_spans_document_participle_hung_on_the_verb(
    nlp: Any, body: str, cue: str
) -> None:
    """A participle after the verb's object tells what the document says even when the
    parser hangs it on the verb ("released a statement Wednesday saying"); after a
    comma it is the participle alone."""
    (s,) = run(nlp, body).statements
    assert spans(s) == (cue, "The harbor board")
