"""The per-language word lists: one place, no duplicate lists, English fallback."""

from __future__ import annotations

import ast
import dataclasses
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import pytest
from spacy.lang.en.stop_words import STOP_WORDS

import newsdossier
from newsdossier.lang.lexicon import FALLBACK_LANGUAGE, Lexicon, has_lexicon, lexicon_for

EN = lexicon_for("en")
SRC = Path(newsdossier.__file__).parent
#: Packages whose word lists moved into the lexicon.
MOVED_FROM = ("entities", "roles", "resolve", "clean", "timex", "statements", "events", "relations")
#: The stage packages whose English words live in the lexicon only.
STAGES = ("timex", "statements", "events", "relations", "roles")
#: Language-layer modules whose word lists moved into the lexicon.
LANG_MODULES = ("actors.py", "discourse.py", "morph.py", "tree.py")
#: The lexicon's parts, one per area.
PARTS = ("reference", "timex", "statements", "events", "relations")


def _word_sets(lex: Lexicon) -> dict[str, frozenset[str]]:
    """Every frozenset field of the lexicon (top level only)."""
    out = {}
    for f in dataclasses.fields(lex):
        value = getattr(lex, f.name)
        if isinstance(value, frozenset):
            out[f.name] = value
    return out


def _as_words(value: object) -> frozenset[str] | None:
    """The words of a word list (a set or tuple of words, or a table's keys), else None."""
    if isinstance(value, Mapping):
        value = tuple(" ".join(k) if isinstance(k, tuple) else k for k in value)
    if isinstance(value, frozenset | tuple) and value and all(isinstance(w, str) for w in value):
        return frozenset(value)
    return None


def _all_fields(lex: Any, prefix: str = "") -> Iterator[tuple[str, object]]:
    """Every field of the lexicon and of its parts, by dotted name."""
    for f in dataclasses.fields(lex):
        value = getattr(lex, f.name)
        if dataclasses.is_dataclass(value):
            yield from _all_fields(value, f"{prefix}{f.name}.")
        else:
            yield f"{prefix}{f.name}", value


def _all_word_lists(lex: Any) -> Iterator[tuple[str, frozenset[str]]]:
    """Every word list and word table (its keys) of the lexicon and its parts."""
    for name, value in _all_fields(lex):
        words = _as_words(value)
        if words is not None:
            yield name, words


def _contents(value: object) -> object:
    """What a list holds, for comparing lists: a set of words, or a table's items (a word
    table says more than its words, so it is compared with tables only)."""
    if isinstance(value, Mapping):
        return ("table", frozenset(value.items()))
    return ("list", _as_words(value))


def test_lang_lexicon_english_is_complete_and_lower_case() -> None:
    sets = _word_sets(EN)
    assert len(sets) >= 15
    for name, words in _all_word_lists(EN):
        assert words, name
        assert all(w == w.lower() for w in words if name != "stop_words"), name
    assert EN.language == "en"


def test_lang_lexicon_has_a_part_per_area() -> None:
    for part in PARTS:
        value = getattr(EN, part)
        assert dataclasses.is_dataclass(value), part
        assert value.__dataclass_params__.frozen, part  # type: ignore[attr-defined]
        assert len(list(_all_word_lists(value))) >= 5, part


def test_lang_lexicon_no_two_lists_are_the_same() -> None:
    lists = [(name, _contents(v)) for name, v in _all_fields(EN) if _as_words(v) is not None]
    assert len(lists) > 80
    for n, (name, words) in enumerate(lists):
        for other, other_words in lists[n + 1 :]:
            assert words != other_words, f"{name} duplicates {other}"


def test_lang_lexicon_lists_that_differ_on_purpose_still_differ() -> None:
    """Lists with one job and different contents are kept apart, as the code used them."""
    timex, statements = EN.timex, EN.statements
    assert set(timex.every_seasons) == set(timex.seasons) - {"fall"}
    assert timex.every_parts_of_day == set(timex.parts_of_day) - {"overnight"}
    assert timex.past_weekday_words == timex.past_month_words | {"previous", "the previous"}
    assert timex.next_weekday_words == timex.next_month_words | {"the following", "the next"}
    relative = EN.reference.relative_pronouns
    assert statements.subject_relative_pronouns == relative - {"whose"}
    plural = {"these", "those"}
    assert statements.singular_definite_determiners == EN.events.definite_determiners - plural
    assert EN.saying_verbs == (EN.speech_verbs - {"told"}) | (EN.saying_verbs - EN.speech_verbs)
    assert EN.speech_verbs - EN.saying_verbs == {"told"}


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


#: A lower-case word or phrase ("say", "according to", "new year's day", "sen.").
_WORD = re.compile(r"[a-z][a-z'’.-]*(?: [a-z][a-z'’.-]*)*")
#: Module-level sets of lower-case strings that are not English words, and why.
NOT_WORDS = {
    ("timex/join.py", "_YEARLESS_RULES"): "names of timex rules (`patterns.RULES`)",
    ("timex/stage.py", "SIDE_FIELDS"): "article field names (`Field` values)",
    ("statements/reported.py", "_INHERIT_DEPS"): "dependency labels",
    ("statements/reported.py", "_CORE_DEPS"): "dependency labels",
    ("statements/cues.py", "_BETWEEN_DEPS"): "dependency labels",
    ("events/candidates.py", "_OBJECT_DEPS"): "dependency labels",
    ("events/candidates.py", "_MODIFIER_DEPS"): "dependency labels",
    ("events/participants.py", "_CONTROL"): "dependency labels",
    ("roles/clauses.py", "_DROP_DEPS"): "dependency labels",
}


def _literal_words(node: ast.AST) -> list[str]:
    """The lower-case words of a literal set, list or tuple of strings, or of a string
    split into words (``"a b c".split()``, ``_words("a b c")``)."""
    if isinstance(node, ast.Set | ast.List | ast.Tuple):
        strings = [e.value for e in node.elts if isinstance(e, ast.Constant)]
        if len(strings) != len(node.elts) or not all(isinstance(v, str) for v in strings):
            return []
        return [v for v in strings if _WORD.fullmatch(v)]
    if not isinstance(node, ast.Call):
        return []
    text = None
    func, args = node.func, node.args
    if isinstance(func, ast.Attribute) and func.attr == "split":
        text = func.value.value if isinstance(func.value, ast.Constant) else None
    elif len(args) == 1 and isinstance(args[0], ast.Constant):
        text = args[0].value
    if not isinstance(text, str):
        return []
    words = text.split()
    return words if all(_WORD.fullmatch(w) for w in words) else []


def _module_assignments(tree: ast.Module) -> Iterator[tuple[str, ast.AST]]:
    """(name, value) of every assignment at module or class level, not inside functions."""
    stack: list[ast.stmt] = list(tree.body)
    while stack:
        node = stack.pop()
        if isinstance(node, ast.ClassDef):
            stack.extend(node.body)
        elif isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            for target in targets:
                yield ast.unparse(target), node.value


def _word_lists_in(path: Path) -> Iterator[tuple[str, int, list[str]]]:
    """Module-level literal collections of 3 or more lower-case words, with the name they
    are assigned to (type expressions such as ``Literal[...]`` are not collections)."""
    for name, value in _module_assignments(ast.parse(path.read_text("utf-8"))):
        types = {id(n.slice) for n in ast.walk(value) if isinstance(n, ast.Subscript)}
        for node in ast.walk(value):
            words = [] if id(node) in types else _literal_words(node)
            if len(words) >= 3:
                yield name, getattr(node, "lineno", 0), words


def test_lang_lexicon_stages_define_no_word_lists() -> None:
    found, allowed = [], set()
    for package in STAGES:
        for path in sorted((SRC / package).glob("*.py")):
            for name, line, words in _word_lists_in(path):
                key = (f"{package}/{path.name}", name)
                if key in NOT_WORDS:
                    allowed.add(key)
                else:
                    found.append(f"{key[0]}:{line} {name} = {words[:4]}...")
    assert not found, "English word lists belong in newsdossier.lang.lexicon"
    assert allowed == set(NOT_WORDS), "an allow-listed set is gone: drop it from NOT_WORDS"


def test_lang_lexicon_language_layer_defines_no_word_lists() -> None:
    not_words = {"CLAUSE_EDGES", "_NAME_DEPS", "_VERBAL"}  # dependency labels, POS tags
    found = [
        f"{module}:{line} {name}"
        for module in LANG_MODULES
        for name, line, _ in _word_lists_in(SRC / "lang" / module)
        if name not in not_words
    ]
    assert not found
    assert not (SRC / "lang" / "speech.py").exists()


def test_lang_lexicon_stage_lexicon_modules_hold_no_words() -> None:
    assert not (SRC / "relations" / "lexicon.py").exists()
    assert not (SRC / "statements" / "lexicon.py").exists()
    assert not list(_word_lists_in(SRC / "timex" / "lexicon.py"))


def test_lang_lexicon_the_scan_sees_every_form_of_word_list() -> None:
    source = (
        "A = frozenset({'say', 'tell', 'add'})\n"
        "B = ('in', 'at', 'to')\n"
        "C = _words('hold have make')\n"
        "D = 'win lose run'.split()\n"
        "E: dict[str, frozenset[str]] = {'point': frozenset({'out', 'up', 'down'})}\n"
        "T = Literal['past', 'future', 'present']\n"
        "U = frozenset({'PERSON', 'ORG', 'GPE'})\n"
        "def f():\n    return ('x', 'y', 'z')\n"
    )
    names = set()
    for name, value in _module_assignments(ast.parse(source)):
        types = {id(n.slice) for n in ast.walk(value) if isinstance(n, ast.Subscript)}
        if any(len(_literal_words(n)) >= 3 for n in ast.walk(value) if id(n) not in types):
            names.add(name)
    assert names == {"A", "B", "C", "D", "E"}


def test_lang_lexicon_given_names_only_when_one_gender_bears_them() -> None:
    names = lexicon_for("en").reference.given_name_gender
    assert names["michael"] == "Masc"
    assert names["margaret"] == "Fem"
    for shared in ("jordan", "kim", "taylor"):  # borne by men and women alike
        assert shared not in names
