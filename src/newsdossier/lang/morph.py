"""Gender and number of a token: from the model's morphology, with a word table first.

`Token.morph` holds the model's morphological features as ``"Gender=Masc|Number=Sing|..."``.
For a personal pronoun the language's word table (`Lexicon.pronoun_gender`) decides when it
lists the word, so English results are those of the word lists the stages used before; the
morphology decides for a pronoun the table does not list (another language, an unusual form).
"""

from __future__ import annotations

from newsdossier.article import Token
from newsdossier.lang.lexicon import FALLBACK_LANGUAGE, Lexicon, lexicon_for

#: Genders a person can have; the model's "Neut" (``it``) is not one.
PERSON_GENDERS = frozenset({"Masc", "Fem"})


def features(morph: str) -> dict[str, str]:
    """The morphology string ``"Gender=Masc|Number=Sing"`` as a mapping of feature to value."""
    out: dict[str, str] = {}
    for part in morph.split("|"):
        key, sep, value = part.partition("=")
        if sep and key:
            out[key] = value
    return out


def pronoun_gender(token: Token, lexicon: Lexicon | None = None) -> str | None:
    """``"Masc"`` or ``"Fem"`` when ``token`` is a pronoun that names a man or a woman, else None.

    The lexicon's word table wins where it lists the word (``he``, ``her``, ``himself``...);
    otherwise a pronoun (``pos == "PRON"``) takes the model's ``Gender`` if it is Masc or Fem.
    """
    lex = lexicon if lexicon is not None else lexicon_for(FALLBACK_LANGUAGE)
    word = token.text.lower()
    if word in lex.pronoun_gender:
        return lex.pronoun_gender[word]
    if token.pos != "PRON":
        return None
    gender = features(token.morph).get("Gender")
    return gender if gender in PERSON_GENDERS else None


def number(token: Token) -> str | None:
    """The model's grammatical number of ``token`` (``"Sing"``, ``"Plur"``), or None if unmarked."""
    return features(token.morph).get("Number")


def is_plural(token: Token) -> bool:
    """Whether the model marks ``token`` as plural (``Number=Plur``)."""
    return number(token) == "Plur"


def given_name(name: str, lexicon: Lexicon) -> str | None:
    """The given name of a person's full name, lower-case: the first word once leading
    honorifics, titles ("former" too) and a trailing suffix are set aside ("Sen. Michael
    Lee Jr." -> "michael"); None for a name of one word."""
    parts = [p for p in name.split() if p.lower().rstrip(".") not in lexicon.name_suffixes]
    ref = lexicon.reference
    while parts and (
        parts[0].lower() in ref.honorific_gender
        or parts[0].lower() in ref.title_abbreviations
        or parts[0].lower() in ref.former_title_modifiers
        or lexicon.is_title_word(parts[0].lower().rstrip("."))
    ):
        parts = parts[1:]
    return parts[0].lower() if len(parts) >= 2 else None


def given_name_gender(name: str, lexicon: Lexicon) -> str | None:
    """``"Masc"`` or ``"Fem"`` when the `given_name` of a person's full name is nearly
    always borne by one gender (`ReferenceWords.given_name_gender`); None for a name of
    one word."""
    first = given_name(name, lexicon)
    return lexicon.reference.given_name_gender.get(first) if first else None


def name_gender_certain(name: str, lexicon: Lexicon) -> bool:
    """Whether the name's given name (or the name itself, when it is one given name
    standing alone: `lone_given_name_gender`) shows its gender beyond doubt
    (`ReferenceWords.certain_given_names`)."""
    ref = lexicon.reference
    first = given_name(name, lexicon)
    if first is None:
        parts = name.split()
        single = parts[0].lower() if len(parts) == 1 else ""
        first = single if single in ref.lone_given_name_gender else None
    return first is not None and first in ref.certain_given_names


def lone_given_name_gender(name: str, lexicon: Lexicon) -> str | None:
    """``"Masc"`` or ``"Fem"`` when a person named by one word is named by a given name of
    one gender that is rarely a surname (`ReferenceWords.lone_given_name_gender`:
    "Alice", not "Harris"); None for any other name."""
    parts = name.split()
    if len(parts) != 1:
        return None
    return lexicon.reference.lone_given_name_gender.get(parts[0].lower())
