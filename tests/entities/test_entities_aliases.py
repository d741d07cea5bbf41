"""Within-article grouping on sentences written for these tests: one rule per test."""

from __future__ import annotations

import dataclasses
import re
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.article import Article, Entity, Mention
from newsdossier.entities import group_entities
from newsdossier.entities.aliases import _occurrences
from newsdossier.nlp import annotate


def _article(nlp: Any, body: str, **fields: str) -> Article:
    raw = Article(id="t", source="test", body=body, **fields)  # type: ignore[arg-type]
    return next(annotate([raw], nlp))


def _grouped(nlp: Any, body: str, **fields: str) -> Article:
    return group_entities(_article(nlp, body, **fields))


def _with(article: Article, surface: str) -> Entity:
    found = [
        e
        for e in article.entities
        if surface == e.name or surface in e.aliases or any(m.text == surface for m in e.mentions)
    ]
    assert len(found) == 1, (surface, [(e.name, e.type, e.aliases) for e in article.entities])
    return found[0]


def _relabel(article: Article, label: str, *surfaces: str) -> Article:
    """Give the model's mentions of these surfaces another label (as the small model does)."""
    mentions = tuple(
        dataclasses.replace(m, label=label) if m.text in surfaces else m for m in article.mentions
    )
    return dataclasses.replace(article, mentions=mentions)


def test_entities_surname_short_form_joins_full_name(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Maria Lopez, the city's mayor, opened the new bridge on Friday. "
        "Lopez said the bridge would cut commuting times in half.",
    )
    entity = _with(doc, "Lopez")
    assert entity.name == "Maria Lopez"
    assert entity.type == "PERSON"
    assert "Lopez" in entity.aliases
    assert len(entity.mentions) == 2


def test_entities_acronym_defined_in_brackets_and_found_later(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "The Ministry of Economic Affairs (MOEA) announced new subsidies on Tuesday. "
        "Officials said the MOEA would review the applications, and MOEA staff will visit firms.",
    )
    entity = _with(doc, "MOEA")
    assert entity.name == "Ministry of Economic Affairs"
    assert entity.type == "ORG"
    assert sum(m.text == "MOEA" for m in entity.mentions) == 3


def test_entities_acronym_in_full_width_brackets(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "The island applied to join the Regional Comprehensive Economic Partnership "
        "（RCEP） in 2021.",
    )
    entity = _with(doc, "RCEP")
    assert entity.name == "Regional Comprehensive Economic Partnership"
    assert entity.type == "LAW"


def test_entities_cjk_name_in_brackets_of_either_width(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Premier Cho Jung-tai （卓榮泰） met Taipei Mayor Chiang Wan-an (蔣萬安) on Monday. "
        "Cho said the city would get more funding.",
    )
    cho = _with(doc, "卓榮泰")
    assert cho.name == "Cho Jung-tai"
    assert cho.type == "PERSON"
    assert "Cho" in cho.aliases
    chiang = _with(doc, "蔣萬安")
    assert chiang.name == "Chiang Wan-an"
    assert any(m.text == "蔣萬安" for m in chiang.mentions)


def test_entities_country_short_forms_normalized(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "The United States imposed new tariffs on steel. U.S. officials said the measure "
        "was temporary, but exporters in Canada said the US had not consulted them.",
    )
    entity = _with(doc, "U.S.")
    assert entity.name == "United States"
    assert entity.type == "GPE"
    assert {"the United States", "U.S.", "US"} <= {entity.name, *entity.aliases}


def test_entities_type_decided_by_article_evidence(nlp: Any) -> None:
    article = _article(
        nlp,
        "Senator Hannelore Vasquez-Brandt criticized the plan on Monday. "
        "Vasquez-Brandt said she would vote against it, and her staff drafted an alternative.",
    )
    article = _relabel(article, "ORG", "Vasquez-Brandt", "Hannelore Vasquez-Brandt")
    entity = _with(group_entities(article), "Vasquez-Brandt")
    assert entity.type == "PERSON"
    assert "ORG" in entity.model_types


def test_entities_org_name_not_turned_into_person(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "The Federal Aviation Administration said on Monday it would inspect the jets. "
        "The agency grounded 40 planes.",
    )
    assert _with(doc, "Federal Aviation Administration").type == "ORG"


def test_entities_spans_repaired_at_brackets_quotes_and_possessives(nlp: Any) -> None:
    body = "Analysts at Harbor Research （a think tank） said Ines Mbeki’s plan was “bold.”"
    article = _article(nlp, body)
    cut = [
        Mention(body.index("Harbor"), body.index("a think"), "Harbor Research （", "ORG"),
        Mention(body.index("Ines"), body.index(" plan"), "Ines Mbeki’s", "PERSON"),
    ]
    doc = group_entities(dataclasses.replace(article, mentions=tuple(cut)))
    assert {e.name for e in doc.entities} >= {"Harbor Research", "Ines Mbeki"}
    for entity in doc.entities:
        for mention in entity.mentions:
            assert mention.text == body[mention.start : mention.end]
            assert not mention.text.endswith(("（", "’s", "”"))


def test_entities_treaty_names_detected_as_law(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Both sides reaffirmed the 1997 Canada-Chile Free Trade Agreement on Thursday.",
    )
    entity = _with(doc, "Canada-Chile Free Trade Agreement")
    assert entity.type == "LAW"


def test_entities_two_people_sharing_a_surname_stay_apart(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Coach Daniel Okafor praised striker Grace Okafor after the match. "
        "Daniel Okafor said the team had worked hard.",
    )
    people = {e.name for e in doc.entities if e.type == "PERSON"}
    assert {"Daniel Okafor", "Grace Okafor"} <= people


def test_entities_georgia_the_state_by_context(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Voters in Georgia and Alabama went to the polls on Tuesday. The governor of "
        "Georgia said turnout in Atlanta was high.",
    )
    assert _with(doc, "Georgia").name == "Georgia (U.S. state)"


def test_entities_georgia_the_country_by_context(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Georgia, the former Soviet republic, held talks with Armenia on Tuesday. "
        "Georgian officials in Tbilisi said the country wanted closer ties with the EU.",
    )
    entity = _with(doc, "Georgia")
    assert entity.name == "Georgia"
    assert entity.type == "GPE"


def test_entities_side_fields_kept_apart_with_offsets(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "The minister spoke in Nairobi on Friday.",
        caption="Kenyan Finance Minister John Mbadi speaks in Nairobi.",
    )
    mbadi = _with(doc, "John Mbadi")
    assert {m.field for m in mbadi.mentions} == {"caption"}
    for entity in doc.entities:
        for m in entity.mentions:
            assert doc.field_text(m.field)[m.start : m.end] == m.text


def test_entities_local_ids_in_order(nlp: Any) -> None:
    doc = _grouped(nlp, "Angela Merkel met Emmanuel Macron in Berlin.")
    assert [e.id for e in doc.entities] == [f"e{n}" for n in range(len(doc.entities))]


def test_entities_generational_suffix_is_not_a_short_form(nlp: Any) -> None:
    doc = _grouped(
        nlp,
        "Martin Luther King Jr. spoke in Washington in 1963. King said he had a dream.",
    )
    king = _with(doc, "King")
    assert king.name == "Martin Luther King Jr."
    assert "Jr." not in king.aliases


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(alphabet="Ab '’-_1é\n", max_size=40),
    surface=st.text(alphabet="Ab '-é", min_size=1, max_size=4),
)
def test_entities_alias_occurrences_are_whole_words(text: str, surface: str) -> None:
    """The substring search finds what the word-boundary pattern it replaced finds: not
    right after a word character, an apostrophe or a hyphen, not before a word character,
    leftmost first and not overlapping."""
    pattern = re.compile(rf"(?<![\w’'-]){re.escape(surface)}(?!\w)")
    assert list(_occurrences(text, surface)) == [m.span() for m in pattern.finditer(text)]


def test_entities_alias_occurrences_in_a_sentence() -> None:
    text = "Ruiz met O'Ruiz, Ruiz-Lopez and Ruizes; then Ruiz left."
    assert [text[s:e] for s, e in _occurrences(text, "Ruiz")] == ["Ruiz", "Ruiz", "Ruiz"]
    assert [s for s, _ in _occurrences(text, "Ruiz")] == [0, 17, 45]


def test_entities_surname_a_she_refers_to_leaves_a_man_of_that_given_name(nlp: Any) -> None:
    a = _grouped(
        nlp,
        "Brennan grew up in Dallas and studied law in Austin. "
        "She later married the novelist Victor Brennan, who taught at the college.",
    )
    assert _with(a, "Brennan").id != _with(a, "Victor Brennan").id


def test_entities_surname_joins_a_man_of_that_given_name_without_a_she(nlp: Any) -> None:
    a = _grouped(
        nlp,
        "The novelist Victor Brennan taught at the college for years. "
        "Brennan later moved to Austin, where he wrote two plays.",
    )
    assert _with(a, "Brennan").id == _with(a, "Victor Brennan").id
