"""Seed gold scorer: how many checks of ``shared/gold/seeds.json`` the extracted records pass.

Run ``python -m eval.seeds`` to extract the sample articles in ``../shared/seeds`` through
the real ``newsdossier extract`` path and print the pass count and every failing check.
Each check is matched as ``shared/gold/README.md`` describes (the same rules as
``tests/test_gold_seeds.py``): one check per metadata field, body edge, forbidden body
text, caption, expected entity, absent entity, timex, quote, role, event, cross-document
pair and role-history entry. Interval values count for either end.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from eval.corpora import shared_dir

Record = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Check:
    """One gold check: what it asks for and whether the records pass it."""

    name: str
    passed: bool


def extract_records(seeds_dir: Path) -> dict[str, Record]:
    """Export records of every seed, extracted together in one call, keyed by file name."""
    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    done = subprocess.run(
        [sys.executable, "-m", "newsdossier", "extract", *files],
        capture_output=True,
        text=True,
        check=True,
        timeout=600,
    )
    out = [json.loads(line) for line in done.stdout.splitlines()]
    return {Path(r["source"]).name: r for r in out}


def score_seeds(records: dict[str, Record], gold: dict[str, Any], seeds_dir: Path) -> list[Check]:
    """Every check of the seed gold with its outcome on the given records."""
    checks: list[Check] = []
    for name, want in sorted(gold["documents"].items()):
        record = records.get(name)
        if record is None:
            checks.append(Check(f"{name}: extracted", False))
            continue
        text = (seeds_dir / name).read_text(encoding="utf-8")
        for check_name, passed in _document_checks(record, want, text):
            checks.append(Check(f"{name}: {check_name}", passed))
    checks.extend(_cross_checks(records, gold["cross_document"]))
    return checks


def pass_rate(checks: Sequence[Check]) -> float:
    """The share of checks passed (0.0 when there are none)."""
    return sum(c.passed for c in checks) / len(checks) if checks else 0.0


def _document_checks(record: Record, gold: dict[str, Any], text: str) -> Iterator[tuple[str, bool]]:
    for key, value in gold.get("metadata", {}).items():
        yield f"metadata {key}", record[key] == value
    body = record["body"]
    yield "body start", body.startswith(gold["body"]["starts_with"])
    yield "body end", body.rstrip().endswith(gold["body"]["ends_with"])
    for bad in gold["body"]["must_not_contain"]:
        yield f"body without {bad!r}", bad not in body
    if "caption" in gold:
        want = gold["caption"]["contains"]
        yield "caption", want in (record["caption"] or "") and want not in body
    for entity in gold.get("entities", []):
        yield f"entity {entity['name']}", _has_entity(record, entity, text)
    for absent in gold.get("not_entities_of_body", []):
        yield f"no entity {absent!r}", _lacks_entity(record, absent)
    for timex in gold.get("timex", []):
        yield f"timex {timex['text']!r}", _has_timex(record, timex)
    for quote in gold.get("quotes", []):
        yield f"quote {quote['contains']!r}", _has_quote(record, quote)
    for role in gold.get("roles", []):
        yield f"role {role['person']}: {role['role_contains']}", _has_role(record, role)
    for event in gold.get("events", []):
        yield f"event {event['contains']!r}", _has_event(record, event)


def _has_entity(record: Record, want: dict[str, Any], text: str) -> bool:
    surfaces = [s for s in [want["name"], *want["aliases"]] if s in text]
    return any(
        e["type"] == want["type"]
        and all(
            s in {e["name"], *e["aliases"], *(m["text"] for m in e["mentions"])} for s in surfaces
        )
        for e in record["entities"]
    )


def _lacks_entity(record: Record, absent: str) -> bool:
    return not any(
        absent in e["name"]
        or any(absent in m["text"] for m in e["mentions"] if m["field"] == "body")
        for e in record["entities"]
    )


def _has_timex(record: Record, want: dict[str, Any]) -> bool:
    return any(
        want["text"] in t["text"] and want["value"] in t["value"].split("/")
        for t in record["timexes"]
    )


def _has_quote(record: Record, want: dict[str, Any]) -> bool:
    ok = [s for s in record["statements"] if want["contains"] in s["text"]]
    if want["speaker"] is None:
        ok = [
            s
            for s in ok
            if s["speaker"] is None and s["source_description"] == want["source_description"]
        ]
    else:
        ok = [s for s in ok if s["speaker"] and s["speaker"]["name"] == want["speaker"]]
    if "date" in want:
        ok = [s for s in ok if s["date"] == want["date"]]
    if want.get("direct"):
        ok = [s for s in ok if s["kind"] == "direct"]
    return bool(ok)


def _has_role(record: Record, want: dict[str, Any]) -> bool:
    return any(
        r["person"] == want["person"]
        and want["role_contains"].lower()
        in " ".join(filter(None, [r["title"], r["organization"]])).lower()
        and all(r[k] == want[k] for k in ("start", "end", "former") if k in want)
        for r in record["roles"]
    )


def _has_event(record: Record, want: dict[str, Any]) -> bool:
    return any(
        ev["date"] == want["date"]
        and want["contains"] in ev["sentence"]
        and set(want["participants"]) <= {p["name"] for p in ev["participants"]}
        for ev in record["events"]
    )


def _entity_id(records: dict[str, Record], ref: str) -> str | None:
    doc, _, name = ref.partition(":")
    for entity in records.get(doc, {}).get("entities", []):
        if entity["name"] == name or name in entity["aliases"]:
            return str(entity["id"])
    return None


def _cross_checks(records: dict[str, Record], cross: dict[str, Any]) -> Iterator[Check]:
    for pair in cross["same_entity"]:
        ids = [_entity_id(records, ref) for ref in pair]
        yield Check(f"same entity {' = '.join(pair)}", None not in ids and len(set(ids)) == 1)
    for want in cross["role_history"]:
        roles = [
            r
            for rec in records.values()
            for r in rec["roles"]
            if r["person"] == want["person"]
            and r["as_of"] == want["as_of"]
            and want["role_contains"].lower() in r["title"].lower()
        ]
        if "former" in want:
            roles = [r for r in roles if r["former"] == want["former"]]
        label = f"role history {want['person']} as of {want['as_of']}: {want['role_contains']}"
        yield Check(label, bool(roles))


def main(argv: Sequence[str] | None = None) -> None:
    """Command line: ``python -m eval.seeds [--shared PATH]``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else "")
    parser.add_argument("--shared", type=Path, default=None, help="the shared folder")
    args = parser.parse_args(argv)
    shared = args.shared or shared_dir()
    gold = json.loads((shared / "gold" / "seeds.json").read_text("utf-8"))
    checks = score_seeds(extract_records(shared / "seeds"), gold, shared / "seeds")
    for check in checks:
        if not check.passed:
            print(f"FAIL {check.name}")
    passed = sum(c.passed for c in checks)
    print(f"seed gold: {passed}/{len(checks)} checks pass ({pass_rate(checks):.3f})")


if __name__ == "__main__":
    main()
