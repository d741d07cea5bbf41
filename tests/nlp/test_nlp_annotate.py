"""Stage 3 on real text through the real spaCy model: sentences, tokens, mentions, loading."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsdossier.article import Article, Token
from newsdossier.errors import ModelError
from newsdossier.nlp import MENTION_LABELS, annotate, annotate_doc, load_model, model_label
from newsdossier.nlp import model as nlp_model

BODY = (
    "Prime Minister Sanae Takaichi met President Lai Ching-te in Tokyo on Monday. "
    "She said the talks went well.\n\nThe Liberal Democratic Party welcomed the visit."
)


def _annotated(nlp: Any, body: str = BODY, **fields: str) -> Article:
    raw = Article(id="t", source="test", body=body, **fields)  # type: ignore[arg-type]
    return next(annotate([raw], nlp))


def test_nlp_sentences_cover_the_body_in_order(nlp: Any) -> None:
    doc = _annotated(nlp)
    assert len(doc.sentences) >= 3
    starts = [s.start for s in doc.sentences]
    assert starts == sorted(starts)
    assert doc.body[doc.sentences[0].start :].startswith("Prime Minister")
    assert doc.body[doc.sentences[1].start : doc.sentences[1].end].startswith("She said")
    for sent in doc.sentences:
        assert 0 <= sent.start < sent.end <= len(doc.body)


def test_nlp_token_offsets_point_into_the_body(nlp: Any) -> None:
    doc = _annotated(nlp)
    assert [t.i for t in doc.tokens] == list(range(len(doc.tokens)))
    for token in doc.tokens:
        assert doc.body[token.start : token.end] == token.text
        assert 0 <= token.head < len(doc.tokens)
        sent = doc.sentences[token.sent]
        assert sent.start <= token.start < sent.end or not token.text.strip()
    she = next(t for t in doc.tokens if t.text == "She")
    assert she.pos == "PRON"
    assert "Gender=Fem" in she.morph
    met = next(t for t in doc.tokens if t.text == "met")
    assert met.lemma == "meet"


def test_nlp_mentions_in_body_and_side_fields(nlp: Any) -> None:
    doc = _annotated(nlp, title="Takaichi hosts Lai in Tokyo")
    body = [m for m in doc.mentions if m.field == "body"]
    title = [m for m in doc.mentions if m.field == "title"]
    assert any(m.text == "Tokyo" and m.label == "GPE" for m in body)
    assert any("Takaichi" in m.text for m in body)
    for mention in body:
        assert doc.body[mention.start : mention.end] == mention.text
        assert mention.label in MENTION_LABELS
    assert title
    for mention in title:
        assert (doc.title or "")[mention.start : mention.end] == mention.text
    assert not any(m.text == "Monday" for m in doc.mentions)  # DATE is not a mention label


def test_nlp_batches_keep_each_article_its_own_parse(nlp: Any) -> None:
    texts = [f"Article {n} says Paris hosted the summit." for n in range(5)]
    raws = [Article(id=str(n), source="t", body=b) for n, b in enumerate(texts)]
    docs = list(annotate(raws, nlp, batch_size=2))
    assert [d.id for d in docs] == ["0", "1", "2", "3", "4"]
    for doc, text in zip(docs, texts, strict=True):
        assert doc.tokens[1].text == text.split()[1]


def test_nlp_empty_body_has_no_layers(nlp: Any) -> None:
    doc = _annotated(nlp, body="")
    assert doc.tokens == ()
    assert doc.sentences == ()
    assert doc.mentions == ()


def test_nlp_model_label_names_the_pipeline(nlp: Any) -> None:
    label = model_label(nlp)
    assert label.startswith("en_")
    assert "-" in label


def test_nlp_unknown_model_is_a_model_error() -> None:
    with pytest.raises(ModelError, match="no_such_model_xyz"):
        load_model("no_such_model_xyz")


def test_nlp_no_installed_model_is_a_model_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(nlp_model.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelError, match="no English spaCy model"):
        nlp_model.default_model_name()


def _token_by_token(doc: Any) -> list[tuple[Any, ...]]:
    """What each spaCy token's own attributes say (the reading ``_tokens`` replaces)."""
    sent_of = {tok.i: n for n, sent in enumerate(doc.sents) for tok in sent}
    return [
        (
            *(t.i, t.idx, t.idx + len(t.text), t.text, t.lemma_, t.pos_, t.tag_, t.dep_),
            *(t.head.i, str(t.morph), t.ent_iob_, t.ent_type_, sent_of.get(t.i, 0)),
        )
        for t in doc
    ]


def _fields(article: Article) -> list[tuple[Any, ...]]:
    return [dataclasses.astuple(t) for t in article.tokens]


def test_nlp_tokens_equal_the_spacy_token_attributes(nlp: Any) -> None:
    text = BODY + " Émile's co-op didn't pay $5.2m -- (really?) \n\n  ¿Qué?  "
    doc = nlp(text)
    article = annotate_doc(Article(id="t", source="test", body=text), doc, [])
    assert _fields(article) == _token_by_token(doc)
    # made slot by slot, they are the records the constructor gives
    assert article.tokens == tuple(Token(*dataclasses.astuple(t)) for t in article.tokens)
    assert hash(article.tokens[3]) == hash(Token(*dataclasses.astuple(article.tokens[3])))


def test_nlp_tokens_without_a_parse_are_their_own_heads(nlp: Any) -> None:
    """A doc with no dependency labels (a hand-built one, sentences set by hand) gives
    every token itself as head, as `Token.head` does, and empty strings elsewhere."""
    from spacy.tokens import Doc

    words = ["Lai", "met", "Takaichi", ".", "She", "left", "."]
    doc = Doc(nlp.vocab, words=words, sent_starts=[True, False, False, False, True, False, False])
    article = annotate_doc(Article(id="t", source="test", body=doc.text), doc, [])
    assert _fields(article) == _token_by_token(doc)
    assert [t.head for t in article.tokens] == list(range(len(words)))
    assert [t.sent for t in article.tokens] == [0, 0, 0, 0, 1, 1, 1]
