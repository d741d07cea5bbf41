"""Gender and number of tokens: the word table first, then the model's morphology."""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.article import Article, Token
from newsdossier.lang.lexicon import lexicon_for
from newsdossier.lang.morph import (
    features,
    given_name_gender,
    is_plural,
    lone_given_name_gender,
    number,
    pronoun_gender,
)
from newsdossier.nlp import annotate


def _tok(text: str, pos: str = "PRON", morph: str = "") -> Token:
    return Token(i=0, start=0, end=len(text), text=text, lemma=text.lower(), pos=pos, tag="",
                 dep="", head=0, morph=morph)  # fmt: skip


def test_lang_morph_features_parse_the_model_string() -> None:
    assert features("Case=Nom|Gender=Fem|Number=Sing|Person=3") == {
        "Case": "Nom",
        "Gender": "Fem",
        "Number": "Sing",
        "Person": "3",
    }
    assert features("") == {}
    assert features("Broken|Number=Plur") == {"Number": "Plur"}


@pytest.mark.parametrize(
    ("word", "gender"),
    [("he", "Masc"), ("Him", "Masc"), ("his", "Masc"), ("himself", "Masc"), ("She", "Fem"),
     ("her", "Fem"), ("hers", "Fem"), ("herself", "Fem")],
)  # fmt: skip
def test_lang_morph_word_table_decides_english_pronouns(word: str, gender: str) -> None:
    assert pronoun_gender(_tok(word)) == gender
    # the table wins over a morphology that says otherwise, so results match the old lists
    other = "Fem" if gender == "Masc" else "Masc"
    assert pronoun_gender(_tok(word, morph=f"Gender={other}"), lexicon_for("en")) == gender


def test_lang_morph_model_gender_for_pronouns_not_in_the_table() -> None:
    assert pronoun_gender(_tok("elle", morph="Gender=Fem|Number=Sing")) == "Fem"
    assert pronoun_gender(_tok("il", morph="Gender=Masc")) == "Masc"
    assert pronoun_gender(_tok("it", morph="Gender=Neut|Number=Sing")) is None
    assert pronoun_gender(_tok("they", morph="Number=Plur")) is None
    assert pronoun_gender(_tok("actress", pos="NOUN", morph="Gender=Fem")) is None


def test_lang_morph_number() -> None:
    assert number(_tok("they", morph="Case=Nom|Number=Plur")) == "Plur"
    assert is_plural(_tok("troops", pos="NOUN", morph="Number=Plur"))
    assert number(_tok("he", morph="Gender=Masc|Number=Sing")) == "Sing"
    assert not is_plural(_tok("he", morph="Number=Sing"))
    assert number(_tok("said", pos="VERB", morph="Tense=Past")) is None


def test_lang_morph_on_the_real_parse(nlp: Any) -> None:
    body = "Maria Lopez said she would stay. Officials said they disagreed with it."
    (doc,) = annotate([Article(id="t", source="t", body=body)], nlp)
    by_text = {t.text: t for t in doc.tokens}
    assert pronoun_gender(by_text["she"]) == "Fem"
    assert pronoun_gender(by_text["they"]) is None
    assert pronoun_gender(by_text["it"]) is None
    assert is_plural(by_text["they"])
    assert is_plural(by_text["Officials"])
    assert not is_plural(by_text["she"])


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Sen. Michael Lee Jr.", "Masc"),  # title and suffix set aside
        ("Former President Bill Carter", "Masc"),
        ("Mrs. Margaret Ward", "Fem"),
        ("Jordan Price", None),  # a given name borne by both
        ("Lee", None),  # a surname alone says nothing
    ],
)
def test_lang_given_name_gender(name: str, gender: str | None) -> None:
    assert given_name_gender(name, lexicon_for("en")) == gender


@pytest.mark.parametrize(
    ("name", "gender"),
    [
        ("Alice", "Fem"),  # a given name, rarely a surname
        ("David", "Masc"),
        ("Harris", None),  # a surname far more often than a given name
        ("Scott", None),  # given name, but a common surname too
        ("Clinton", None),
        ("Alice Harris", None),  # a full name is `given_name_gender`'s to read
    ],
)
def test_lang_lone_given_name_gender(name: str, gender: str | None) -> None:
    assert lone_given_name_gender(name, lexicon_for("en")) == gender
