"""Events from sentences written for these tests: types, dates, participants, nominal triggers."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from newsdossier.article import Article, Event
from newsdossier.events import find_events
from newsdossier.pipeline import READER_FIELDS, Pipeline

STAGES = ["nlp.spacy.v1", "entities.v1", "timex.v1", "roles.v1", "statements.v1"]
#: A Thursday: "Monday" is 2025-04-07, "Tuesday" 2025-04-08.
PUBLISHED = "2025-04-10"

Extract = Callable[[str], Article]


@pytest.fixture(scope="module")
def extract(nlp: Any) -> Extract:
    """Body text -> article with events, through the real stages before events."""
    pipe = Pipeline(STAGES, nlp=nlp, on_error="raise", provided=READER_FIELDS | {"body"})

    def run(body: str) -> Article:
        article = Article(id="t", source="t", body=body, published=PUBLISHED)
        return find_events(next(pipe.run([article])))

    return run


def _only(article: Article, kind: str) -> Event:
    found = [e for e in article.events if e.type == kind]
    assert len(found) == 1, article.events
    return found[0]


def _parts(event: Event) -> dict[str, str | None]:
    return {p.name: p.role for p in event.participants}


@pytest.mark.parametrize(
    ("body", "kind", "date", "who", "other"),
    [
        ("French President Emmanuel Macron visited Beijing on Tuesday.",
         "visit", "2025-04-08", "Emmanuel Macron", "Beijing"),
        ("German Chancellor Olaf Scholz met with Indian Prime Minister Narendra Modi in Berlin"
         " on Monday.", "meeting", "2025-04-07", "Olaf Scholz", "Narendra Modi"),
        ("Brazilian President Luiz Inacio Lula da Silva delivered a speech in Brasilia on"
         " Wednesday.", "statement", "2025-04-09", "Luiz Inacio Lula da Silva", "Brasilia"),
        ("Canada held a general election on April 28.", "election", "2025-04-28", "Canada", None),
        ("Japan and Australia signed a defense agreement in Tokyo on Thursday.",
         "agreement", "2025-04-10", "Japan", "Australia"),
        ("President Joe Biden appointed Janet Yellen as Treasury secretary in January 2021.",
         "appointment", "2021-01", "Joe Biden", "Janet Yellen"),
        ("British Prime Minister Boris Johnson resigned on July 7, 2022.",
         "resignation", "2022-07-07", "Boris Johnson", None),
        ("The United States imposed sanctions on Iran on Tuesday.",
         "economic", "2025-04-08", "United States", "Iran"),
    ],
)  # fmt: skip
def test_events_each_type_dated_with_participants(
    extract: Extract, body: str, kind: str, date: str, who: str, other: str | None
) -> None:
    event = _only(extract(body), kind)
    assert event.date == date
    parts = _parts(event)
    assert parts.get(who) == "who"
    if other is not None:
        assert other in parts


def test_events_signing_a_named_treaty_is_an_agreement(extract: Extract) -> None:
    event = _only(
        extract("In 1949, Norway and Denmark signed the North Atlantic Treaty."), "agreement"
    )
    assert event.date == "1949"
    assert {"Norway", "Denmark", "North Atlantic Treaty"} <= set(_parts(event))


def test_events_signing_a_bill_is_not_an_agreement(extract: Extract) -> None:
    article = extract("Governor John Kasich signed 18 bills in Ohio on Monday.")
    assert not [e for e in article.events if e.type == "agreement"]


@pytest.mark.parametrize(
    ("body", "kind", "date", "who"),
    [
        ("Keir Starmer took office on July 5, 2024.", "appointment", "2024-07-05", "Keir Starmer"),
        ("Donald Trump returned to office in January.", "appointment", "2025-01", "Donald Trump"),
        ("Japanese Prime Minister Fumio Kishida stepped down in September.",
         "resignation", "2024-09", "Fumio Kishida"),
    ],
)  # fmt: skip
def test_events_verb_phrases(extract: Extract, body: str, kind: str, date: str, who: str) -> None:
    event = _only(extract(body), kind)
    assert event.date == date
    assert _parts(event).get(who) == "who"


def test_events_agreeing_on_terms_not_opinions(extract: Extract) -> None:
    article = extract("Pollsters agree. Israel and Hamas agreed to a ceasefire on Sunday.")
    event = _only(article, "agreement")
    assert event.date == "2025-04-06"
    assert {"Israel", "Hamas"} <= set(_parts(event))


def test_events_military_action_names_its_target(extract: Extract) -> None:
    event = _only(extract("Israeli troops attacked Rafah on Monday."), "military")
    assert event.date == "2025-04-07"
    assert event.trigger == "attacked"


def test_events_place_is_the_where_participant(extract: Extract) -> None:
    event = _only(extract("French President Emmanuel Macron visited Beijing on Tuesday."), "visit")
    assert event.place == "Beijing"
    assert _parts(event)["Beijing"] == "where"


def test_events_undated_stay_undated(extract: Extract) -> None:
    event = _only(extract("Chinese President Xi Jinping visited Moscow."), "visit")
    assert event.date is None
    assert {"Xi Jinping", "Moscow"} <= set(_parts(event))


def test_events_date_of_another_clause_is_not_taken(extract: Extract) -> None:
    article = extract("Officials said on Monday that Xi Jinping had visited Moscow.")
    event = _only(article, "visit")
    assert event.date is None


def test_events_year_of_a_name_does_not_date_the_event(extract: Extract) -> None:
    article = extract("The 1953 U.S.-South Korea Mutual Defense Treaty was discussed.")
    assert all(e.date is None for e in article.events)


def test_events_coordinated_verb_shares_the_date(extract: Extract) -> None:
    article = extract(
        "President Joe Biden arrived in Warsaw on Monday and met Polish President Andrzej Duda."
    )
    assert _only(article, "meeting").date == "2025-04-07"


def test_events_coordinated_verb_keeps_its_own_date(extract: Extract) -> None:
    article = extract("Joe Biden arrived in Warsaw on Monday and will meet Andrzej Duda on Friday.")
    assert _only(article, "visit").date == "2025-04-07"
    assert _only(article, "meeting").date == "2025-04-11"


def test_events_phrase_before_or_after_is_not_dated_by_the_main_verb(extract: Extract) -> None:
    article = extract("Since taking office, Javier Milei has visited Israel earlier this month.")
    assert _only(article, "visit").date == "2025-04"
    appointment = _only(article, "appointment")
    assert appointment.date is None
    assert _parts(appointment) == {"Javier Milei": "who"}


def test_events_nominal_visit_with_possessor_and_destination(extract: Extract) -> None:
    event = _only(extract("Donald Trump's visit to China in April was postponed."), "visit")
    assert event.trigger == "visit"
    assert event.date == "2025-04"
    assert _parts(event) == {"Donald Trump": "who", "China": "where"}


def test_events_nominal_meeting_between_two_people(extract: Extract) -> None:
    article = extract("The meeting between Xi Jinping and Joe Biden took place in November 2023.")
    event = _only(article, "meeting")
    assert event.trigger == "meeting"
    assert event.date == "2023-11"
    assert {"Xi Jinping", "Joe Biden"} <= set(_parts(event))


def test_events_noun_folded_into_its_verb(extract: Extract) -> None:
    article = extract("Kamala Harris arrived in Manila on Sunday for a three-day visit.")
    event = _only(article, "visit")
    assert event.trigger == "arrived"
    assert event.date == "2025-04-06"


def test_events_delegation_resolves_to_its_leader(extract: Extract) -> None:
    article = extract(
        "Senator Maria Cantwell arrived in Tokyo on Sunday. "
        "Her delegation met with Prime Minister Shigeru Ishiba on Monday."
    )
    event = _only(article, "meeting")
    assert event.date == "2025-04-07"
    assert _parts(event) == {"Maria Cantwell": "who", "Shigeru Ishiba": "whom"}


def test_events_title_resolves_to_the_person_holding_it(extract: Extract) -> None:
    article = extract(
        "French President Emmanuel Macron spoke on Monday. "
        "The French president's visit to Beijing from May 5 to May 7 was confirmed."
    )
    event = _only(article, "visit")
    assert event.date == "2025-05-05/2025-05-07"
    assert _parts(event).get("Emmanuel Macron") == "who"


def test_events_negated_and_conditional_triggers_are_kept_but_marked(extract: Extract) -> None:
    (denied,) = extract("Hamas did not attack Israel on Monday.").events
    assert denied.modality == "negated"
    attacks = [
        e
        for e in extract("Japan would respond if China attacked Taiwan.").events
        if e.type == "military"
    ]
    assert [e.modality for e in attacks] == ["hypothetical"]


@pytest.mark.parametrize(
    ("body", "modality"),
    [
        ("If the talks collapse, the rebels will attack the capital on Friday.", "hypothetical"),
        ("Generals warned of a potential attack on the harbor on Monday.", "hypothetical"),
        ("The rebels could attack the capital on Tuesday.", "hypothetical"),
        ("There was no meeting between the two envoys in Oslo on Friday.", "negated"),
        ("The chancellor will visit Warsaw next week.", "future"),
        ("The queen plans to visit Lima in May.", "future"),
        ("Did the rebels attack the capital on Monday?", "question"),
        ("The rebels attacked the capital on Monday.", "asserted"),
        ("The envoys met in Oslo on Tuesday and signed a truce.", "asserted"),
    ],
)
def test_events_modality_from_the_parse(extract: Extract, body: str, modality: str) -> None:
    events = extract(body).events
    assert events, body
    assert {e.modality for e in events} == {modality}, events


def test_events_reported_would_is_the_future_of_the_saying(extract: Extract) -> None:
    article = extract("The spokesman said the delegation would meet Chilean officials on Tuesday.")
    (meeting,) = [e for e in article.events if e.type == "meeting"]
    assert meeting.modality == "future"


def test_events_verbs_in_other_senses_are_not_events(extract: Extract) -> None:
    article = extract(
        "Holders of the debentures have elected to convert the debt. "
        "For decades, the Bush family occupied an elevated position in Texas society."
    )
    assert article.events == ()


def test_events_visit_needs_a_destination(extract: Extract) -> None:
    assert extract("Kofi Annan has a trip planned for Friday.").events == ()


def test_events_empty_body_has_no_events(extract: Extract) -> None:
    assert extract("").events == ()
