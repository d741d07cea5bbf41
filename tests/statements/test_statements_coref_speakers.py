"""Speakers read through the coreference layer (issue 11), on sentences written for it."""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.article import Entity, Mention
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.statements.speakers import _gendered_by_links
from tests.helpers.speakers import run, speaker_of

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


#: (what it shows, the body, words of the statement, its speaker) on sentences written for
#: them: relative sources resolved through what their noun is said of, and given names.
_SPEAKERS = [
    ("a relative source through an apposition",
     "Clara Voss, the harbour board chair who wrote the new rules, told the council that "
     "ferries would run again in June.", "the new rules", "Clara Voss"),
    ("the apposed name speaks the main clause too",
     "Clara Voss, the harbour board chair who wrote the new rules, told the council that "
     "ferries would run again in June.", "ferries would run again", "Clara Voss"),
    ("a relative source through a copula and a list of nouns",
     "Editor's note: Rupert Hale owns three newspapers and is a banker, collector and "
     "campaigner who has repeatedly promised to close the old mine.",
     "close the old mine", "Rupert Hale"),
    ("a relative source of a bare description stays unnamed, never a guess",
     "Clara Voss chaired the meeting. A fisherman who attended the hearing said the quotas "
     "were too low.", "the quotas were too low", None),
    # "her" in Hart's own sentence reads as his (the only person before it); his given
    # name says he is a man, so the "he" after a quote about a woman is still Hart.
    ("a given name outweighs one misread pronoun",
     "Former prosecutor Daniel Hart said the audit was only the latest problem in her long "
     "career. Hart said the audit mattered. “Over the years, Nora Blake has made many "
     "choices that show why she should not lead the agency,” he said.",
     "should not lead the agency", "Daniel Hart"),
    ("a surname its pronouns show as a woman does not join a man's full name",
     "Former President Bill Carter campaigned for his wife on Monday. Carter, the former "
     "first lady, said she would run for the Senate. She added that the race would be "
     "close.", "would run for the Senate", "Carter"),
    ("a surname its pronouns show as a man still joins his full name",
     "Former President Bill Carter campaigned in Ohio on Monday. Carter said he would "
     "return in May. He added that the race would be close.", "return in May", "Bill Carter"),
    ("pronouns of both genders after a surname leave it with its full name",
     "Senator Elizabeth Warren met the bank chief on Tuesday. Warren said he should resign. "
     "Warren said he had failed the customers. Warren said she would call a hearing.",
     "would call a hearing", "Elizabeth Warren"),
    ("a 'they' no group speaker explains stays unresolved, not the organisation nearby",
     "The Harbour Authority approved the new port fees on Monday. Fishing crews and "
     "ferry operators are fighting the fees. They argue that the fees will ruin small "
     "businesses.", "will ruin small businesses", None),
    ("a 'they' after a group that spoke is that group",
     "The Harbour Authority said on Monday that fees would rise. They added that the "
     "money would repair the piers.", "would repair the piers", "Harbour Authority"),
    ("a dummy 'it' before 'worth noting' is no one, not the company nearby",
     "Harbour Ferries reported a loss on Monday. It is worth noting that the company "
     "raised its fares twice last year.", "raised its fares twice", None),
    ("an 'it' that stands for a company still speaks for it",
     "Harbour Ferries reported a loss on Monday. It said that fares would rise in June.",
     "fares would rise in June", "Harbour Ferries"),
    ("a woman named only inside the quote is not who speaks it",
     "Margaret Ward campaigned in Dayton on Monday. Nora Lind, a retired teacher, will vote "
     "for Mr. Hale in November. “I will do it because he has to be better than Margaret "
     "Ward,” she said.",
     "has to be better than", "Nora Lind"),
    ("the man a quote talks about is not the man who says it",
     "Paul Riker, the campaign's chairman, spoke in Tampa on Sunday. “The message that "
     "Daniel Hart brings will reach every voter,” he said at a news conference.",
     "will reach every voter", "Paul Riker"),
    ("a man the writer makes the subject after a quote speaks the next one",
     "“The winner was clear,” Chris Matthews said. Dan McLaughlin of the Review agreed "
     "with Matthews about the winner. “If his goal was to make Kaine defend the deal, he "
     "succeeded,” he wrote.", "he succeeded", "Dan McLaughlin"),
    ("a man named as subject only inside a clause does not take the next quote",
     "“We will win,” Tom Baker said on Monday. Baker was pressed on why he had praised "
     "Paul Riker, given that Riker backs the plan. “It is a good plan,” he said.",
     "It is a good plan", "Tom Baker"),
    ("a subject inside the last speaker's own reported clause does not end his turn",
     "Tom Baker said on Monday that Paul Riker would resign. “It is time,” he added.",
     "It is time", "Tom Baker"),
    ("she after a woman named by given name and surname",
     "Margaret Ward tells supporters that “he loves you.” She says they are going ahead to "
     "the next contest in Nevada.", "the next contest", "Margaret Ward"),
    ("a she salience loses past sentences without persons takes the coreference link",
     "Kestrel Marwick founded the bakery chain in 1998. The chain now has forty shops. Its "
     "bread is sold in every supermarket in the state. Prices rose twice last year. Sales "
     "fell in the spring. “We will open ten more shops,” she said.",
     "ten more shops", "Kestrel Marwick"),
    ("a she with no person in the article stays unresolved",
     "The bakery chain now has forty shops. Prices rose twice last year. “We will open ten "
     "more shops,” she said.", "ten more shops", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("case", "body", "words", "speaker"), _SPEAKERS, ids=[c[0] for c in _SPEAKERS]
)
def test_statements_speaker_written_cases(
    nlp: Any, case: str, body: str, words: str, speaker: str | None
) -> None:
    assert speaker_of(run(nlp, body), words) == speaker, case


def test_statements_source_span_has_no_edge_spaces(nlp: Any) -> None:
    """A no-break space after a source (a token of its own) is not part of its span."""
    body = "The\xa0Daily News\xa0reported that the mayor had resigned. He\xa0said the council met."
    sources = [s.source.text for s in run(nlp, body).statements if s.source]
    assert sources == ["The\xa0Daily News", "He"]


def _entity(kind: str, *pronouns: str) -> Entity:
    mentions = tuple(Mention(k, k + 1, w, "", "body", "pronoun") for k, w in enumerate(pronouns))
    return Entity("e0", "Vantis", kind, mentions=(Mention(0, 6, "Vantis", "ORG"), *mentions))


def test_statements_mistyped_name_is_a_person_by_its_linked_pronouns() -> None:
    """A name typed as an organisation counts as a woman when the pronouns linked to it are
    mostly "she"/"her"; not when it takes "it"/"they" about as often."""
    lex = lexicon_for("en")
    assert _gendered_by_links(_entity("ORG", "she", "her", "she", "it"), "Fem", lex)
    assert not _gendered_by_links(_entity("ORG", "she", "her", "it", "its", "they"), "Fem", lex)
    assert not _gendered_by_links(_entity("ORG", "she", "her"), "Fem", lex)
    assert not _gendered_by_links(_entity("ORG", "he", "his", "him"), "Fem", lex)
