"""People whose names cannot be one person never merge across articles (issue 11)."""

from __future__ import annotations

from newsdossier.article import Article, Entity, Mention
from newsdossier.resolve import InMemoryIndex, resolve_articles


def _person(aid: str, name: str, *aliases: str) -> Article:
    surfaces = (name, *aliases)
    mentions = tuple(Mention(10 * n, 10 * n + len(s), s, "PERSON") for n, s in enumerate(surfaces))
    entity = Entity("e0", name, "PERSON", aliases, mentions, ("PERSON",))
    return Article(id=aid, source=aid, entities=(entity,))


def _ids(*articles: Article) -> list[str]:
    resolved = list(resolve_articles(articles, InMemoryIndex()))
    return [a.entities[0].id for a in resolved]


def test_resolve_a_regnal_suffix_keeps_a_king_apart_from_a_president() -> None:
    first, second = _ids(_person("a", "George W. Bush", "Bush"), _person("b", "George III"))
    assert first != second


def test_resolve_different_first_initials_never_merge() -> None:
    first, second = _ids(_person("a", "Tim Scott", "Scott"), _person("b", "R. Scott"))
    assert first != second


def test_resolve_junior_is_not_his_father() -> None:
    first, second = _ids(_person("a", "Karl Vance"), _person("b", "Karl Vance Jr."))
    assert first != second


def test_resolve_same_person_with_and_without_middle_initial_still_merges() -> None:
    first, second = _ids(_person("a", "Nora K. Bell", "Bell"), _person("b", "Nora Bell"))
    assert first == second


def test_resolve_other_romanizations_are_not_compared_by_initial() -> None:
    first, second = _ids(
        _person("a", "Chen Mei-ling", "陳美玲"), _person("b", "Amy Chen", "陳美玲")
    )
    assert first == second
