"""Gold checks for the seed articles: entities, body boilerplate, roles, cross-document.

Both seeds go through the pipeline as ``ingest`` runs it (clean -> nlp -> entities ->
roles -> resolve with one index), then every `entities`, `not_entities_of_body`,
`roles` and `cross_document` fact of ``gold/seeds.json`` is checked (matching as
described in ``gold/README.md``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsdossier.article import Article, Entity
from newsdossier.clean import clean
from newsdossier.entities import group_entities
from newsdossier.nlp import annotate
from newsdossier.resolve import InMemoryIndex, resolve_articles
from newsdossier.roles import find_roles


@pytest.fixture(scope="module")
def resolved(seeds_dir: Path, seed_gold: dict[str, Any], nlp: Any) -> dict[str, Article]:
    names = sorted(seed_gold["documents"])
    raw = [Article(id=n, source=n, raw_text=(seeds_dir / n).read_text("utf-8")) for n in names]
    staged = [find_roles(group_entities(a)) for a in annotate([clean(a) for a in raw], nlp)]
    return {a.id: a for a in resolve_articles(staged, InMemoryIndex())}


def _text(article: Article) -> str:
    return "\n".join(article.field_text(f) for f in ("title", "kicker", "caption", "body"))


def _surfaces(entity: Entity) -> set[str]:
    return {entity.name, *entity.aliases, *(m.text for m in entity.mentions)}


def _covering(article: Article, gold: dict[str, Any]) -> list[Entity]:
    text = _text(article)
    wanted = [s for s in [gold["name"], *gold["aliases"]] if s in text]
    return [
        e
        for e in article.entities
        if (gold["name"] == e.name or wanted) and all(s in _surfaces(e) for s in wanted)
    ]


def _cases(seed_gold: dict[str, Any], kind: str) -> list[tuple[str, dict[str, Any]]]:
    return [
        (doc, item) for doc, facts in seed_gold["documents"].items() for item in facts.get(kind, [])
    ]


def test_entities_seeds_gold_entities_found(
    resolved: dict[str, Article], seed_gold: dict[str, Any]
) -> None:
    missing = []
    for doc, gold in _cases(seed_gold, "entities"):
        found = [e for e in _covering(resolved[doc], gold) if e.type == gold["type"]]
        if not found:
            near = [
                (e.name, e.type, e.aliases)
                for e in resolved[doc].entities
                if gold["name"] in _surfaces(e)
            ]
            missing.append((doc, gold["name"], gold["type"], near))
    assert not missing


def test_entities_seeds_boilerplate_not_in_body(
    resolved: dict[str, Article], seed_gold: dict[str, Any]
) -> None:
    for doc, facts in seed_gold["documents"].items():
        for banned in facts.get("not_entities_of_body", []):
            for entity in resolved[doc].entities:
                body = [m.text for m in entity.mentions if m.field == "body"]
                assert not any(banned in text for text in body), (doc, banned)
                assert not (body and banned in (entity.name, *entity.aliases)), (doc, banned)


def _role_matches(article: Article, gold: dict[str, Any]) -> bool:
    for role in article.roles:
        if role.person != gold["person"] or gold["role_contains"] not in role.title:
            continue
        if any(gold.get(k) and getattr(role, k) != gold[k] for k in ("start", "end")):
            continue
        if gold.get("former") and not role.former:
            continue
        if "as_of" in gold and role.as_of != gold["as_of"]:
            continue
        return True
    return False


def test_roles_seeds_gold_roles_found(
    resolved: dict[str, Article], seed_gold: dict[str, Any]
) -> None:
    missing = [
        (doc, g) for doc, g in _cases(seed_gold, "roles") if not _role_matches(resolved[doc], g)
    ]
    assert not missing, [(d, g, resolved[d].roles) for d, g in missing]


def _entity_named(article: Article, surface: str) -> Entity:
    found = [e for e in article.entities if surface in _surfaces(e)]
    assert len(found) == 1, (article.id, surface, found)
    return found[0]


def test_resolve_seeds_same_entity_across_articles(
    resolved: dict[str, Article], seed_gold: dict[str, Any]
) -> None:
    for pair in seed_gold["cross_document"]["same_entity"]:
        ids = set()
        for ref in pair:
            doc, surface = ref.split(":", 1)
            ids.add(_entity_named(resolved[doc], surface).id)
        assert len(ids) == 1, pair


def test_resolve_seeds_role_history(
    resolved: dict[str, Article], seed_gold: dict[str, Any]
) -> None:
    for gold in seed_gold["cross_document"]["role_history"]:
        dated = [a for a in resolved.values() if a.published == gold["as_of"]]
        assert dated, gold
        assert any(_role_matches(a, gold) for a in dated), gold


def test_resolve_seeds_ids_are_global(resolved: dict[str, Article]) -> None:
    for article in resolved.values():
        ids = [e.id for e in article.entities]
        assert all(i.startswith("ent_") for i in ids)
        assert len(ids) == len(set(ids))
        assert {r.entity_id for r in article.roles} <= set(ids)
