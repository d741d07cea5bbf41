"""CSV export: the record flattened into tables, derived from the dataclasses like the
other exports, so every exported field is a column and every value matches the JSON."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from newsdossier.record import table_columns
from newsdossier.store import Store
from newsdossier.store.export import EXPORTERS
from tests.helpers.corpus import build_corpus


def test_store_csv_tables_hold_every_exported_field(tmp_path: Path) -> None:
    db = build_corpus(tmp_path / "c.db")
    with Store(db, readonly=True) as store:
        EXPORTERS["csv"](store.conn, tmp_path / "csv")
        EXPORTERS["jsonl"](store.conn, tmp_path / "out.jsonl")
    records = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text().splitlines()]
    tables = {
        name: list(
            csv.DictReader(
                (tmp_path / "csv" / f"{name}.csv").read_text("utf-8").splitlines(keepends=True)
            )
        )
        for name in table_columns()
    }
    documents = {row["id"]: row for row in tables["documents"]}
    for record in records:
        row = documents[record["id"]]
        for key in ("title", "kicker", "deck", "encoding", "date_source", "body"):
            assert row[key] == (record[key] or ""), key
        assert json.loads(row["warnings"]) == record["warnings"]
        statements = [s for s in tables["statements"] if s["doc_id"] == record["id"]]
        assert [s["text"] for s in statements] == [s["text"] for s in record["statements"]]
        for flat, nested in zip(statements, record["statements"], strict=True):
            assert flat["modality"] == nested["modality"]
            assert flat["cue_lemma"] == (nested["cue_lemma"] or "")
            speaker = nested["speaker"] or {}
            assert flat["speaker_name"] == (speaker.get("name") or "")
        mentions = [
            json.loads(e["mentions"]) for e in tables["entities"] if e["doc_id"] == record["id"]
        ]
        assert mentions == [e["mentions"] for e in record["entities"]]
    assert {len(row) for rows in tables.values() for row in rows} <= {
        len(c) for c in table_columns().values()
    }
    for name, columns in table_columns().items():
        header = (tmp_path / "csv" / f"{name}.csv").read_text().splitlines()[0]
        assert header == ",".join(columns)
