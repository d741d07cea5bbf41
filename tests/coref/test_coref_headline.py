"""The headline's words (title and URL slug) as salience for "he"/"she", and a gender the
article shows as evidence the scorer weighs rather than a hard exclusion."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Article, Entity
from newsdossier.coref.context import Context
from newsdossier.coref.features import FEATURES
from newsdossier.coref.headline import headline_words, named_in_headline, slug, words
from newsdossier.coref.pronouns import personal_candidates
from newsdossier.coref.scorer import load_scorer
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate
from newsdossier.roles import find_roles


def prepared(nlp: Any, body: str, *, url: str | None = None, title: str | None = None) -> Article:
    article = Article(
        id="t", source="test", body=body, published="2030-05-10", url=url, title=title
    )
    return find_roles(group_entities(next(annotate([article], nlp))))


def features_at(article: Article, word: str) -> dict[str, dict[str, float]]:
    """Candidate name -> features, at the first token ``word`` of the body."""
    ctx = Context(article)
    (tok,) = [t for t in ctx.tokens if t.text == word][:1]
    return {c.entity.name: c.features for c in personal_candidates(ctx, tok)}


def test_coref_headline_slug_of_news_and_wiki_addresses() -> None:
    assert slug("https://news.example.com/2030/05/10/helen-varga-opens-library.html") == (
        "helen-varga-opens-library"
    )
    assert slug("http://en.wikipedia.org/wiki/Kathleen_Nott") == "Kathleen_Nott"
    assert slug("https://example.com/a%C3%AFda-ruiz/") == "aïda-ruiz"
    assert slug("") == ""
    assert words("Varga, 61, opens a library") == ["varga", "opens", "library"]


def test_coref_headline_words_join_title_and_slug() -> None:
    article = Article(
        id="t",
        source="test",
        title="Library opens in Leeds",
        url="https://news.example.com/local/helen-varga-library",
    )
    assert headline_words(article) == {"library", "opens", "in", "leeds", "helen", "varga"}
    assert headline_words(Article(id="t", source="test")) == frozenset()


def test_coref_named_in_headline_by_surname_or_full_name() -> None:
    varga = Entity(id="e1", name="Helen Varga", type="PERSON", aliases=("Varga",))
    assert named_in_headline(varga, frozenset({"varga", "library"})) == (True, False)
    assert named_in_headline(varga, frozenset({"helen", "varga"})) == (True, True)
    assert named_in_headline(varga, frozenset({"library"})) == (False, False)


def test_coref_headline_feature_marks_the_person_the_url_names(nlp: Any) -> None:
    body = (
        "Helen Varga met Clara Novak in Vienna in 2019. "
        "Two years later she founded a school for young musicians."
    )
    article = prepared(nlp, body, url="https://news.example.com/2030/05/clara-novak-school")
    found = features_at(article, "she")
    assert found["Clara Novak"]["in_headline"] == 1.0
    assert found["Clara Novak"]["headline_full"] == 1.0
    assert found["Helen Varga"]["in_headline"] == 0.0
    without = features_at(prepared(nlp, body), "she")
    assert without["Clara Novak"]["in_headline"] == 0.0


def test_coref_person_of_the_other_gender_stays_a_weighed_down_candidate(nlp: Any) -> None:
    article = prepared(
        nlp,
        "Ms. Helen Varga hired Mr. Daniel Okafor last spring. He now runs the library.",
    )
    found = features_at(article, "He")
    assert found["Helen Varga"]["gender_conflict"] == 1.0
    assert found["Daniel Okafor"]["gender_conflict"] == 0.0
    scorer = load_scorer()
    assert scorer.constraints["gender_conflict"] < 0
    assert scorer.probability(found["Daniel Okafor"]) > scorer.probability(found["Helen Varga"])


def test_coref_shipped_weights_name_every_feature() -> None:
    scorer = load_scorer()
    assert set(scorer.weights) | set(scorer.names) | set(scorer.constraints) == set(FEATURES)
    assert {"gender_conflict", "in_headline", "headline_full"} <= set(FEATURES)
