"""Country names, codes and demonyms from ISO 3166 (pycountry), and US states.

Every country is known under its ISO name, common name and official name; the few
conventional short forms ISO does not list ("Russia", "Britain", "America") and the
irregular demonyms ("French", "Dutch") are general knowledge kept below. Regular
demonyms are derived from the names by English suffix rules, so the list follows the
ISO data rather than a hand list.

`GroupKey` is the typed key under which names of one thing meet: `place_key` and
`newsdossier.lang.laws.law_key` make them here, the entities stage groups an article's
mentions by them, and resolution stores them as text (`GroupKey.text`, ``"country:JP"``).
It lives in this module because both of its producers can import it from here and
``newsdossier.lang`` may not import the stages.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal, NamedTuple

import pycountry

from newsdossier.article import Token
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.text import fold

#: Conventional English short names where ISO's name is formal ("Russian Federation").
_SHORT_NAMES = {
    "RU": "Russia",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "FM": "Micronesia",
    "PS": "Palestine",
    "TR": "Turkey",
    "CZ": "Czech Republic",
    "VA": "Vatican City",
    "BN": "Brunei",
    "CV": "Cape Verde",
}
#: Other names in common use.
_EXTRA_NAMES = {
    "US": ("America", "USA", "United States of America", "the States"),
    "GB": ("Britain", "Great Britain", "UK", "United Kingdom"),
    "KR": ("Republic of Korea", "ROK"),
    "KP": ("DPRK",),
    "TW": ("Republic of China", "ROC"),
    "CN": ("People's Republic of China", "PRC", "Mainland China"),
    "MM": ("Burma",),
    "CI": ("Ivory Coast",),
    "NL": ("Holland",),
    "TR": ("Türkiye", "Turkiye"),
    "CZ": ("Czechia",),
    "MK": ("Macedonia",),
    "SZ": ("Swaziland",),
    "AE": ("UAE", "Emirates"),
}
#: Demonyms not derivable by suffix rules.
_IRREGULAR_DEMONYMS = {
    "US": ("American", "Americans"),
    "GB": ("British", "Briton", "Britons", "English", "Scottish", "Welsh"),
    "FR": ("French", "Frenchman"),
    "NL": ("Dutch",),
    "CH": ("Swiss",),
    "GR": ("Greek", "Greeks"),
    "TH": ("Thai", "Thais"),
    "PH": ("Filipino", "Filipinos", "Philippine"),
    "DK": ("Danish", "Dane", "Danes"),
    "FI": ("Finnish", "Finn", "Finns"),
    "IE": ("Irish",),
    "ES": ("Spanish", "Spaniard", "Spaniards"),
    "PT": ("Portuguese",),
    "AF": ("Afghan", "Afghans"),
    "AR": ("Argentine", "Argentinian"),
    "SA": ("Saudi", "Saudis"),
    "AE": ("Emirati", "Emiratis"),
    "NZ": ("New Zealander",),
    "CZ": ("Czech", "Czechs"),
    "SK": ("Slovak", "Slovaks"),
    "PL": ("Polish", "Pole", "Poles"),
    "SE": ("Swedish", "Swede", "Swedes"),
    "TR": ("Turkish", "Turk", "Turks"),
    "IL": ("Israeli", "Israelis"),
    "PE": ("Peruvian",),
    "NO": ("Norwegian",),
    "BE": ("Belgian",),
    "LA": ("Lao", "Laotian"),
    "IQ": ("Iraqi", "Iraqis"),
    "KR": ("South Korean", "South Koreans"),
    "KP": ("North Korean", "North Koreans"),
    "CN": ("Chinese",),
}
#: Suffix rules turning a country name into candidate demonyms, most specific first.
_DEMONYM_RULES: tuple[tuple[str, int, str], ...] = (
    # (name ending, characters to drop, suffix to add)
    ("a", 1, "ese"),
    ("", 0, "ese"),
    ("a", 0, "n"),
    ("ia", 0, "n"),
    ("y", 1, ""),
    ("y", 1, "ian"),
    ("e", 1, "ian"),
    ("e", 0, "an"),
    ("o", 1, "an"),
    ("um", 2, "an"),
    ("", 0, "ian"),
    ("a", 1, "ian"),
    ("", 0, "i"),
    ("", 0, "an"),
)


#: What a `GroupKey` groups by:
#:
#: - ``country``: a country by ISO 3166 alpha-2 code (``JP``)
#: - ``subdiv``: a US state or territory by ISO 3166-2 code (``US-GA``)
#: - ``law``: a treaty or law by sorted parties and its other words (``JP+US:security treaty``)
#: - ``norp``: a nationality by country code (``JP``), else by its folded form
#: - ``name``: any other name by its folded form
#: - ``ambiguous``: a folded name that is both a US state and a country ("georgia"), until
#:   the article's context decides which
KeyKind = Literal["country", "subdiv", "law", "norp", "name", "ambiguous"]


class GroupKey(NamedTuple):
    """A key under which names of the same thing meet: its kind and its value in that kind.

    ``GroupKey("country", "GE")`` is Georgia the country, ``GroupKey("subdiv", "US-GA")``
    the US state. Two keys are equal when kind and value are.
    """

    kind: KeyKind
    value: str

    @property
    def text(self) -> str:
        """The key as one string, ``"kind:value"`` (``"country:GE"``), as resolution stores it."""
        return f"{self.kind}:{self.value}"


@dataclass(frozen=True, slots=True)
class Country:
    """A country by ISO 3166 alpha-2 code and its conventional English name."""

    code: str
    name: str


def canonical_name(code: str) -> str:
    """The conventional English short name of the country with this alpha-2 code."""
    if code in _SHORT_NAMES:
        return _SHORT_NAMES[code]
    record = pycountry.countries.get(alpha_2=code)
    if record is None:
        return code
    common: str | None = getattr(record, "common_name", None)
    if common:
        return common
    name: str = record.name
    return name.split(",")[0] if "," in name else name


@lru_cache(maxsize=1)
def _name_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for record in pycountry.countries:
        code = record.alpha_2
        names = [record.name, canonical_name(code)]
        names += [getattr(record, a, None) or "" for a in ("common_name", "official_name")]
        names += list(_EXTRA_NAMES.get(code, ()))
        for name in names:
            if name:
                table.setdefault(fold(name), code)
    return table


@lru_cache(maxsize=1)
def _code_table() -> dict[str, str]:
    table = {}
    for record in pycountry.countries:
        table[record.alpha_2] = record.alpha_2
        table[record.alpha_3] = record.alpha_2
    table["UK"] = "GB"
    return table


@lru_cache(maxsize=1)
def _demonym_table() -> dict[str, str]:
    ranked: dict[str, tuple[int, set[str]]] = {}
    for record in pycountry.countries:
        code = record.alpha_2
        for name in {canonical_name(code), record.name}:
            if "," in name or "(" in name:
                continue
            for rank, (ending, drop, suffix) in enumerate(_DEMONYM_RULES):
                if name.endswith(ending):
                    form = fold(name[: len(name) - drop] + suffix)
                    best = ranked.get(form)
                    if best is None or rank < best[0]:
                        ranked[form] = (rank, {code})
                    elif rank == best[0]:
                        best[1].add(code)
    table = {form: next(iter(codes)) for form, (_, codes) in ranked.items() if len(codes) == 1}
    for code, forms in _IRREGULAR_DEMONYMS.items():
        for form in forms:
            table[fold(form)] = code
    return table


def country_named(surface: str, *, allow_codes: bool = False) -> Country | None:
    """The country a name refers to ("the United States", "U.S.", "South Korea").

    ISO codes ("US", "USA", "U.S.") count only with ``allow_codes`` (when the model
    already labelled the surface a place) and only when written in capitals.
    """
    code = _name_table().get(fold(surface))
    if code is None and allow_codes:
        compact = surface.replace(".", "").strip()
        if compact.isupper() and 2 <= len(compact) <= 3:
            code = _code_table().get(compact)
    return Country(code, canonical_name(code)) if code else None


def country_of_demonym(surface: str) -> Country | None:
    """The country a demonym or adjective names ("Japanese", "Chinese", "American")."""
    key = fold(surface)
    code = _demonym_table().get(key)
    if code is None and key.endswith("s"):
        code = _demonym_table().get(key[:-1])
    return Country(code, canonical_name(code)) if code else None


class UsState(NamedTuple):
    """A US state or territory by ISO 3166-2 code (``US-GA``) and its ISO name."""

    code: str
    name: str


@lru_cache(maxsize=1)
def _us_states() -> dict[str, UsState]:
    table = {}
    for sub in pycountry.subdivisions.get(country_code="US") or ():  # type: ignore[no-untyped-call]
        table[fold(sub.name)] = UsState(sub.code, sub.name)
    return table


def us_state_named(surface: str) -> UsState | None:
    """The US state or territory with this name (``Georgia`` -> ``US-GA``), or None."""
    return _us_states().get(fold(surface))


#: Suffix that marks a US state whose name is also a country's ("Georgia (U.S. state)").
STATE_SUFFIX = " (U.S. state)"


def place_key(name: str) -> GroupKey | None:
    """The key of a place name: a country, a US state, or None for neither.

    "Georgia" is ``GroupKey("country", "GE")``: a name that is both is the country
    unless it carries `STATE_SUFFIX`, as "Georgia (U.S. state)" (``GroupKey("subdiv",
    "US-GA")``) does.
    """
    if name.endswith(STATE_SUFFIX):
        state = us_state_named(name[: -len(STATE_SUFFIX)])
        return GroupKey("subdiv", state.code) if state else None
    country = country_named(name)
    if country:
        return GroupKey("country", country.code)
    state = us_state_named(name)
    return GroupKey("subdiv", state.code) if state else None


def located(head: Token, tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """Whether the name headed by ``head`` is the object of a locating preposition ("in
    Essex", "at Storkyrkan": `Lexicon.locating_prepositions`)."""
    return head.dep == "pobj" and tokens[head.head].text.lower() in lexicon.locating_prepositions
