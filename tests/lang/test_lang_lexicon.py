"""The per-language word lists: one place, no duplicate lists, English fallback."""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

import newsdossier
from newsdossier.lang.lexicon import FALLBACK_LANGUAGE, Lexicon, has_lexicon, lexicon_for

EN = lexicon_for("en")
SRC = Path(newsdossier.__file__).parent
#: Packages whose word lists moved into the lexicon.
MOVED_FROM = ("entities", "roles", "resolve", "clean")


def _word_sets(lex: Lexicon) -> dict[str, frozenset[str]]:
    out = {}
    for f in dataclasses.fields(lex):
        value = getattr(lex, f.name)
        if isinstance(value, frozenset):
            out[f.name] = value
    return out


def test_lang_lexicon_english_is_complete_and_lower_case() -> None:
    sets = _word_sets(EN)
    assert len(sets) >= 15
    for name, words in sets.items():
        assert words, name
        assert all(w == w.lower() for w in words if name != "stop_words"), name
    assert EN.language == "en"


def test_lang_lexicon_no_two_lists_are_the_same() -> None:
    sets = list(_word_sets(EN).items())
    for n, (name, words) in enumerate(sets):
        for other, other_words in sets[n + 1 :]:
            assert words != other_words, f"{name} duplicates {other}"


def test_lang_lexicon_courtesy_titles_are_not_roles() -> None:
    assert not EN.honorifics & EN.title_heads
    assert not EN.honorifics & EN.org_heads


def test_lang_lexicon_pronoun_table_covers_person_pronouns() -> None:
    assert set(EN.pronoun_gender) == EN.person_pronouns
    assert set(EN.pronoun_gender.values()) == {"Masc", "Fem"}


def test_lang_lexicon_stop_words_come_from_spacy() -> None:
    assert EN.stop_words == frozenset(STOP_WORDS)


def test_lang_lexicon_title_words() -> None:
    assert EN.is_title_word("Ministers")
    assert EN.is_title_word("president")
    assert not EN.is_title_word("Tokyo")
    assert not EN.is_title_word("bus")
    assert EN.singular_title("members") == "member"
    assert EN.singular_title("Tokyo") == "Tokyo"


@pytest.mark.parametrize("code", ["en", "EN", "en-GB", "en_US", " en "])
def test_lang_lexicon_english_variants(code: str) -> None:
    assert lexicon_for(code) is EN
    assert has_lexicon(code)


@pytest.mark.parametrize("code", ["ja", "fr", "zz", ""])
def test_lang_lexicon_unknown_language_falls_back_to_english(code: str) -> None:
    assert not has_lexicon(code)
    assert lexicon_for(code) is lexicon_for(FALLBACK_LANGUAGE) is EN


def _literal_word_sets(path: Path) -> list[tuple[int, frozenset[str]]]:
    found = []
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        elts = node.elts if isinstance(node, ast.Set | ast.List | ast.Tuple) else []
        words = [e.value for e in elts if isinstance(e, ast.Constant) and isinstance(e.value, str)]
        if len(words) >= 3 and len(words) == len(elts):
            found.append((node.lineno, frozenset(words)))
    return found


def test_lang_lexicon_lists_are_not_repeated_in_the_stages() -> None:
    known = {words: name for name, words in _word_sets(EN).items()}
    repeats = []
    for package in MOVED_FROM:
        for path in sorted((SRC / package).glob("*.py")):
            for line, words in _literal_word_sets(path):
                if words in known or any(words <= w and len(words) > 4 for w in known):
                    repeats.append(f"{path.name}:{line}")
    assert not repeats
