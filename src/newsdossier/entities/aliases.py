"""Short forms and missed occurrences of a group's names.

`attach_short_forms` joins a one-word name ("Lopez") to the person whose full name it
shortens ("Maria Lopez"); `add_alias_occurrences` then turns later occurrences of every
name of a group that the model did not tag into mentions of that group.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator

from newsdossier.article import Field
from newsdossier.entities.candidate import Candidate
from newsdossier.entities.evidence import GroupTypes
from newsdossier.entities.gender import Genders, honorific_before, name_parts, names_gender
from newsdossier.entities.groups import Groups
from newsdossier.entities.headlines import common_words
from newsdossier.lang.index import BodyIndex
from newsdossier.lang.lexicon import Lexicon
from newsdossier.lang.morph import given_name_gender
from newsdossier.lang.places import GroupKey, country_named, country_of_demonym, located
from newsdossier.lang.text import fold, is_acronym, is_cjk, words

#: Characters besides letters, digits and "_" that continue a word: a surface found right
#: after one is inside a word ("O'Neill", "Smith-Jones").
_JOINERS = "’'-"


def attach_short_forms(
    cands: list[Candidate],
    groups: Groups,
    body: BodyIndex,
    texts: dict[Field, str],
    lex: Lexicon,
    genders: Genders,
    types: GroupTypes | None = None,
) -> None:
    """A one-word name joins the unique person whose full name begins or ends with it.

    A name after a gendered honorific ("Mrs. Lopez") never joins a person the article
    shows as the other gender, or one whose given name differs from the one written with
    that honorific ("Mrs. Maria Lopez"): see `Genders.may_join`. Group types come from
    ``types`` (made here when not given).
    """
    types = types or GroupTypes(body, texts, lex)
    members = groups.members()
    people: dict[str, list[int]] = defaultdict(list)
    mistyped: set[tuple[int, str]] = set()
    for root, idx in members.items():
        group = [cands[i] for i in idx]
        decided = types.decide(group)
        for cand in group:
            forms = _short_forms(cand, decided, lex)
            if decided != "PERSON" and (surname := _surname_of_given_name(cand, lex)):
                forms.add(surname)  # joined only by a mention the model calls a person
                mistyped.add((root, surname))
            for part in forms:
                if root not in people[part]:
                    people[part].append(root)
    for root, idx in members.items():
        group = [cands[i] for i in idx]
        surfaces = {c.text for c in group if not is_cjk(c.text)}
        if len(surfaces) != 1:
            continue
        (surface,) = surfaces
        if len(words(surface)) != 1 or is_acronym(surface):
            continue
        labels = {label for c in group for label in c.model_labels}
        mislabelled = bool(labels) and not labels & {"PERSON", "ORG"}
        if mislabelled and not _name_of_person_mislabelled(group, body, lex):
            continue
        if not mislabelled and not all(c.key.kind == "name" for c in group):
            continue
        owners = [
            r
            for r in people.get(surface, [])
            if r != root
            and (not mislabelled or _surname_after(surface, idx, members[r], cands, lex))
            and ((r, surface) not in mistyped or "PERSON" in labels)
            and _gender_fits(_marked(idx, genders), r, surface, members, cands, genders, lex)
            and _pronouns_fit(idx, r, members, cands, genders, lex)
        ]
        if owners:
            groups.union(root, _nearest_owner(owners, group, members, cands))


def _name_of_person_mislabelled(group: list[Candidate], body: BodyIndex, lex: Lexicon) -> bool:
    """Whether a one-word name the model gave another type ("Hobbs" as a place, "Codey's"
    as one) may still be a person's surname: no table knows it as a country, state or
    nationality, and each body mention is a clause's subject or a possessor, never after
    a locating preposition ("moved to Houston" is the city, "Hobbs had other commitments"
    a driver)."""
    if any(c.key.kind != "name" and not _unknown_norp(c) for c in group):
        return False
    for cand in group:
        if cand.field != "body":
            continue
        head = body.head(cand.start, cand.end)
        if head is None or head.dep not in _NAME_PLACES or located(head, body.tokens, lex):
            return False
    return True


#: Where a one-word surname the model mistyped, or the parser tagged as a common word,
#: may still be read as the name (`_name_of_person_mislabelled`, `_proper_here`): a
#: clause's subject or a possessor.
_NAME_PLACES = frozenset({"nsubj", "nsubjpass", "poss"})


def _surname_after(
    surface: str, idx: list[int], owner: list[int], cands: list[Candidate], lex: Lexicon
) -> bool:
    """Whether ``surface`` is the last word of one of the owner's names of two or more
    words, first written before it (a text gives a person's full name first)."""
    full = (name_parts(cands[i].text, lex) for i in owner)
    ends = any(len(parts) >= 2 and parts[-1] == surface for parts in full)
    return ends and _first_body(cands, owner) < _first_body(cands, idx)


def _unknown_norp(cand: Candidate) -> bool:
    """A name the model called a nationality that no table knows as one ("Haza")."""
    return cand.key.kind == "norp" and country_of_demonym(cand.text) is None


#: Pronouns of one gender referring back to a one-word name that keep it from joining a
#: full name of the other gender (`_pronouns_fit`).
SPLITTING_PRONOUNS = 2.0
#: The same for a one-word name written before the full name it would shorten, whose
#: given name shows the other gender: "Bailey was born ... She married Ted Bailey" (a
#: text gives a person's full name first, so a surname before it is seldom that person's).
SPLITTING_PRONOUNS_GIVEN_NAME = 1.0


def _pronouns_fit(
    idx: list[int],
    owner: int,
    members: dict[int, list[int]],
    cands: list[Candidate],
    genders: Genders,
    lex: Lexicon,
) -> bool:
    """Whether the pronouns that refer back to a one-word name allow its owner: "Carter
    ... she" does not join "Bill Carter", whom his given name (or the article) shows as a
    man. It takes subject pronouns outside quotes, all of one gender (the links are read
    from the nearest subject, not checked: one can be wrong): two, or one when the
    one-word name comes before the owner's first mention and the owner's given name (not
    its pronouns) shows the other gender; else it joins."""
    votes: Counter[str] = Counter()
    for i in idx:
        votes.update(genders.subject_pronouns.get(i, Counter()))
    if len(votes) != 1:
        return True
    (own,) = votes
    by_pronouns = genders.group_gender(members[owner], subjects_only=True)
    shown = by_pronouns or names_gender([cands[i].text for i in members[owner]], lex)
    before = _first_body(cands, idx) < _first_body(cands, members[owner])
    needed = SPLITTING_PRONOUNS_GIVEN_NAME if before and not by_pronouns else SPLITTING_PRONOUNS
    return sum(votes.values()) < needed or shown is None or shown == own


def _first_body(cands: list[Candidate], idx: list[int]) -> int:
    """Where the first body mention of these candidates starts (a large number if none)."""
    return min((cands[i].start for i in idx if cands[i].field == "body"), default=1 << 62)


def _marked(idx: list[int], genders: Genders) -> str | None:
    """The one gender honorifics give a group's mentions, if they agree on one."""
    marked = {genders.of(i) for i in idx} - {None}
    return next(iter(marked)) if len(marked) == 1 else None


def _gender_fits(
    gender: str | None,
    owner: int,
    surname: str,
    members: dict[int, list[int]],
    cands: list[Candidate],
    genders: Genders,
    lex: Lexicon,
) -> bool:
    """Whether a short form's honorific gender allows the owner group (see `Genders`)."""
    if gender is None:
        return True
    shown = genders.group_gender(members[owner])
    if shown is not None and shown != gender:
        return False
    names = [name_parts(cands[i].text, lex) for i in members[owner]]
    return genders.may_join(gender, surname, names)


def _short_forms(cand: Candidate, decided: str, lex: Lexicon) -> set[str]:
    """The one-word forms a name can be shortened to.

    A person by surname or (East Asian order) family name first; a company by its
    first word when the rest is a corporate noun ("Conner" for "Conner Peripherals Inc.").
    A first word that names an institution of its own is not a short form: "Senate" is
    the body a "Senate Armed Services Committee" belongs to, not the committee.
    """
    parts = [p for p in cand.text.split() if p.lower().rstrip(".") not in lex.name_suffixes]
    if len(parts) < 2 or is_cjk(cand.text) or cand.key.kind != "name":
        return set()
    if decided == "PERSON":
        return {parts[0], parts[-1]}
    if decided == "ORG" and parts[-1].lower() in lex.org_heads and not country_of_demonym(parts[0]):
        first = parts[0]
        own = first.lower() in lex.org_heads
        return {first} if first[:1].isupper() and not country_named(first) and not own else set()
    return set()


def _surname_of_given_name(cand: Candidate, lex: Lexicon) -> str | None:
    """The last word of a name of two or three words that begins with a given name of one
    gender ("Elisabet Ney", whatever type the model gave it), unless that word heads an
    organisation ("Helen Hitchings Gallery" has no surname "Gallery" to be joined by)."""
    parts = name_parts(cand.text, lex)
    if not 2 <= len(parts) <= 3 or cand.key.kind != "name" or not given_name_gender(cand.text, lex):
        return None
    last = parts[-1]
    low = last.lower()
    if not last[:1].isupper() or low in lex.org_heads or low in lex.corporate_suffixes:
        return None
    return last


def _nearest_owner(
    owners: list[int], group: list[Candidate], members: dict[int, list[int]], cands: list[Candidate]
) -> int:
    """Of several people sharing a name part, the one mentioned last before the short form."""
    if len(owners) == 1:
        return owners[0]
    first = (
        min(c.start for c in group if c.field == "body")
        if any(c.field == "body" for c in group)
        else 0
    )

    def last_before(root: int) -> int:
        starts = [
            cands[i].start
            for i in members[root]
            if cands[i].field == "body" and cands[i].start < first
        ]
        return max(starts, default=-1)

    return max(owners, key=last_before)


def add_alias_occurrences(
    cands: list[Candidate],
    groups: Groups,
    texts: dict[Field, str],
    body: BodyIndex,
    lex: Lexicon,
    genders: Genders,
    types: GroupTypes | None = None,
    common: frozenset[str] | None = None,
) -> None:
    """Later occurrences of a group's surfaces the model did not tag become mentions.

    An occurrence after a gendered honorific is left out when the group is shown as the
    other gender or has another given name (`Genders`, as for short forms). Group types
    come from ``types`` (made here when not given); ``common`` is `common_words` of the
    body, when already known.
    """
    taken: dict[Field, list[tuple[int, int]]] = defaultdict(list)
    for cand in cands:
        taken[cand.field].append((cand.start, cand.end))
    surfaces = _search_surfaces(cands, groups, types or GroupTypes(body, texts, lex), lex)
    members = groups.members()
    common = common_words(body) if common is None else common
    for surface in sorted(surfaces, key=len, reverse=True):
        root = surfaces[surface]
        for field, text in texts.items():
            for start, end in _occurrences(text, surface):
                if any(s < end and start < e for s, e in taken[field]):
                    continue
                if not _proper_here(surface, field, start, body, common):
                    continue
                gender = honorific_before(text, start, lex)
                if not _gender_fits(gender, root, surface, members, cands, genders, lex):
                    continue
                key = GroupKey("name", fold(surface))
                cands.append(Candidate(start, end, surface, "", field, "alias", key=key))
                groups.union(root, groups.add())
                taken[field].append((start, end))


def _occurrences(text: str, surface: str) -> Iterator[tuple[int, int]]:
    """Where ``surface`` stands in ``text`` as a word of its own: not right after a word
    character or one of `_JOINERS`, not right before a word character
    (a substring search: a pattern compiled per surface cost more than the search)."""
    at = text.find(surface) if surface else -1
    while at >= 0:
        end = at + len(surface)
        inside = (at > 0 and _continues_word(text[at - 1])) or (
            end < len(text) and _is_word_char(text[end])
        )
        if inside:
            at = text.find(surface, at + 1)
        else:
            yield at, end
            at = text.find(surface, end)


def _is_word_char(ch: str) -> bool:
    """What ``\\w`` matches: a letter, a digit or an underscore."""
    return ch.isalnum() or ch == "_"


def _continues_word(ch: str) -> bool:
    """Whether a surface right after ``ch`` would be inside a word."""
    return _is_word_char(ch) or ch in _JOINERS


def _search_surfaces(
    cands: list[Candidate], groups: Groups, types: GroupTypes, lex: Lexicon
) -> dict[str, int]:
    """Each surface to look for, with the group it belongs to.

    Besides every written form, a person's surname is looked for (and the first word
    too when a CJK alias or a hyphenated given name shows family-name-first order);
    a name part two people share is left out.
    """
    surfaces: dict[str, int] = {}
    parts: dict[str, set[int]] = defaultdict(set)
    for root, idx in sorted(groups.members().items()):
        group = [cands[i] for i in idx]
        for cand in group:
            surfaces.setdefault(cand.text, root)
        if types.decide(group) != "PERSON":
            continue
        names = [
            [p for p in c.text.split() if p.lower().rstrip(".") not in lex.name_suffixes]
            for c in group
            if not is_cjk(c.text)
        ]
        longest = max(names, key=len, default=[])
        if len(longest) < 2:
            continue
        parts[longest[-1]].add(root)
        if any(is_cjk(c.text) for c in group) or "-" in longest[-1]:
            parts[longest[0]].add(root)
    for part, roots in parts.items():
        if len(roots) == 1 and len(part) > 1 and part[0].isupper():
            surfaces.setdefault(part, next(iter(roots)))
    return surfaces


def _proper_here(
    surface: str, field: Field, start: int, body: BodyIndex, common: frozenset[str]
) -> bool:
    """A one-word surface counts only where the parser reads a proper noun; in a title,
    kicker or caption (capitalised by position or headline style), only when the body
    never writes it in lower case as a common word ("Coal company files ..." over a body
    about a "coal producer" named "Bramble Coal")."""
    if " " in surface or is_cjk(surface) or is_acronym(surface):
        return True
    if field != "body":
        return surface.lower() not in common
    index = body.by_start.get(start)
    if index is None:
        return False
    token = body.tokens[index]
    if token.pos == "PROPN":
        return True
    # "Sarakalo was trained ...": a surname the parser took for a common noun, where only
    # a name or a noun can stand, and which the body never writes in lower case
    return (
        token.dep in _NAME_PLACES
        and token.pos in ("NOUN", "ADJ", "X")
        and surface.lower() not in common
    )
