"""Cross-article resolution rules, on article records built by hand."""

from __future__ import annotations

from collections.abc import Iterable

from newsdossier.article import Article, Entity, Mention, Role, Speaker, Statement
from newsdossier.resolve import (
    InMemoryIndex,
    KnownEntity,
    apply_resolution,
    commit,
    resolve_article,
    resolve_articles,
)


def _entity(local: str, name: str, etype: str, *aliases: str) -> Entity:
    surfaces = (name, *aliases)
    mentions = tuple(Mention(10 * n, 10 * n + len(s), s, etype) for n, s in enumerate(surfaces))
    return Entity(local, name, etype, aliases, mentions, (etype,))


def _article(aid: str, *entities: Entity, roles: tuple[Role, ...] = ()) -> Article:
    return Article(id=aid, source=aid, entities=entities, roles=roles)


def _role(entity_id: str, person: str, title: str) -> Role:
    return Role(entity_id=entity_id, person=person, title=title, start_char=0, end_char=1)


def _run(*articles: Article) -> tuple[list[Article], InMemoryIndex]:
    index = InMemoryIndex()
    return list(resolve_articles(articles, index)), index


def _id(article: Article, name: str) -> str:
    return next(e.id for e in article.entities if name == e.name or name in e.aliases)


def test_resolve_same_person_collects_aliases_of_all_scripts() -> None:
    (a, b), index = _run(
        _article("a", _entity("e0", "Lai Ching-te", "PERSON", "賴清德")),
        _article("b", _entity("e0", "Lai Ching-te", "PERSON", "Lai")),
    )
    assert _id(a, "Lai Ching-te") == _id(b, "Lai Ching-te")
    known = index.get(_id(a, "Lai Ching-te"))
    assert known is not None
    assert set(known.aliases) == {"賴清德", "Lai"}
    assert known.doc_count == 2
    assert known.mention_count == 4


def test_resolve_cjk_alias_links_different_romanizations() -> None:
    (a, b), _ = _run(
        _article("a", _entity("e0", "Lai Ching-te", "PERSON", "賴清德")),
        _article("b", _entity("e0", "William Lai", "PERSON", "賴清德")),
    )
    assert a.entities[0].id == b.entities[0].id


def test_resolve_different_full_names_sharing_a_surname_stay_apart() -> None:
    (a, b), _ = _run(
        _article("a", _entity("e0", "Daniel Okafor", "PERSON")),
        _article("b", _entity("e0", "Grace Okafor", "PERSON")),
    )
    assert a.entities[0].id != b.entities[0].id


def test_resolve_bare_surname_joins_the_only_person_with_it() -> None:
    (a, b), index = _run(
        _article("a", _entity("e0", "Sofia Brandt", "PERSON")),
        _article("b", _entity("e0", "Brandt", "PERSON")),
    )
    assert a.entities[0].id == b.entities[0].id
    assert b.entities[0].name == "Sofia Brandt"
    assert len(index) == 1


def test_resolve_bare_surname_ambiguous_stays_apart() -> None:
    (a, b, c), _ = _run(
        _article("a", _entity("e0", "Daniel Okafor", "PERSON")),
        _article("b", _entity("e0", "Grace Okafor", "PERSON")),
        _article("c", _entity("e0", "Okafor", "PERSON")),
    )
    assert c.entities[0].id not in {a.entities[0].id, b.entities[0].id}


def test_resolve_bare_surname_singled_out_by_co_mentions() -> None:
    club = _entity("e1", "Lagos United", "ORG")
    league = _entity("e1", "Women's Premier League", "ORG")
    (_, b, c), _ = _run(
        _article("a", _entity("e0", "Daniel Okafor", "PERSON"), club),
        _article("b", _entity("e0", "Grace Okafor", "PERSON"), league),
        _article(
            "c", _entity("e0", "Okafor", "PERSON"), _entity("e1", "Women's Premier League", "ORG")
        ),
    )
    assert _id(c, "Okafor") == _id(b, "Grace Okafor")


def test_resolve_bare_surname_with_conflicting_title_stays_apart() -> None:
    (a, b), _ = _run(
        _article(
            "a",
            _entity("e0", "John Harlow", "PERSON"),
            roles=(_role("e0", "John Harlow", "senator"),),
        ),
        _article(
            "b",
            _entity("e0", "Harlow", "PERSON"),
            roles=(_role("e0", "Harlow", "goalkeeper coach"),),
        ),
    )
    assert a.entities[0].id != b.entities[0].id


def test_resolve_types_must_agree() -> None:
    (a, b), _ = _run(
        _article("a", _entity("e0", "Jordan", "GPE")),
        _article("b", _entity("e0", "Jordan", "PERSON")),
    )
    assert a.entities[0].id != b.entities[0].id


def test_resolve_georgia_state_and_country_stay_apart() -> None:
    (a, b, c), _ = _run(
        _article("a", _entity("e0", "Georgia (U.S. state)", "GPE", "Georgia")),
        _article("b", _entity("e0", "Georgia", "GPE")),
        _article("c", _entity("e0", "Georgia", "GPE", "the Republic of Georgia")),
    )
    assert a.entities[0].id != b.entities[0].id
    assert b.entities[0].id == c.entities[0].id


def test_resolve_countries_by_iso_code() -> None:
    (a, b), _ = _run(
        _article("a", _entity("e0", "United States", "GPE", "U.S.", "the United States")),
        _article("b", _entity("e0", "United States", "GPE", "US")),
    )
    assert a.entities[0].id == b.entities[0].id


def test_resolve_acronym_defined_differently_stays_apart() -> None:
    (a, b), _ = _run(
        _article("a", _entity("e0", "Marine Protection Agency", "ORG", "MPA")),
        _article("b", _entity("e0", "Monetary Policy Authority", "ORG", "MPA")),
    )
    assert a.entities[0].id != b.entities[0].id


def test_resolve_bare_acronym_joins_only_an_unambiguous_definition() -> None:
    (a, b), _ = _run(
        _article("a", _entity("e0", "Marine Protection Agency", "ORG", "MPA")),
        _article("b", _entity("e0", "MPA", "ORG")),
    )
    assert a.entities[0].id == b.entities[0].id
    (_, _, c), _ = _run(
        _article("a", _entity("e0", "Marine Protection Agency", "ORG", "MPA")),
        _article("b", _entity("e0", "Monetary Policy Authority", "ORG", "MPA")),
        _article("c", _entity("e0", "MPA", "ORG")),
    )
    assert c.entities[0].name == "MPA"


def test_resolve_treaty_name_order_variants() -> None:
    (a, b), index = _run(
        _article("a", _entity("e0", "U.S.-Japan Security Treaty", "LAW")),
        _article("b", _entity("e0", "Japan-US Security Treaty", "LAW")),
    )
    assert a.entities[0].id == b.entities[0].id
    assert b.entities[0].name == "U.S.-Japan Security Treaty"
    assert "Japan-US Security Treaty" in b.entities[0].aliases
    assert len(index) == 1


def test_resolve_ids_are_stable_and_kept_on_merge() -> None:
    articles = (
        _article("a", _entity("e0", "Sofia Brandt", "PERSON")),
        _article("b", _entity("e0", "Brandt", "PERSON"), _entity("e1", "Kenya", "GPE")),
    )
    first, _ = _run(*articles)
    again, _ = _run(*articles)
    assert [e.id for a in first for e in a.entities] == [e.id for a in again for e in a.entities]
    assert all(e.id.startswith("ent_") and len(e.id) == 16 for a in first for e in a.entities)
    assert first[1].entities[0].id == first[0].entities[0].id


def test_resolve_bare_name_first_then_full_name_keeps_first_id() -> None:
    (a, b), index = _run(
        _article("a", _entity("e0", "Mbeki", "PERSON")),
        _article("b", _entity("e0", "Mbeki", "PERSON")),
    )
    assert a.entities[0].id == b.entities[0].id
    assert len(index) == 1


def test_resolve_apply_rewrites_roles_speakers_and_merges_duplicates() -> None:
    article = Article(
        id="a",
        source="a",
        entities=(
            _entity("e0", "Sofia Brandt", "PERSON"),
            _entity("e1", "Sofia Brandt", "PERSON", "Brandt"),
        ),
        roles=(_role("e1", "Sofia Brandt", "mayor"),),
        statements=(Statement("x", 0, 1, "direct", speaker=Speaker("e1", "Brandt")),),
    )
    index = InMemoryIndex()
    resolution = resolve_article(article, index)
    commit(index, resolution)
    out = apply_resolution(article, resolution)
    assert len(out.entities) == 1
    gid = out.entities[0].id
    assert out.roles[0].entity_id == gid
    assert out.statements[0].speaker == Speaker(gid, "Sofia Brandt")


class _CountingIndex(InMemoryIndex):
    """Records every lookup, to show resolution reads by key only."""

    def __init__(self) -> None:
        super().__init__()
        self.lookups: list[list[str]] = []

    def candidates(self, keys: Iterable[str]) -> list[KnownEntity]:
        keys = list(keys)
        self.lookups.append(keys)
        return super().candidates(keys)

    def __iter__(self):  # type: ignore[no-untyped-def]
        raise AssertionError("resolution must not scan the index")


def test_resolve_reads_by_key_a_bounded_number_of_times() -> None:
    index = _CountingIndex()
    for n in range(30):
        article = _article(
            f"a{n}",
            _entity("e0", f"Person Number{n}", "PERSON"),
            _entity("e1", "Kenya", "GPE"),
            _entity("e2", f"Number{n}", "PERSON"),
        )
        commit(index, resolve_article(article, index))
        assert len(index.lookups) <= 3 * 3 * (n + 1)
    assert all(keys for keys in index.lookups)


def test_resolve_middle_initials_and_suffixes() -> None:
    (a, b, c, d), _ = _run(
        _article("a", _entity("e0", "George W. Bush", "PERSON")),
        _article("b", _entity("e0", "George H. W. Bush", "PERSON")),
        _article("c", _entity("e0", "Donald Trump Jr.", "PERSON")),
        _article("d", _entity("e0", "Jr.", "PERSON")),
    )
    assert a.entities[0].id != b.entities[0].id
    assert d.entities[0].id != c.entities[0].id
    (e, f), _ = _run(
        _article("e", _entity("e0", "Donald Trump", "PERSON")),
        _article("f", _entity("e0", "Donald J. Trump", "PERSON")),
    )
    assert e.entities[0].id == f.entities[0].id
