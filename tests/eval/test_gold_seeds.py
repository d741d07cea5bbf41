"""The sample articles through the real `newsdossier extract` path, checked against gold.

Every check in ``shared/gold/seeds.json`` is read from that file (never copied here) and
matched as ``shared/gold/README.md`` describes. Interval values count for either end:
the range "from March 31 to April 2" is one expression, ``2026-03-31/2026-04-02``, and
satisfies the gold points ``March 31`` and ``April 2``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from eval.seeds import Record, extract_records


@pytest.fixture(scope="module")
def records(seeds_dir: Path) -> dict[str, Record]:
    """Export records of both seeds, extracted together in one call, keyed by file name."""
    return extract_records(seeds_dir)


def _docs(seed_gold: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    return sorted(seed_gold["documents"].items())


def _entity(record: Record, name: str) -> Record | None:
    for entity in record["entities"]:
        if entity["name"] == name or name in entity["aliases"]:
            return entity
    return None


def test_gold_seeds_both_extracted(records: dict[str, Record], seed_gold: dict[str, Any]) -> None:
    assert set(records) == set(seed_gold["documents"])


def test_gold_seeds_metadata(records: dict[str, Record], seed_gold: dict[str, Any]) -> None:
    for name, gold in _docs(seed_gold):
        record = records[name]
        for key, value in gold.get("metadata", {}).items():
            assert record[key] == value, (name, key)


def test_gold_seeds_body_and_caption(records: dict[str, Record], seed_gold: dict[str, Any]) -> None:
    for name, gold in _docs(seed_gold):
        record = records[name]
        body = record["body"]
        assert body.startswith(gold["body"]["starts_with"]), name
        assert body.rstrip().endswith(gold["body"]["ends_with"]), name
        for bad in gold["body"]["must_not_contain"]:
            assert bad not in body, (name, bad)
        if "caption" in gold:
            assert gold["caption"]["contains"] in (record["caption"] or ""), name
            assert gold["caption"]["contains"] not in body, name


def test_gold_seeds_entities(
    records: dict[str, Record], seed_gold: dict[str, Any], seeds_dir: Path
) -> None:
    for name, gold in _docs(seed_gold):
        record = records[name]
        text = (seeds_dir / name).read_text(encoding="utf-8")
        for want in gold.get("entities", []):
            surfaces = [s for s in [want["name"], *want["aliases"]] if s in text]
            found = [
                e
                for e in record["entities"]
                if e["type"] == want["type"]
                and all(
                    s in {e["name"], *e["aliases"], *(m["text"] for m in e["mentions"])}
                    for s in surfaces
                )
            ]
            assert found, (name, want)
        for absent in gold.get("not_entities_of_body", []):
            for entity in record["entities"]:
                assert absent not in entity["name"], (name, absent)
                assert not any(
                    absent in m["text"] for m in entity["mentions"] if m["field"] == "body"
                ), (name, absent)


def test_gold_seeds_timexes(records: dict[str, Record], seed_gold: dict[str, Any]) -> None:
    for name, gold in _docs(seed_gold):
        timexes = records[name]["timexes"]
        for want in gold.get("timex", []):
            assert any(
                want["text"] in t["text"] and want["value"] in t["value"].split("/")
                for t in timexes
            ), (name, want, [(t["text"], t["value"]) for t in timexes])


def test_gold_seeds_quotes(records: dict[str, Record], seed_gold: dict[str, Any]) -> None:
    for name, gold in _docs(seed_gold):
        statements = records[name]["statements"]
        for want in gold.get("quotes", []):
            candidates = [s for s in statements if want["contains"] in s["text"]]
            assert candidates, (name, want["contains"])
            if want["speaker"] is None:
                ok = [
                    s
                    for s in candidates
                    if s["speaker"] is None
                    and s["source_description"] == want["source_description"]
                ]
            else:
                ok = [
                    s
                    for s in candidates
                    if s["speaker"] and s["speaker"]["name"] == want["speaker"]
                ]
            if "date" in want:
                ok = [s for s in ok if s["date"] == want["date"]]
            if want.get("direct"):
                ok = [s for s in ok if s["kind"] == "direct"]
            assert ok, (name, want, candidates)


def test_gold_seeds_roles(records: dict[str, Record], seed_gold: dict[str, Any]) -> None:
    for name, gold in _docs(seed_gold):
        roles = records[name]["roles"]
        for want in gold.get("roles", []):
            ok = [
                r
                for r in roles
                if r["person"] == want["person"]
                and want["role_contains"].lower()
                in " ".join(filter(None, [r["title"], r["organization"]])).lower()
                and all(r[k] == want[k] for k in ("start", "end", "former") if k in want)
            ]
            assert ok, (name, want, [(r["person"], r["title"]) for r in roles])


def test_gold_seeds_events(records: dict[str, Record], seed_gold: dict[str, Any]) -> None:
    for name, gold in _docs(seed_gold):
        events = records[name]["events"]
        for want in gold.get("events", []):
            ok = [
                ev
                for ev in events
                if ev["date"] == want["date"]
                and want["contains"] in ev["sentence"]
                and set(want["participants"]) <= {p["name"] for p in ev["participants"]}
            ]
            assert ok, (name, want)


def test_gold_seeds_cross_document(records: dict[str, Record], seed_gold: dict[str, Any]) -> None:
    cross = seed_gold["cross_document"]
    for pair in cross["same_entity"]:
        ids = set()
        for ref in pair:
            doc, _, entity_name = ref.partition(":")
            entity = _entity(records[doc], entity_name)
            assert entity is not None, ref
            ids.add(entity["id"])
        assert len(ids) == 1, pair
    for want in cross["role_history"]:
        roles = [
            r
            for rec in records.values()
            for r in rec["roles"]
            if r["person"] == want["person"]
            and r["as_of"] == want["as_of"]
            and want["role_contains"].lower() in r["title"].lower()
        ]
        assert roles, want
        if "former" in want:
            assert any(r["former"] == want["former"] for r in roles), want
