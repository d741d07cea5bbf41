"""Features of (pronoun, candidate) pairs on sentences written for each case: direct
quotes, the pronouns already resolved to a candidate, and a cataphoric governing subject."""

from __future__ import annotations

from typing import Any

from newsdossier.article import Article
from newsdossier.coref.context import Context
from newsdossier.coref.pronouns import person_like, personal, personal_candidates, pronoun_class
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate
from newsdossier.roles import find_roles


def prepared(nlp: Any, body: str) -> Article:
    article = Article(id="t", source="test", body=body, published="2030-05-10")
    return find_roles(group_entities(next(annotate([article], nlp))))


def features_at(article: Article, word: str, nth: int = 0) -> dict[str, dict[str, float]]:
    """Candidate name -> features at the ``nth`` token ``word``, the personal pronouns
    before it resolved in reading order as the stage does."""
    ctx = Context(article)
    at = [t for t in ctx.tokens if t.text == word][nth]
    for tok in ctx.tokens[: at.i]:
        if pronoun_class(tok, ctx) == "personal":
            personal(ctx, tok)
    return {c.entity.name: c.features for c in personal_candidates(ctx, at)}


def test_coref_context_finds_quotes_of_straight_curly_and_tex_marks(nlp: Any) -> None:
    body = "Ana Ruiz said \"we won\" and “they lost”, then ``it ended''. Nothing more."
    ctx = Context(prepared(nlp, body))
    assert [body[s:e] for s, e in ctx.quotes] == ["we won", "they lost", "it ended"]
    assert ctx.quote_at(body.index("won")) == 0
    assert ctx.quote_at(body.index("ended")) == 2
    assert ctx.quote_at(body.index("Ruiz")) is None
    assert ctx.quote_at(body.index("Nothing")) is None


def test_coref_features_pronoun_inside_a_quote_and_its_frame(nlp: Any) -> None:
    article = prepared(
        nlp,
        "Marta Kowalski met Piotr Nowak at the market. "
        'Marta Kowalski said: "He never pays for his bread."',
    )
    found = features_at(article, "He")
    assert found["Marta Kowalski"]["pronoun_quoted"] == 1.0
    assert found["Marta Kowalski"]["quote_frame"] == 1.0
    assert found["Marta Kowalski"]["same_quote"] == 0.0
    assert found["Piotr Nowak"]["quote_frame"] == 0.0
    unquoted = features_at(prepared(nlp, "Daniel Okafor left early. He was tired."), "He")
    assert unquoted["Daniel Okafor"]["pronoun_quoted"] == 0.0


def test_coref_features_count_the_pronouns_already_resolved(nlp: Any) -> None:
    article = prepared(
        nlp,
        "Daniel Okafor opened the library in 2019. He still runs it every day. "
        "Last week he hired Martin Berg. His budget grew.",
    )
    first = features_at(article, "He")
    assert first["Daniel Okafor"]["pronoun_links"] == 0.0
    later = features_at(article, "His")
    assert later["Daniel Okafor"]["pronoun_links"] > 0.0
    assert later["Martin Berg"]["pronoun_links"] == 0.0


def test_coref_features_a_governing_subject_after_the_pronoun_stands_for_its_entity(
    nlp: Any,
) -> None:
    article = prepared(
        nlp,
        "In March the board appointed Linda Osei as treasurer. "
        "On her first day, Linda Osei cut the travel budget.",
    )
    found = features_at(article, "her")
    assert found["Linda Osei"]["cataphora"] == 1.0
    assert found["Linda Osei"]["governing_subject"] == 1.0
    assert found["Linda Osei"]["same_sentence"] == 1.0


def test_coref_features_object_of_the_subjects_own_verb_is_bound(nlp: Any) -> None:
    article = prepared(
        nlp,
        "Irene Castellano met Sofia Brandt at the station. Irene Castellano was annoyed by her.",
    )
    found = features_at(article, "her")
    assert found["Irene Castellano"]["bound_object"] == 1.0
    assert found["Sofia Brandt"]["bound_object"] == 0.0


def test_coref_features_a_mention_governing_the_pronoun(nlp: Any) -> None:
    article = prepared(
        nlp, "Tomas Lindgren visited Paul Okoye. Tomas Lindgren's hope that he would win grew."
    )
    found = features_at(article, "he")
    assert found["Tomas Lindgren"]["mention_governs"] == 1.0
    assert found["Paul Okoye"]["mention_governs"] == 0.0


def test_coref_features_pronouns_of_the_other_gender_already_linked(nlp: Any) -> None:
    article = prepared(
        nlp,
        "Obama spoke at the summit in Lima. Reporters asked him about trade. "
        "Obama listened, and then she laughed.",
    )
    found = features_at(article, "she")
    assert found["Obama"]["other_gender_links"] > 0.0
    assert found["Obama"]["gender_conflict"] == 0.0


def test_coref_a_place_only_written_after_in_or_at_takes_no_personal_pronoun(nlp: Any) -> None:
    article = prepared(
        nlp,
        "Greta Holm bought a farm in Norfolk in 1990. She still lives at Norfolk with her sister.",
    )
    ctx = Context(article)
    (place,) = [e for e in article.entities if e.name == "Norfolk"]
    assert place.type in ("GPE", "LOC", "FAC")
    assert not person_like(ctx, place)
    assert "Norfolk" not in features_at(article, "her")
