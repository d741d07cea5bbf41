"""Grouping quality on sentences written for these tests: gendered honorifics, headline
words taken for names, and names or acronyms only the article's context decides."""

from __future__ import annotations

import dataclasses
from typing import Any

from newsdossier.article import Article, Entity
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate


def _article(nlp: Any, body: str, **fields: str) -> Article:
    raw = Article(id="t", source="test", body=body, **fields)  # type: ignore[arg-type]
    return next(annotate([raw], nlp))


def _grouped(nlp: Any, body: str, **fields: str) -> Article:
    return group_entities(_article(nlp, body, **fields))


def _holding(article: Article, surface: str) -> list[Entity]:
    return [e for e in article.entities if any(m.text == surface for m in e.mentions)]


def _relabelled(nlp: Any, body: str, label: str, surface: str) -> Article:
    """The model's mentions of ``surface`` given ``label`` (as the small model may)."""
    article = _article(nlp, body)
    mentions = tuple(
        dataclasses.replace(m, label=label) if m.text == surface else m for m in article.mentions
    )
    return group_entities(dataclasses.replace(article, mentions=mentions))


def test_entities_mrs_surname_not_joined_to_man_shown_by_pronoun(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Bill Clinton spoke in Ohio on Monday. He said the economy was strong. "
        "Mrs. Clinton, who was traveling in Iowa, said she agreed with her husband.",
    )
    (bill,) = _holding(doc, "Bill Clinton")
    assert all(m.text != "Clinton" for m in bill.mentions)


def test_entities_mrs_surname_joins_woman_of_that_name(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Hillary Clinton met donors in New York, where she spoke for an hour. "
        "Mrs. Clinton said the campaign had raised more money than expected.",
    )
    (hillary,) = _holding(doc, "Hillary Clinton")
    assert any(m.text == "Clinton" for m in hillary.mentions)


def test_entities_honorific_given_name_keeps_surname_apart(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Mrs. Hillary Clinton met donors on Tuesday. Bill Clinton said the race was close. "
        "Mrs. Clinton later left for Iowa.",
    )
    (bill,) = _holding(doc, "Bill Clinton")
    assert all(m.text != "Clinton" for m in bill.mentions)


def test_entities_mr_and_ms_with_one_surname_are_two_people(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Mr. Alvarez runs the bakery on Main Street. Ms. Alvarez, his sister, "
        "manages the shop across the road.",
    )
    groups = _holding(doc, "Alvarez")
    assert len(groups) == 2, [(e.name, e.mentions) for e in doc.entities]


def test_entities_mr_surname_joins_man_of_that_name(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Bill Clinton spoke in Ohio on Monday. Mr. Clinton said the economy was strong.",
    )
    (bill,) = _holding(doc, "Bill Clinton")
    assert any(m.text == "Clinton" for m in bill.mentions)


def test_entities_title_leading_participle_cut_from_name(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "John Smith was grieving with his family on Sunday.",
        title="Grieving John Smith Asks For Privacy",
    )
    (smith,) = _holding(doc, "John Smith")
    assert smith.name == "John Smith"
    assert all("Grieving" not in m.text for e in doc.entities for m in e.mentions)


def test_entities_title_given_name_is_kept(nlp: Any) -> None:
    doc = _grouped(nlp, "Voters liked him.", title="Angry Barack Obama Vows To Fight")
    assert any(m.text == "Barack Obama" for e in doc.entities for m in e.mentions)


def test_entities_headline_name_and_common_noun_is_not_a_person(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Grieving Smith Family Asks For Privacy\nJohn Smith was grieving with his family.",
    )
    for entity in doc.entities:
        if any("Family" in m.text for m in entity.mentions):
            assert entity.type != "PERSON"
    (smith,) = _holding(doc, "John Smith")
    assert smith.type == "PERSON"


def test_entities_headline_surname_and_common_noun_is_a_mention_of_that_person(nlp: Any) -> None:
    """ "Whitcombe Speech" on a title-case line is the mayor's surname and the noun the
    body writes as "speech": a mention of her, never an entity (or a name) of its own."""
    doc = _grouped(
        nlp,
        "Video: Mayor Whitcombe Speech at the Lakeside Forum\nMayor Dana Whitcombe said on "
        "Monday that the city would repair the old bridge. In a speech to the council, "
        "Whitcombe promised more buses.",
    )
    assert not [m for e in doc.entities for m in e.mentions if "Speech" in m.text]
    (mayor,) = _holding(doc, "Dana Whitcombe")
    assert mayor.name == "Dana Whitcombe"
    assert [m.text for m in mayor.mentions].count("Whitcombe") == 2


def test_entities_va_is_veterans_affairs_in_a_veterans_story(nlp: Any) -> None:
    doc = _relabelled(
        nlp,
        "Veterans waited months for care at VA hospitals, and the Department of Veterans "
        "Affairs said its VA staff would hire more doctors.",
        "GPE",
        "VA",
    )
    (va,) = _holding(doc, "VA")
    assert va.type == "ORG"
    assert va.name == "VA"


def test_entities_va_stays_a_country_code_without_organisation_context(nlp: Any) -> None:
    doc = _relabelled(
        nlp,
        "The pope will leave VA on Sunday for a visit to Brazil and the country's bishops.",
        "GPE",
        "VA",
    )
    (va,) = _holding(doc, "VA")
    assert va.name == "Vatican City"


def test_entities_georgia_beside_russia_is_the_country(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Republicans criticized the president's response to Russia's invasion of Georgia "
        "last summer.",
    )
    (georgia,) = _holding(doc, "Georgia")
    assert georgia.name == "Georgia"


def test_entities_georgia_beside_alabama_stays_the_state(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Voters in Georgia and Alabama went to the polls on Tuesday, and Republicans "
        "said turnout was high.",
    )
    (georgia,) = _holding(doc, "Georgia")
    assert georgia.name == "Georgia (U.S. state)"


_COMPANY = (
    "{name} filed for bankruptcy protection on Monday, the second coal producer to do so "
    "this year. The company said it would keep its mines open. {name} employs about 4,000 "
    "people, and its chief executive has promised to pay every supplier. "
    '"We expect to come out stronger," it said in a statement.'
)


def _types_of(nlp: Any, body: str, surface: str) -> list[str]:
    """The types of the entities holding ``surface`` once the model labels it a person's."""
    return [e.type for e in _holding(_relabelled(nlp, body, "PERSON", surface), surface)]


def test_entities_name_the_article_calls_the_company_is_an_organisation(nlp: Any) -> None:
    """A name the model labels a person's, which the article then calls "the company" and
    "it" as the one who speaks, is an organisation's (issue 11: "Twitter", "Patriot Coal")."""
    assert _types_of(nlp, _COMPANY.format(name="Bramble Coal"), "Bramble Coal") == ["ORG"]


def test_entities_a_person_stays_a_person_beside_the_company(nlp: Any) -> None:
    """The same words after a person's name (a given name, a title, or "he" said of him)
    do not make him an organisation."""
    for name, surface in (
        ("Harold Bramble", "Harold Bramble"),
        ("Mr. Bramble", "Bramble"),
        ("Chief executive Bramble", "Bramble"),
    ):
        assert _types_of(nlp, _COMPANY.format(name=name), surface) == ["PERSON"], name
    for body in (
        "Nakamura ran the mine for 20 years. The company said he would retire in May. "
        '"It was time," he said.',
        # Reported in the name's own sentence, or with another name between: not the name.
        "Nakamura has left the board, the company said on Monday. "
        "It said the board would meet in June.",
        "Nakamura joined Acme Mining in 2019. The company said the board would meet in "
        "June, and it said profits had doubled.",
    ):
        assert _types_of(nlp, body, "Nakamura") == ["PERSON"], body


def test_entities_headline_word_the_body_writes_in_lower_case_is_no_mention(nlp: Any) -> None:
    """ "Coal" opening a headline is the common noun the body writes as "coal", not a
    short form of the company "Bramble Coal"."""
    doc = _grouped(
        nlp, _COMPANY.format(name="Bramble Coal"), title="Coal company files for bankruptcy"
    )
    for entity in _holding(doc, "Bramble Coal"):
        assert all(m.field == "body" for m in entity.mentions)
    doc = _grouped(
        nlp,
        "Martha Bramble won the race on Sunday. Bramble said she had trained for a year.",
        title="Bramble wins the city marathon",
    )
    (runner,) = _holding(doc, "Martha Bramble")
    assert any(m.field == "title" for m in runner.mentions)


def test_entities_name_only_ever_after_in_or_at_is_a_place(nlp: Any) -> None:
    """A name the model labels a person's that the article only writes after "in", "at"
    or "near" (twice or more) is a place; once, or with a person's evidence, it stays."""
    body = (
        "Flooding closed three schools in Port Adley on Monday. Crews worked through "
        "the night in Port Adley to clear the roads."
    )
    assert _types_of(nlp, body, "Port Adley") == ["GPE"]
    for body in (
        "Voters put their trust in Nakamura on Sunday.",
        "Crowds cheered for Nakamura in the square. Supporters gathered at Nakamura's "
        "office, where he spoke.",
    ):
        assert set(_types_of(nlp, body, "Nakamura")) == {"PERSON"}, body


def test_entities_common_word_ending_a_title_is_no_entity(nlp: Any) -> None:
    """ "State" in "Secretary of State Jon Husted", over a body that writes "the state",
    ends a title and names no organisation; a place ending one stays ("President of
    France")."""
    doc = _grouped(
        nlp,
        "A court ruled against Secretary of State Jon Husted on Friday. Polls show a close "
        "race in the state, and the President of France said he was watching it.",
    )
    names = {e.name for e in doc.entities}
    assert "State" not in names, names
    assert "France" in names
    assert "Jon Husted" in names
