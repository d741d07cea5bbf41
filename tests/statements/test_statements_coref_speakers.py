"""Speakers read through the coreference layer (issue 11), on sentences written for it."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Article
from newsdossier.coref.stage import resolve_coreference
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate
from newsdossier.roles import find_roles
from newsdossier.statements import find_statements
from newsdossier.timex import find_timexes


def run(nlp: Any, body: str) -> Article:
    """The default pipeline's stages from the spaCy pass to statements."""
    article = Article(id="t", source="test", body=body, published="2030-05-10")
    article = next(annotate([article], nlp))
    for stage in (group_entities, find_timexes, find_roles, resolve_coreference):
        article = stage(article)
    return find_statements(article)


def speaker_of(article: Article, words: str) -> str | None:
    found = [s for s in article.statements if words in s.text]
    assert found, f"no statement containing {words!r}: {article.statements}"
    return found[-1].speaker.name if found[-1].speaker else None


_EARLIER = (
    "Mark Ellis spent the morning talking to reporters about the budget. "
    "Ellis said the deal was dead.\n\n"
)


def test_statements_paragraph_naming_a_speaker_takes_his_pronoun(nlp: Any) -> None:
    body = (
        _EARLIER + "Tom Porter, the majority leader, was more hopeful. "
        '"I do think the votes are there," he said.'
    )
    a = run(nlp, body)
    assert speaker_of(a, "the deal was dead") == "Mark Ellis"
    assert speaker_of(a, "the votes are there") == "Tom Porter"


def test_statements_name_inside_the_quote_is_not_the_speaker(nlp: Any) -> None:
    a = run(nlp, _EARLIER + '"Tom Porter will never find the votes," he said.')
    assert speaker_of(a, "will never find the votes") == "Mark Ellis"


def test_statements_description_takes_the_coreference_link(nlp: Any) -> None:
    body = (
        _EARLIER + "Tom Porter, the majority leader, was more hopeful. "
        '"I do think the votes are there," the majority leader said.'
    )
    a = run(nlp, body)
    (statement,) = [s for s in a.statements if "votes are there" in s.text]
    assert statement.source is not None
    assert statement.source.text == "the majority leader"
    assert speaker_of(a, "the votes are there") == "Tom Porter"


def test_statements_relative_source_through_an_apposition(nlp: Any) -> None:
    body = (
        "Clara Voss, the harbour board chair who wrote the new rules, "
        "told the council that ferries would run again in June."
    )
    a = run(nlp, body)
    assert speaker_of(a, "the new rules") == "Clara Voss"
    assert speaker_of(a, "ferries would run again") == "Clara Voss"


def test_statements_relative_source_through_a_copula_and_a_list(nlp: Any) -> None:
    body = (
        "Editor's note: Rupert Hale owns three newspapers and is a banker, "
        "collector and campaigner who has repeatedly promised to close the old mine."
    )
    a = run(nlp, body)
    assert speaker_of(a, "close the old mine") == "Rupert Hale"


def test_statements_relative_source_of_a_bare_description_stays_unnamed(nlp: Any) -> None:
    # No name the description is said of: the speaker stays unresolved, never a guess.
    body = (
        "Clara Voss chaired the meeting. A fisherman who attended the hearing said "
        "the quotas were too low."
    )
    a = run(nlp, body)
    assert speaker_of(a, "the quotas were too low") is None


def test_statements_given_name_outweighs_one_misread_pronoun(nlp: Any) -> None:
    # "her" in Hart's own sentence reads as his (the only person before it); his given
    # name says he is a man, so the "he" after a quote about a woman is still Hart.
    body = (
        "Former prosecutor Daniel Hart said the audit was only the latest problem in her "
        "long career. Hart said the audit mattered. “Over the years, Nora Blake has made "
        "many choices that show why she should not lead the agency,” he said."
    )
    a = run(nlp, body)
    assert speaker_of(a, "should not lead the agency") == "Daniel Hart"


def test_statements_she_after_a_woman_named_only_by_given_name_and_surname(nlp: Any) -> None:
    body = (
        "Margaret Ward tells supporters that “he loves you.” She says they are going "
        "ahead to the next contest in Nevada."
    )
    a = run(nlp, body)
    assert speaker_of(a, "the next contest") == "Margaret Ward"
