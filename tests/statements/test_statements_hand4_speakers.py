"""Speakers whose source is a pronoun or a description, on sentences written for each
grammatical rule: a party-and-district label is never the speaker, a gendered noun shows a
person's gender, "the network" is the network the last sentences are about, a name inside
a belief or a gerund does not end a speaker's turn, and a pronoun never takes a name from
the participial adjunct it controls."""

from __future__ import annotations

from typing import Any

from newsdossier.lang.discourse import discourse_of
from newsdossier.statements.speakers import _narrative_subject
from tests.helpers.speakers import run, speaker_of


def test_statements_party_label_is_not_the_speaker(nlp: Any) -> None:
    body = (
        '"Turnout will decide this race," Governor Alma Ruiz told the rally. '
        'Her cousin, state Sen. Dolores "Dee" Whitcombe (R-Lake Charles), shouted to '
        'the crowd. "We have to knock on every door."'
    )
    a = run(nlp, body)
    names = {e.name for e in a.entities}
    assert not any(n.startswith("R-") for n in names), names
    shouted = [s for s in a.statements if s.source and "Whitcombe" in s.source.text]
    assert shouted
    assert all(s.speaker is not None and "Whitcombe" in s.speaker.name for s in shouted), shouted


def test_statements_gendered_apposition_keeps_he_from_a_woman(nlp: Any) -> None:
    body = (
        "Campaign adviser Owen Hartley told reporters the plan would cover foster parents. "
        "However, he could not say why the rule was mentioned by Zelinka Marsh in an "
        "interview last week.\n\n"
        '"We have no final text yet," he said.\n\n'
        "Zelinka Marsh, the candidate's younger sister, described the rule on Monday."
    )
    a = run(nlp, body)
    assert speaker_of(a, "no final text yet") == "Owen Hartley"


def test_statements_the_network_is_the_network_just_described(nlp: Any) -> None:
    body = (
        "Viewers in the valley can watch the show on Orbit Network. "
        "The show airs on weekdays. Its host is a former senator. "
        "Ratings rose this spring. Advertisers returned in June. "
        "The host signed a new contract in July.\n\n"
        "Last year he moved the show to Seaboard Media Inc., the cable network owned by a "
        "shipping family. Seaboard Media paid him well.\n\n"
        "The network said it would keep the show for two more seasons."
    )
    a = run(nlp, body)
    assert speaker_of(a, "keep the show") == "Seaboard Media Inc."


def test_statements_names_in_a_belief_do_not_end_the_speakers_turn(nlp: Any) -> None:
    body = (
        "Martha Quill drove four hours to the rally. "
        '"Nobody in Washington listens to us," she said, and she listed the rumors she '
        "had come to believe, from Nora Blake being a foreign agent, to Nora Blake "
        "being paid by a cartel, to the idea that Judge Ana Vidal may have been poisoned "
        "at a dinner.\n\n"
        "The crowd cheered.\n\n"
        '"Here he comes," she said.'
    )
    a = run(nlp, body)
    assert speaker_of(a, "Here he comes") == "Martha Quill"


def test_statements_pronoun_is_not_the_name_in_its_participial_adjunct(nlp: Any) -> None:
    body = (
        "Carla Benning was taken to the clinic on Monday, where Dr. Rena Ostrowski was on "
        "duty. Benning had slipped on the ice outside her office.\n\n"
        "After examining Benning's ankle, she said the fracture was minor."
    )
    a = run(nlp, body)
    assert speaker_of(a, "the fracture was minor") == "Rena Ostrowski"


def test_statements_subject_of_gerund_or_noun_clause_is_no_narrative_subject(nlp: Any) -> None:
    body = (
        "Martha Quill listed the rumors she believed, from Nora Blake being a foreign "
        "agent to the idea that Judge Ana Vidal may have been poisoned. Then Tom Reyes "
        "spoke."
    )
    a = run(nlp, body)
    discourse = discourse_of(a.tokens, a.entities)
    subject = {
        m.entity.name: _narrative_subject(discourse, m.start, m.end)
        for m in discourse.mentions
        if m.subject
    }
    assert subject.get("Martha Quill") is True, subject
    assert subject.get("Tom Reyes") is True, subject
    assert subject.get("Nora Blake") is False, subject
    assert subject.get("Ana Vidal") is False, subject


def test_statements_quote_paragraph_speaks_for_the_person_just_introduced(nlp: Any) -> None:
    body = (
        "Paul Okoro, the mayor, said the budget was balanced. He has said so for years.\n\n"
        "The shortfall has not gone away, which worries Daniel Mbeki, treasurer of the "
        "county teachers union.\n\n"
        '"Nobody wants to look at the pension numbers. They are getting worse," he said.'
    )
    a = run(nlp, body)
    assert speaker_of(a, "Nobody wants to look") == "Daniel Mbeki"


def test_statements_person_introduced_inside_reported_speech_does_not_take_over(
    nlp: Any,
) -> None:
    body = (
        "Paul Okoro, the mayor, told reporters that Daniel Mbeki, the treasurer, had "
        "miscounted.\n\n"
        '"The numbers are fine," he said.'
    )
    a = run(nlp, body)
    assert speaker_of(a, "The numbers are fine") == "Paul Okoro"
