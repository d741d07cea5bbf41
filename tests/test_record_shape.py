"""One definition of the record: export, Arrow schema, store columns and docs all follow the
`newsdossier.article` dataclasses."""

from __future__ import annotations

import dataclasses
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

import pyarrow as pa

from newsdossier.article import (
    Article,
    Entity,
    Mention,
    Participant,
    Relation,
    Sentence,
    Speaker,
    Statement,
    TextSpan,
    Timex,
    Token,
    shape,
)
from newsdossier.record import RECORD_VERSION, docs_table, export_record, record_fields_markdown
from newsdossier.store import Store, load_article
from newsdossier.store.arrow import RECORD_SCHEMA, record_schema
from newsdossier.store.load import load_record
from newsdossier.store.schema import (
    APPLICATION_ID,
    LAYERS,
    MIGRATIONS,
    ROW_KEY,
    ROW_KEYED,
    layers,
)
from newsdossier.store.writer import child_rows, insert_rows, row_values

DOCS = Path(__file__).resolve().parents[1] / "docs" / "record.md"
BODY = "Ana Ruiz met Lisbon officials. Ruiz said the pact with Spain holds."


def _article() -> Article:
    ruiz = Entity("e0", "Ana Ruiz", "PERSON", ("Ruiz",), (Mention(0, 8, "Ana Ruiz", "PERSON"),))
    spain = Entity("e1", "Spain", "GPE", (), (Mention(56, 61, "Spain", "GPE"),), ("GPE", "NORP"))
    return Article(
        id="d1",
        source="d1.txt",
        raw_text="raw " + BODY,
        body=BODY,
        published="2024-06-04",
        published_source="header",
        sentences=(Sentence(0, 30), Sentence(31, len(BODY))),
        tokens=(Token(0, 0, 3, "Ana", "Ana", "PROPN", "NNP", "compound", 1),),
        mentions=(Mention(0, 8, "Ana Ruiz", "PERSON"), Mention(13, 19, "Lisbon", "GPE")),
        entities=(ruiz, spain),
        timexes=(Timex("today", 0, 5, "DATE", "2024-06-04", anchor="dct"),),
        statements=(
            Statement(
                "the pact with Spain holds",
                41,
                66,
                "indirect",
                Speaker("e0", "Ana Ruiz"),
                source=TextSpan(31, 35, "Ruiz"),
                cue=TextSpan(36, 40, "said"),
                cue_lemma="say",
            ),
        ),
        relations=(
            Relation(
                "treaty",
                Participant("e0", "Ana Ruiz", "who"),
                Participant("e1", "Spain", "whom"),
                sentence=BODY[31:],
                start_char=31,
                end_char=len(BODY),
            ),
        ),
    )


def test_every_layer_table_has_exactly_the_derived_columns(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        for layer in LAYERS:
            info = store.conn.execute(f"PRAGMA table_info({layer.table})").fetchall()
            stored = [row["name"] for row in info]
            if layer.table in ROW_KEYED:
                stored.remove(ROW_KEY)
            assert len(set(layer.column_names)) == len(layer.column_names), layer.table
            assert sorted(stored) == sorted(layer.column_names), layer.table


def test_docs_field_table_is_generated_from_the_dataclasses() -> None:
    table = docs_table(DOCS.read_text(encoding="utf-8"))
    assert table == record_fields_markdown(), (
        "docs/record.md is out of date: run `python -m newsdossier.record docs/record.md`"
    )
    names = [line.split("`")[1] for line in table.splitlines()[2:]]
    assert names == list(export_record(Article(id="x", source="y")))


def test_export_leaves_out_internal_fields_and_encodes_nested_ones() -> None:
    record = export_record(_article())
    for hidden in ("raw_text", "content_type", "published_source", "tokens", "mentions"):
        assert hidden not in record
    assert "rejection" not in record
    assert "provenance" not in record
    assert record["version"] == RECORD_VERSION == 2
    assert record["sentences"] == [[0, 30], [31, len(BODY)]]
    (statement,) = record["statements"]
    assert statement["speaker"] == {"entity_id": "e0", "name": "Ana Ruiz"}
    assert not {"source_start", "source_end", "cue_start", "cue_end"} & set(statement)
    assert statement["source"] == {"start": 31, "end": 35, "text": "Ruiz", "field": "body"}
    assert statement["cue"] == {"start": 36, "end": 40, "text": "said"}
    assert (statement["cue_lemma"], statement["modality"]) == ("say", "asserted")
    assert "anchor" not in record["timexes"][0]
    assert "model_types" not in record["entities"][1]
    assert record["entities"][0]["mentions"] == [
        {"start": 0, "end": 8, "text": "Ana Ruiz", "field": "body", "kind": "name"}
    ]
    (relation,) = record["relations"]
    assert relation["subject"] == {"entity_id": "e0", "name": "Ana Ruiz"}
    assert relation["object"] == {"entity_id": "e1", "name": "Spain"}


def test_arrow_schema_holds_the_export_record() -> None:
    record = export_record(_article())
    assert RECORD_SCHEMA.names == list(record)
    table = pa.Table.from_pylist([record], schema=RECORD_SCHEMA)
    assert table.to_pylist() == [record]
    assert RECORD_SCHEMA.field("sentences").type == pa.list_(pa.list_(pa.int64()))
    roles = RECORD_SCHEMA.field("roles").type.value_type
    assert roles.field("former").type == pa.bool_()


def test_store_keeps_internal_fields_and_ungrouped_mentions(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add(_article(), pipeline="[]")
        loaded = load_article(store.conn, "d1")
        ungrouped = store.conn.execute(
            "SELECT text, label FROM mentions WHERE entity_id IS NULL"
        ).fetchall()
        confidence = store.conn.execute("SELECT typeof(confidence) FROM statements").fetchone()[0]
    assert [tuple(r) for r in ungrouped] == [("Lisbon", "GPE")]
    assert confidence == "real"
    assert loaded.published_source == "header"
    assert loaded.timexes == _article().timexes
    (statement,) = loaded.statements
    stored = _article().statements[0]
    assert (statement.source, statement.cue, statement.cue_lemma) == (
        stored.source,
        stored.cue,
        stored.cue_lemma,
    )
    assert statement.speaker is not None
    assert statement.speaker.name == "Ana Ruiz"
    spain = next(e for e in loaded.entities if e.name == "Spain")
    assert spain.model_types == ("GPE", "NORP")
    assert spain.mentions[0].label == "GPE"
    (relation,) = loaded.relations
    assert relation.subject == Participant(relation.subject.entity_id, "Ana Ruiz")
    assert relation.object.entity_id == spain.id
    assert loaded.mentions == ()
    assert loaded.raw_text == ""


@dataclass(frozen=True, slots=True)
class Note:
    """A small layer row for the derivation tests."""

    text: str
    start: int
    checked: bool = False


@dataclass(frozen=True, slots=True)
class Mini:
    """A small root record: two fields, one internal field and one layer."""

    id: str
    body: str
    secret: str = field(default="", metadata=shape(export=False, store=False))
    notes: tuple[Note, ...] = field(default=(), metadata=shape(table="notes"))


@dataclass(frozen=True, slots=True)
class MiniPlus:
    """`Mini` with one more field: its one line is all the derivations need."""

    id: str
    body: str
    secret: str = field(default="", metadata=shape(export=False, store=False))
    notes: tuple[Note, ...] = field(default=(), metadata=shape(table="notes"))
    score: float | None = None


def test_adding_a_field_is_one_line_in_the_dataclass() -> None:
    before, after = layers(Mini), layers(MiniPlus)
    assert [x.table for x in after] == ["documents", "notes"]
    assert set(after[0].column_names) - set(before[0].column_names) == {"score"}
    assert after[1].column_names == ("doc", "idx", "text", "start", "checked")
    assert set(record_schema(MiniPlus).names) - set(record_schema(Mini).names) == {"score"}
    assert record_schema(MiniPlus).field("score").type == pa.float64()
    assert "secret" not in record_schema(MiniPlus).names


def test_a_new_field_round_trips_through_derived_tables() -> None:
    conn = sqlite3.connect(":memory:")
    conn.row_factory = sqlite3.Row
    tables = layers(MiniPlus)
    for layer in tables:
        conn.execute(f"CREATE TABLE {layer.table} ({', '.join(layer.column_names)})")
    mini = MiniPlus("m1", "text", "hidden", (Note("a", 0), Note("b", 3, True)), 0.5)
    top = tables[0]
    insert_rows(conn, top, [(*row_values(top, mini), "[]", "now")])
    rows = child_rows(tables, mini, 1)
    for layer in tables[1:]:
        insert_rows(conn, layer, rows[layer.table])
    assert conn.execute("SELECT checked FROM notes ORDER BY idx").fetchall()[1][0] == 1
    row = conn.execute("SELECT * FROM documents").fetchone()
    assert load_record(conn, tables, row, 1) == dataclasses.replace(mini, secret="")


def test_record_v2_statement_columns_keep_the_v1_ones(tmp_path: Path) -> None:
    """The cue lemma stays in the ``cue`` column the queries read; the spans are flattened."""
    (statements,) = [x for x in LAYERS if x.table == "statements"]
    names = set(statements.column_names)
    assert {"cue", "cue_start", "cue_end", "source_start", "source_end"} <= names
    with Store(tmp_path / "s.db") as store:
        store.add(_article(), pipeline="[]")
        row = store.conn.execute(
            "SELECT cue, cue_text, source_text, source_field, modality FROM statements"
        ).fetchone()
    assert tuple(row) == ("say", "said", "Ruiz", "body", "asserted")


def test_record_v2_migration_fills_spans_of_statements_stored_before(tmp_path: Path) -> None:
    """A store written at schema version 3 gets the source and cue words from its bodies."""
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path)
    for number, script in enumerate(MIGRATIONS[:3], 1):
        conn.executescript(f"BEGIN;\n{script}\nPRAGMA user_version={number};\nCOMMIT;")
    conn.execute(f"PRAGMA application_id={APPLICATION_ID}")
    conn.execute(
        "INSERT INTO documents (id, source, body, pipeline, ingested_at) VALUES (?,?,?,?,?)",
        ("d1", "d1.txt", BODY, "[]", "now"),
    )
    conn.execute(
        'INSERT INTO statements (doc_id, idx, start, "end", text, kind, source_start,'
        " source_end, cue, cue_start, cue_end, confidence) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
        ("d1", 0, 41, 66, BODY[41:66], "indirect", 31, 35, "say", 36, 40, 1.0),
    )
    conn.commit()
    conn.close()
    with Store(path) as store:
        (statement,) = load_article(store.conn, "d1").statements
    assert statement.source == TextSpan(31, 35, "Ruiz")
    assert statement.cue == TextSpan(36, 40, "said")
    assert statement.cue_lemma == "say"
