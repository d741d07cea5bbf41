"""Statement rules on sentences written for each construction (direct, indirect, mixed...)."""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.article import Article, Statement, Timex
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate
from newsdossier.statements import find_statements


def run(nlp: Any, body: str, timexes: tuple[Timex, ...] = ()) -> Article:
    article = Article(id="t", source="test", body=body, published="2030-05-10")
    article = group_entities(next(annotate([article], nlp)))
    if timexes:
        article = Article.from_dict({**article.to_dict(), "timexes": []})
        import dataclasses

        article = dataclasses.replace(article, timexes=timexes)
    return find_statements(article)


def having(article: Article, words: str) -> list[Statement]:
    return [s for s in article.statements if words in s.text]


def speaker_of(article: Article, words: str) -> str | None:
    found = having(article, words)
    assert found, f"no statement containing {words!r}: {article.statements}"
    s = found[-1]
    return s.speaker.name if s.speaker else None


def test_statements_direct_quote_after_cue(nlp: Any) -> None:
    a = run(nlp, 'Maria Lopez said: "We will rebuild the bridge before winter."')
    (s,) = having(a, "We will rebuild the bridge")
    assert s.kind == "direct"
    assert speaker_of(a, "rebuild the bridge") == "Maria Lopez"
    assert s.cue_lemma == "say"
    assert s.cue is not None
    assert a.body[s.cue.start : s.cue.end] == s.cue.text == "said"


def test_statements_indirect_that_clause(nlp: Any) -> None:
    a = run(nlp, "Governor Peter Brandt said that the budget would be balanced next year.")
    (s,) = having(a, "the budget would be balanced")
    assert s.kind == "indirect"
    assert speaker_of(a, "the budget would be balanced") == "Peter Brandt"
    assert s.source is not None
    assert a.body[s.source.start : s.source.end] == s.source.text
    assert s.source.text.endswith("Peter Brandt")


def test_statements_inverted_and_according_to(nlp: Any) -> None:
    body = (
        "The factory will close in June, Helen Park told reporters. "
        "Two hundred workers will lose their jobs, according to the Labor Ministry."
    )
    a = run(nlp, body)
    assert speaker_of(a, "The factory will close") == "Helen Park"
    assert having(a, "The factory will close")[0].cue_lemma == "tell"
    s = having(a, "Two hundred workers")[0]
    assert s.cue_lemma == "according to"
    assert "according" not in s.text


def test_statements_mixed_quote(nlp: Any) -> None:
    a = run(nlp, 'Senator Anna Reyes said the plan was "a betrayal of every farmer" in the state.')
    (s,) = having(a, "betrayal of every farmer")
    assert s.kind == "mixed"
    assert speaker_of(a, "betrayal") == "Anna Reyes"


def test_statements_split_quote(nlp: Any) -> None:
    a = run(nlp, '"The talks are over," Tom Becker said, "and we will strike on Monday."')
    first = having(a, "The talks are over")
    second = having(a, "we will strike on Monday")
    assert first
    assert second
    assert {first[0].speaker, second[0].speaker} == {first[0].speaker}
    assert first[0].speaker is not None
    assert first[0].speaker.name == "Tom Becker"
    assert second[0].kind == "direct"


def test_statements_pronoun_across_sentences_by_gender(nlp: Any) -> None:
    body = (
        "Clara Nilsson met Jonas Berg in Oslo on Monday. Berg had invited her to speak.\n\n"
        "The agreement protects the northern fisheries, she said.\n\n"
        "It was signed after long talks, he said."
    )
    a = run(nlp, body)
    assert speaker_of(a, "protects the northern fisheries") == "Clara Nilsson"
    assert speaker_of(a, "signed after long talks") == "Jonas Berg"


def test_statements_multi_paragraph_and_follow_on(nlp: Any) -> None:
    body = (
        'Mayor Lena Fischer said: "Our city needs new housing. We have waited too long.\n\n'
        '"Every family deserves a home."\n\n'
        '"We start building in the spring."\n\n'
        "The council meets again next week."
    )
    a = run(nlp, body)
    for words in ("We have waited too long", "Every family deserves", "start building"):
        assert speaker_of(a, words) == "Lena Fischer", words
    assert not having(a, "The council meets")


def test_statements_unnamed_source_kept_as_description(nlp: Any) -> None:
    a = run(nlp, "The minister will resign within days, government sources said.")
    (s,) = having(a, "The minister will resign")
    assert s.speaker is None
    assert s.source_description == "government sources"


def test_statements_description_resolves_to_organisation(nlp: Any) -> None:
    body = (
        "The Ministry of Health opened an inquiry on Tuesday. "
        "The ministry said the hospital had ignored safety rules."
    )
    a = run(nlp, body)
    assert speaker_of(a, "ignored safety rules") == "Ministry of Health"


def test_statements_nested_attribution_with_date(nlp: Any) -> None:
    body = "Omar Haddad said that Lisa Grant in March last year said that the port would reopen."
    start = body.index("March last year")
    timex = Timex("March last year", start, start + len("March last year"), "DATE", "2029-03")
    a = run(nlp, body, (timex,))
    inner = [
        s
        for s in having(a, "the port would reopen")
        if s.speaker and s.speaker.name == "Lisa Grant"
    ]
    assert inner, a.statements
    assert inner[0].date == "2029-03"
    assert inner[0].reported_by is not None
    outer = a.statements[inner[0].reported_by]
    assert outer.speaker is not None
    assert outer.speaker.name == "Omar Haddad"
    assert outer.date == "2030-05-10"


@pytest.mark.parametrize(
    "body",
    [
        'Jan Novak said: "We will win the vote.\n\nThe weather was cold.',
        'Jan Novak said: «We will win the vote" and left.',
        "Jan Novak said: We will win the vote.” Then he left.",
        "「我們會贏」 Jan Novak said: 「We will win the vote.」",
        '""""',
    ],
)
def test_statements_broken_quotes_never_abort(nlp: Any, body: str) -> None:
    a = run(nlp, body)
    for s in a.statements:
        assert 0.0 < s.confidence <= 1.0
        assert a.body[s.start : s.end] == s.text


def test_statements_unbalanced_quote_lowers_confidence_only_there(nlp: Any) -> None:
    body = 'Jan Novak said: "We will win the vote.\n\nEva Kral said: "The count starts at noon."'
    a = run(nlp, body)
    broken = having(a, "We will win the vote")[0]
    clean = having(a, "The count starts at noon")[0]
    assert broken.confidence < clean.confidence
    assert clean.speaker is not None
    assert clean.speaker.name == "Eva Kral"


def test_statements_description_resolves_by_title(nlp: Any) -> None:
    body = (
        "Senator Anna Reyes toured the harbour with Mayor Paul Dunn on Friday. "
        "Dunn praised the workers.\n\n"
        "The port needs new cranes, the senator said."
    )
    a = run(nlp, body)
    assert speaker_of(a, "The port needs new cranes") == "Anna Reyes"


def test_statements_apposition_names_the_speaker(nlp: Any) -> None:
    a = run(nlp, "The bank's chief economist, Rita Moreno, said rates would fall in May.")
    assert speaker_of(a, "rates would fall") == "Rita Moreno"
