"""The store's schema, as numbered migrations keyed on ``PRAGMA user_version``.

Migration N takes a store at version N-1 to version N. A store is recognised as ours by
``PRAGMA application_id``; a database at a version newer than this code is refused
rather than guessed at.

The migrations are history (stores at every version exist). The columns the writer and
the loader use are derived from the `newsdossier.article` dataclasses by `layers`; a test
checks that a freshly migrated store has exactly those columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from newsdossier.article import Article, field_types, is_record, unwrap

#: ``PRAGMA application_id`` of a newsdossier store ("NDOS").
APPLICATION_ID = 0x4E444F53


#: Whether the ``entity_docs`` row ``{row}`` stands for its story ``{story}``: its article
#: is the story's earliest copy, or that copy does not name the entity (SQL to fill in).
LEAD = (
    "{row}.doc = {story} OR NOT EXISTS (SELECT 1 FROM doc_entities r"
    " WHERE r.doc = {story} AND r.entity_id = {row}.entity_id)"
)

#: An article's outlet as one full-text token (SQL to fill in with the outlet column): its
#: name lower-cased as ``COLLATE NOCASE`` does (ASCII letters only), in hex, between "o" and
#: "z" (`newsdossier.query.search_plan.outlet_token` makes the same in Python).
OUTLET_TOKEN = "'o' || hex(lower(coalesce({outlet}, ''))) || 'z'"

#: The layers of `COUNTED_TABLES` written with each article, counted in ``layer_counts``.
ARTICLE_LAYERS = ("documents", "mentions", "statements", "timexes", "roles", "events", "relations")

MIGRATIONS: tuple[str, ...] = (
    # 1: documents and every layer of the record, full-text search over bodies.
    """
    CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
    CREATE TABLE documents (
        id TEXT PRIMARY KEY,
        source TEXT NOT NULL,
        url TEXT, outlet TEXT, author TEXT,
        published TEXT, published_source TEXT,
        dateline TEXT, dateline_place TEXT, language TEXT,
        title TEXT, kicker TEXT, caption TEXT, caption_credit TEXT,
        body TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        warnings TEXT NOT NULL DEFAULT '[]',
        duplicate_of TEXT,
        pipeline TEXT NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE INDEX documents_published ON documents(published);
    CREATE TABLE sentences (
        doc_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID;
    CREATE TABLE entities (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        type TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]',
        state TEXT NOT NULL DEFAULT '{}'
    );
    CREATE TABLE entity_keys (
        key TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id),
        PRIMARY KEY (key, entity_id)
    ) WITHOUT ROWID;
    CREATE TABLE entity_aliases (
        alias_key TEXT NOT NULL, entity_id TEXT NOT NULL REFERENCES entities(id),
        alias TEXT NOT NULL,
        PRIMARY KEY (alias_key, entity_id)
    ) WITHOUT ROWID;
    CREATE TABLE doc_entities (
        doc_id TEXT NOT NULL REFERENCES documents(id), entity_id TEXT NOT NULL,
        name TEXT NOT NULL, type TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]', model_types TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (doc_id, entity_id)
    ) WITHOUT ROWID;
    CREATE INDEX doc_entities_entity ON doc_entities(entity_id);
    CREATE TABLE mentions (
        doc_id TEXT NOT NULL REFERENCES documents(id), entity_id TEXT,
        field TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, label TEXT NOT NULL
    );
    CREATE INDEX mentions_doc ON mentions(doc_id, start);
    CREATE INDEX mentions_entity ON mentions(entity_id);
    CREATE TABLE timexes (
        doc_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
        field TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, anchor TEXT,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID;
    CREATE TABLE statements (
        doc_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        kind TEXT NOT NULL, speaker_id TEXT, speaker_name TEXT, source_description TEXT,
        source_start INTEGER, source_end INTEGER,
        cue TEXT, cue_start INTEGER, cue_end INTEGER,
        date TEXT, confidence REAL NOT NULL, reported_by INTEGER,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID;
    CREATE INDEX statements_speaker ON statements(speaker_id, date);
    CREATE INDEX statements_date ON statements(date);
    CREATE TABLE roles (
        doc_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
        entity_id TEXT NOT NULL, person TEXT NOT NULL, title TEXT NOT NULL,
        organization TEXT, start TEXT, "end" TEXT, former INTEGER NOT NULL, as_of TEXT,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, field TEXT NOT NULL,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID;
    CREATE INDEX roles_entity ON roles(entity_id, as_of);
    CREATE TABLE events (
        doc_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
        type TEXT NOT NULL, trigger TEXT NOT NULL, date TEXT, place TEXT,
        sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        participants TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID;
    CREATE INDEX events_date ON events(date);
    CREATE TABLE event_participants (
        doc_id TEXT NOT NULL, event_idx INTEGER NOT NULL, entity_id TEXT NOT NULL,
        name TEXT NOT NULL, role TEXT
    );
    CREATE INDEX event_participants_entity ON event_participants(entity_id);
    CREATE TABLE relations (
        doc_id TEXT NOT NULL REFERENCES documents(id), idx INTEGER NOT NULL,
        type TEXT NOT NULL, subject_id TEXT NOT NULL, subject_name TEXT NOT NULL,
        object_id TEXT NOT NULL, object_name TEXT NOT NULL,
        start TEXT, "end" TEXT, sentence TEXT NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
        PRIMARY KEY (doc_id, idx)
    ) WITHOUT ROWID;
    CREATE TABLE rejections (
        source TEXT NOT NULL, doc_id TEXT, stage TEXT NOT NULL, code TEXT NOT NULL,
        detail TEXT NOT NULL, seen_at TEXT NOT NULL
    );
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, body, content='documents', content_rowid='rowid'
    );
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, body)
        VALUES ('delete', old.rowid, old.title, old.body);
    END;
    CREATE VIRTUAL TABLE statements_fts USING fts5(
        text, doc_id UNINDEXED, idx UNINDEXED
    );
    """,
    # 2: near-duplicate index (MinHash LSH band keys per document, see newsdossier.dedup).
    """
    CREATE TABLE dedup_docs (
        seq INTEGER PRIMARY KEY,
        doc_id TEXT NOT NULL UNIQUE,
        shingles INTEGER NOT NULL
    );
    CREATE TABLE dedup_bands (
        key INTEGER NOT NULL, seq INTEGER NOT NULL REFERENCES dedup_docs(seq),
        PRIMARY KEY (key, seq)
    ) WITHOUT ROWID;
    CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
    """,
    # 3: the codec each document was read with, and the layers not run on it (issue 13);
    # the kind of each mention (name, pronoun, nominal: the coreference layer, record v2);
    # how sure a page's publication date is and which signal gave it (issue 14).
    """
    ALTER TABLE mentions ADD COLUMN kind TEXT NOT NULL DEFAULT 'name';
    ALTER TABLE documents ADD COLUMN encoding TEXT;
    ALTER TABLE documents ADD COLUMN published_confidence REAL;
    ALTER TABLE documents ADD COLUMN date_source TEXT;
    ALTER TABLE documents ADD COLUMN skipped TEXT NOT NULL DEFAULT '[]';
    CREATE INDEX documents_language ON documents(language);
    """,
    # 4: record v2 statement evidence: the source and cue words as written (text, field),
    # filled from the bodies for statements stored before; modality of statements and events.
    """
    ALTER TABLE statements ADD COLUMN source_text TEXT;
    ALTER TABLE statements ADD COLUMN source_field TEXT;
    ALTER TABLE statements ADD COLUMN cue_text TEXT;
    ALTER TABLE statements ADD COLUMN modality TEXT NOT NULL DEFAULT 'asserted';
    ALTER TABLE events ADD COLUMN modality TEXT NOT NULL DEFAULT 'asserted';
    UPDATE statements SET
        source_field = 'body',
        source_text = (SELECT substr(d.body, statements.source_start + 1,
                                     statements.source_end - statements.source_start)
                       FROM documents d WHERE d.id = statements.doc_id)
    WHERE source_start IS NOT NULL;
    UPDATE statements SET
        cue_text = (SELECT substr(d.body, statements.cue_start + 1,
                                  statements.cue_end - statements.cue_start)
                    FROM documents d WHERE d.id = statements.doc_id)
    WHERE cue_start IS NOT NULL;
    """,
    # 5: search with stemming (issue 12): the FTS tables rebuilt with the porter tokenizer,
    # beside unstemmed twins (documents_exact, statements_exact) that rank exact forms first.
    """
    DROP TRIGGER documents_fts_insert;
    DROP TRIGGER documents_fts_delete;
    DROP TABLE documents_fts;
    DROP TABLE statements_fts;
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, body, content='documents', content_rowid='rowid',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE documents_exact USING fts5(
        title, body, content='documents', content_rowid='rowid',
        tokenize='unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, body) VALUES (new.rowid, new.title, new.body);
        INSERT INTO documents_exact(rowid, title, body) VALUES (new.rowid, new.title, new.body);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, body)
        VALUES ('delete', old.rowid, old.title, old.body);
        INSERT INTO documents_exact(documents_exact, rowid, title, body)
        VALUES ('delete', old.rowid, old.title, old.body);
    END;
    INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
    INSERT INTO documents_exact(documents_exact) VALUES ('rebuild');
    CREATE VIRTUAL TABLE statements_fts USING fts5(
        text, doc_id UNINDEXED, idx UNINDEXED,
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE statements_exact USING fts5(
        text, content='', tokenize='unicode61 remove_diacritics 2'
    );
    INSERT INTO statements_fts(text, doc_id, idx)
        SELECT text, doc_id, idx FROM statements ORDER BY doc_id, idx;
    INSERT INTO statements_exact(rowid, text) SELECT rowid, text FROM statements_fts;
    """,
    # 6: the read model (issue 12): per-entity and per-outlet aggregates kept exact by the
    # writer in each article's own transaction (`newsdossier.store.aggregates`), each
    # statement's filing date as an ordered key, and the indexes behind every page; the
    # record's `deck` column and the roles' `mentions` and `last_char` (issue 11).
    """
    ALTER TABLE documents ADD COLUMN deck TEXT;
    ALTER TABLE roles ADD COLUMN mentions INTEGER NOT NULL DEFAULT 1;
    ALTER TABLE roles ADD COLUMN last_char INTEGER;
    CREATE TABLE entity_stats (
        entity_id TEXT PRIMARY KEY,
        articles INTEGER NOT NULL DEFAULT 0,
        mentions INTEGER NOT NULL DEFAULT 0,
        statements_by INTEGER NOT NULL DEFAULT 0,
        statements_about INTEGER NOT NULL DEFAULT 0,
        first_date TEXT,
        last_date TEXT
    ) WITHOUT ROWID;
    CREATE TABLE entity_months (
        entity_id TEXT NOT NULL, month TEXT NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0, statements INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (entity_id, month)
    ) WITHOUT ROWID;
    CREATE TABLE outlet_days (
        outlet TEXT NOT NULL, day TEXT NOT NULL, articles INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (outlet, day)
    ) WITHOUT ROWID;
    CREATE TABLE statement_days (
        day TEXT NOT NULL, doc_id TEXT NOT NULL, idx INTEGER NOT NULL,
        PRIMARY KEY (day, doc_id, idx)
    ) WITHOUT ROWID;
    CREATE INDEX relations_subject ON relations(subject_id);
    CREATE INDEX relations_object ON relations(object_id);
    CREATE INDEX entity_stats_articles ON entity_stats(articles);
    INSERT INTO statement_days
        SELECT coalesce(s.date, d.published, ''), s.doc_id, s.idx
        FROM statements s JOIN documents d ON d.id = s.doc_id;
    INSERT INTO outlet_days
        SELECT coalesce(outlet, ''), coalesce(substr(published, 1, 10), ''), count(*)
        FROM documents GROUP BY 1, 2;
    INSERT INTO entity_stats
    WITH about(entity_id, doc_id, idx, speaker_id, day) AS (
        SELECT DISTINCT m.entity_id, s.doc_id, s.idx, s.speaker_id, coalesce(s.date, d.published)
        FROM mentions m JOIN statements s ON s.doc_id = m.doc_id
            AND s.start <= m.start AND s."end" >= m."end"
        JOIN documents d ON d.id = s.doc_id
        WHERE m.entity_id IS NOT NULL AND m.field = 'body'
    ), facts(entity_id, articles, mentions, said_by, said_about, day) AS (
        SELECT x.entity_id, 1, 0, 0, 0, d.published
        FROM doc_entities x JOIN documents d ON d.id = x.doc_id
        UNION ALL SELECT entity_id, 0, 1, 0, 0, NULL FROM mentions WHERE entity_id IS NOT NULL
        UNION ALL SELECT s.speaker_id, 0, 0, 1, 0, coalesce(s.date, d.published)
        FROM statements s JOIN documents d ON d.id = s.doc_id WHERE s.speaker_id IS NOT NULL
        UNION ALL SELECT entity_id, 0, 0, 0, speaker_id IS NOT entity_id, day FROM about
    )
    SELECT entity_id, sum(articles), sum(mentions), sum(said_by), sum(said_about),
        min(CASE WHEN day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(day, 1, 10) END),
        max(CASE WHEN day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*' THEN substr(day, 1, 10) END)
    FROM facts GROUP BY entity_id;
    INSERT INTO entity_months
    WITH said(entity_id, doc_id, idx, day) AS (
        SELECT s.speaker_id, s.doc_id, s.idx, coalesce(s.date, d.published)
        FROM statements s JOIN documents d ON d.id = s.doc_id WHERE s.speaker_id IS NOT NULL
        UNION
        SELECT m.entity_id, s.doc_id, s.idx, coalesce(s.date, d.published)
        FROM mentions m JOIN statements s ON s.doc_id = m.doc_id
            AND s.start <= m.start AND s."end" >= m."end"
        JOIN documents d ON d.id = s.doc_id
        WHERE m.entity_id IS NOT NULL AND m.field = 'body'
    ), facts(entity_id, month, articles, statements) AS (
        SELECT x.entity_id, substr(d.published, 1, 7), 1, 0
        FROM doc_entities x JOIN documents d ON d.id = x.doc_id
        WHERE d.published GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
        UNION ALL SELECT entity_id, substr(day, 1, 7), 0, 1 FROM said
        WHERE day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]*'
    )
    SELECT entity_id, month, sum(articles), sum(statements) FROM facts GROUP BY entity_id, month;
    """,
    # 7: integer document keys (issue 12). Every layer table keys its rows by ``doc``, the
    # document's integer ``key`` (its rowid, now declared so VACUUM keeps it), instead of the
    # 64-character id, which stays the public id. Statements get a key of their own, which
    # their full-text indexes now read their text through; the unstemmed twins keep no word
    # positions (they only say which rows hold the words as typed). Indexes no page needs any more
    # are gone (mentions by entity, statements by speaker and by date). Two read-model
    # tables keep the entity pages' lists in date order: ``statement_entities`` (each
    # statement under its speaker, said = 1, and under every other entity mentioned in it,
    # said = 0) and ``entity_docs`` (each entity's articles by publication day, with the
    # key of the story each belongs to: its earliest copy's, its own if it is no copy).
    """
    CREATE TABLE documents_v7 (
        key INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        source TEXT NOT NULL,
        url TEXT, outlet TEXT, author TEXT,
        published TEXT, published_source TEXT,
        dateline TEXT, dateline_place TEXT, language TEXT,
        title TEXT, kicker TEXT, caption TEXT, caption_credit TEXT,
        body TEXT NOT NULL,
        removed TEXT NOT NULL DEFAULT '[]',
        warnings TEXT NOT NULL DEFAULT '[]',
        duplicate_of TEXT,
        pipeline TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        encoding TEXT, published_confidence REAL, date_source TEXT,
        skipped TEXT NOT NULL DEFAULT '[]',
        deck TEXT
    );
    INSERT INTO documents_v7 SELECT rowid, id, source, url, outlet, author, published,
        published_source, dateline, dateline_place, language, title, kicker, caption,
        caption_credit, body, removed, warnings, duplicate_of, pipeline, ingested_at, encoding,
        published_confidence, date_source, skipped, deck
    FROM documents;
    CREATE TABLE sentences_v7 (
        doc INTEGER NOT NULL REFERENCES documents(key), idx INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        PRIMARY KEY (doc, idx)
    ) WITHOUT ROWID;
    INSERT INTO sentences_v7 SELECT d.rowid, x.idx, x.start, x."end"
    FROM sentences x JOIN documents d ON d.id = x.doc_id;
    CREATE TABLE doc_entities_v7 (
        doc INTEGER NOT NULL REFERENCES documents(key), entity_id TEXT NOT NULL,
        name TEXT NOT NULL, type TEXT NOT NULL,
        aliases TEXT NOT NULL DEFAULT '[]', model_types TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (doc, entity_id)
    ) WITHOUT ROWID;
    INSERT INTO doc_entities_v7 SELECT d.rowid, x.entity_id, x.name, x.type, x.aliases,
        x.model_types
    FROM doc_entities x JOIN documents d ON d.id = x.doc_id;
    CREATE TABLE mentions_v7 (
        doc INTEGER NOT NULL REFERENCES documents(key), entity_id TEXT,
        field TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, label TEXT NOT NULL, kind TEXT NOT NULL DEFAULT 'name'
    );
    INSERT INTO mentions_v7 SELECT d.rowid, x.entity_id, x.field, x.start, x."end", x.text,
        x.label, x.kind
    FROM mentions x JOIN documents d ON d.id = x.doc_id ORDER BY x.rowid;
    CREATE TABLE timexes_v7 (
        doc INTEGER NOT NULL REFERENCES documents(key), idx INTEGER NOT NULL,
        field TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        text TEXT NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL, mod TEXT, anchor TEXT,
        PRIMARY KEY (doc, idx)
    ) WITHOUT ROWID;
    INSERT INTO timexes_v7 SELECT d.rowid, x.idx, x.field, x.start, x."end", x.text, x.type,
        x.value, x.mod, x.anchor
    FROM timexes x JOIN documents d ON d.id = x.doc_id;
    CREATE TABLE statements_v7 (
        key INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL REFERENCES documents(key), idx INTEGER NOT NULL,
        start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL,
        kind TEXT NOT NULL, speaker_id TEXT, speaker_name TEXT, source_description TEXT,
        source_start INTEGER, source_end INTEGER,
        cue TEXT, cue_start INTEGER, cue_end INTEGER,
        date TEXT, confidence REAL NOT NULL, reported_by INTEGER,
        source_text TEXT, source_field TEXT, cue_text TEXT,
        modality TEXT NOT NULL DEFAULT 'asserted',
        UNIQUE (doc, idx)
    );
    INSERT INTO statements_v7 SELECT NULL, d.rowid, x.idx, x.start, x."end", x.text, x.kind,
        x.speaker_id, x.speaker_name, x.source_description, x.source_start, x.source_end,
        x.cue, x.cue_start, x.cue_end, x.date, x.confidence, x.reported_by, x.source_text,
        x.source_field, x.cue_text, x.modality
    FROM statements x JOIN documents d ON d.id = x.doc_id ORDER BY d.rowid, x.idx;
    CREATE TABLE roles_v7 (
        doc INTEGER NOT NULL REFERENCES documents(key), idx INTEGER NOT NULL,
        entity_id TEXT NOT NULL, person TEXT NOT NULL, title TEXT NOT NULL,
        organization TEXT, start TEXT, "end" TEXT, former INTEGER NOT NULL, as_of TEXT,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL, field TEXT NOT NULL,
        mentions INTEGER NOT NULL DEFAULT 1, last_char INTEGER,
        PRIMARY KEY (doc, idx)
    ) WITHOUT ROWID;
    INSERT INTO roles_v7 SELECT d.rowid, x.idx, x.entity_id, x.person, x.title,
        x.organization, x.start, x."end", x.former, x.as_of, x.start_char, x.end_char, x.field,
        x.mentions, x.last_char
    FROM roles x JOIN documents d ON d.id = x.doc_id;
    CREATE TABLE events_v7 (
        doc INTEGER NOT NULL REFERENCES documents(key), idx INTEGER NOT NULL,
        type TEXT NOT NULL, trigger TEXT NOT NULL, date TEXT, place TEXT,
        sentence TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL,
        participants TEXT NOT NULL DEFAULT '[]',
        modality TEXT NOT NULL DEFAULT 'asserted',
        PRIMARY KEY (doc, idx)
    ) WITHOUT ROWID;
    INSERT INTO events_v7 SELECT d.rowid, x.idx, x.type, x.trigger, x.date, x.place,
        x.sentence, x.start, x."end", x.participants, x.modality
    FROM events x JOIN documents d ON d.id = x.doc_id;
    CREATE TABLE event_participants_v7 (
        doc INTEGER NOT NULL, event_idx INTEGER NOT NULL, entity_id TEXT NOT NULL,
        name TEXT NOT NULL, role TEXT
    );
    INSERT INTO event_participants_v7 SELECT d.rowid, x.event_idx, x.entity_id, x.name, x.role
    FROM event_participants x JOIN documents d ON d.id = x.doc_id ORDER BY x.rowid;
    CREATE TABLE relations_v7 (
        doc INTEGER NOT NULL REFERENCES documents(key), idx INTEGER NOT NULL,
        type TEXT NOT NULL, subject_id TEXT NOT NULL, subject_name TEXT NOT NULL,
        object_id TEXT NOT NULL, object_name TEXT NOT NULL,
        start TEXT, "end" TEXT, sentence TEXT NOT NULL,
        start_char INTEGER NOT NULL, end_char INTEGER NOT NULL,
        PRIMARY KEY (doc, idx)
    ) WITHOUT ROWID;
    INSERT INTO relations_v7 SELECT d.rowid, x.idx, x.type, x.subject_id, x.subject_name,
        x.object_id, x.object_name, x.start, x."end", x.sentence, x.start_char, x.end_char
    FROM relations x JOIN documents d ON d.id = x.doc_id;
    CREATE TABLE dedup_docs_v7 (
        seq INTEGER PRIMARY KEY,
        doc INTEGER NOT NULL UNIQUE REFERENCES documents(key),
        shingles INTEGER NOT NULL
    );
    INSERT INTO dedup_docs_v7 SELECT x.seq, d.rowid, x.shingles
    FROM dedup_docs x JOIN documents d ON d.id = x.doc_id;
    CREATE TABLE statement_days_v7 (
        day TEXT NOT NULL, doc INTEGER NOT NULL, idx INTEGER NOT NULL, outlet TEXT NOT NULL,
        PRIMARY KEY (day, doc, idx)
    ) WITHOUT ROWID;
    INSERT INTO statement_days_v7 SELECT x.day, d.rowid, x.idx, coalesce(d.outlet, '')
    FROM statement_days x JOIN documents d ON d.id = x.doc_id;
    DROP TABLE statements_fts;
    DROP TABLE statements_exact;
    DROP TABLE dedup_bands;
    DROP TABLE statement_days;
    DROP TABLE dedup_docs;
    DROP TABLE relations;
    DROP TABLE event_participants;
    DROP TABLE events;
    DROP TABLE roles;
    DROP TABLE statements;
    DROP TABLE timexes;
    DROP TABLE mentions;
    DROP TABLE doc_entities;
    DROP TABLE sentences;
    DROP TABLE documents;
    ALTER TABLE documents_v7 RENAME TO documents;
    ALTER TABLE sentences_v7 RENAME TO sentences;
    ALTER TABLE doc_entities_v7 RENAME TO doc_entities;
    ALTER TABLE mentions_v7 RENAME TO mentions;
    ALTER TABLE timexes_v7 RENAME TO timexes;
    ALTER TABLE statements_v7 RENAME TO statements;
    ALTER TABLE roles_v7 RENAME TO roles;
    ALTER TABLE events_v7 RENAME TO events;
    ALTER TABLE event_participants_v7 RENAME TO event_participants;
    ALTER TABLE relations_v7 RENAME TO relations;
    ALTER TABLE dedup_docs_v7 RENAME TO dedup_docs;
    ALTER TABLE statement_days_v7 RENAME TO statement_days;
    CREATE TABLE dedup_bands (
        key INTEGER NOT NULL, seq INTEGER NOT NULL REFERENCES dedup_docs(seq),
        PRIMARY KEY (key, seq)
    ) WITHOUT ROWID;
    CREATE INDEX documents_published ON documents(published);
    CREATE INDEX documents_duplicate_of ON documents(duplicate_of, published);
    CREATE INDEX documents_language ON documents(language);
    CREATE INDEX documents_outlet ON documents(outlet COLLATE NOCASE, published);
    CREATE INDEX statement_days_outlet ON statement_days(outlet COLLATE NOCASE, day, doc, idx);
    CREATE INDEX mentions_doc ON mentions(doc, start);
    CREATE INDEX roles_entity ON roles(entity_id, as_of);
    CREATE INDEX events_date ON events(date);
    CREATE INDEX event_participants_entity ON event_participants(entity_id);
    CREATE INDEX relations_subject ON relations(subject_id);
    CREATE INDEX relations_object ON relations(object_id);
    DROP TABLE documents_exact;
    CREATE VIRTUAL TABLE documents_exact USING fts5(
        title, body, content='documents', content_rowid='key',
        tokenize='unicode61 remove_diacritics 2', detail='none', columnsize=0
    );
    INSERT INTO documents_exact(documents_exact) VALUES ('rebuild');
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, body) VALUES (new.key, new.title, new.body);
        INSERT INTO documents_exact(rowid, title, body) VALUES (new.key, new.title, new.body);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, body)
        VALUES ('delete', old.key, old.title, old.body);
        INSERT INTO documents_exact(documents_exact, rowid, title, body)
        VALUES ('delete', old.key, old.title, old.body);
    END;
    CREATE VIRTUAL TABLE statements_fts USING fts5(
        text, content='statements', content_rowid='key',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE statements_exact USING fts5(
        text, content='statements', content_rowid='key',
        tokenize='unicode61 remove_diacritics 2', detail='none', columnsize=0
    );
    CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, text) VALUES (new.key, new.text);
        INSERT INTO statements_exact(rowid, text) VALUES (new.key, new.text);
    END;
    CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, text)
        VALUES ('delete', old.key, old.text);
        INSERT INTO statements_exact(statements_exact, rowid, text)
        VALUES ('delete', old.key, old.text);
    END;
    INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
    INSERT INTO statements_exact(statements_exact) VALUES ('rebuild');
    CREATE TABLE statement_entities (
        entity_id TEXT NOT NULL, said INTEGER NOT NULL, day TEXT NOT NULL,
        doc INTEGER NOT NULL, idx INTEGER NOT NULL,
        PRIMARY KEY (entity_id, said, day, doc, idx)
    ) WITHOUT ROWID;
    INSERT INTO statement_entities
    SELECT s.speaker_id, 1, coalesce(s.date, d.published, ''), s.doc, s.idx
    FROM statements s JOIN documents d ON d.key = s.doc WHERE s.speaker_id IS NOT NULL;
    INSERT OR IGNORE INTO statement_entities
    SELECT DISTINCT m.entity_id, 0, coalesce(s.date, d.published, ''), s.doc, s.idx
    FROM mentions m JOIN statements s ON s.doc = m.doc
        AND s.start <= m.start AND s."end" >= m."end"
    JOIN documents d ON d.key = s.doc
    WHERE m.entity_id IS NOT NULL AND m.field = 'body' AND m.entity_id IS NOT s.speaker_id;
    CREATE TABLE entity_docs (
        entity_id TEXT NOT NULL, day TEXT NOT NULL, doc INTEGER NOT NULL,
        story INTEGER NOT NULL,
        PRIMARY KEY (entity_id, day, doc)
    ) WITHOUT ROWID;
    INSERT INTO entity_docs
    SELECT x.entity_id, coalesce(substr(d.published, 1, 10), ''), x.doc,
        coalesce((SELECT r.key FROM documents r WHERE r.id = d.duplicate_of), x.doc)
    FROM doc_entities x JOIN documents d ON d.key = x.doc;
    """,
    # 8: the timeline's read model (issue 12): reports of one event across articles joined
    # as they are stored (`newsdossier.store.event_items`, which also fills it for the
    # events stored before: `connection.BACKFILLS`); an entity's events by date.
    """
    CREATE TABLE event_items (
        item INTEGER PRIMARY KEY,
        type TEXT NOT NULL,
        date TEXT,
        first_day TEXT NOT NULL,
        last_day TEXT NOT NULL,
        span INTEGER NOT NULL,
        keys TEXT NOT NULL DEFAULT '[]',
        actors TEXT NOT NULL DEFAULT '[]'
    );
    CREATE INDEX event_items_day ON event_items(first_day, item);
    CREATE TABLE event_item_reports (
        item INTEGER NOT NULL, doc INTEGER NOT NULL, idx INTEGER NOT NULL,
        PRIMARY KEY (item, doc, idx)
    ) WITHOUT ROWID;
    CREATE TABLE event_item_entities (
        entity_id TEXT NOT NULL, day TEXT NOT NULL, item INTEGER NOT NULL,
        PRIMARY KEY (entity_id, day, item)
    ) WITHOUT ROWID;
    """,
    # 9: an entity's stories without walking its copies (issue 12): ``lead`` marks the
    # article of ``entity_docs`` that stands for its story — the story's earliest copy, or
    # a copy naming the entity when the earliest does not — and a partial index lists the
    # leads by day (`newsdossier.query.records.entity_documents`). A story's copies are
    # listed from an index holding what the list shows, in its order: the index on
    # ``duplicate_of`` alone read and sorted every copy of a story to show its first 20.
    f"""
    ALTER TABLE entity_docs ADD COLUMN lead INTEGER NOT NULL DEFAULT 0;
    UPDATE entity_docs SET lead = {LEAD.format(row="entity_docs", story="entity_docs.story")};
    CREATE INDEX entity_docs_stories ON entity_docs(entity_id, day, doc, story) WHERE lead;
    DROP INDEX documents_duplicate_of;
    CREATE INDEX documents_copies ON documents(duplicate_of, published, id, outlet);
    """,
    # 10: a person's roles listed in the page's whole order from the index (issue 12): with
    # the date alone, every role stated on one day was read and sorted to show 20 (a
    # syndicated story's roles share their date: 5 ms for a person in 500 articles).
    """
    DROP INDEX roles_entity;
    CREATE INDEX roles_entity ON roles(entity_id, as_of, start, doc, idx);
    """,
    # 11: the corpus's counts without counting (issue 12): rows of each layer written per
    # article and articles per outlet, kept in the article's transaction
    # (`newsdossier.store.aggregates`); counting 2.9 million mentions and grouping 100,000
    # articles by outlet took the home page and /api/stats 100-140 ms.
    f"""
    CREATE TABLE layer_counts (
        layer TEXT PRIMARY KEY, rows INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO layer_counts
    {" UNION ALL ".join(f"SELECT '{t}', count(*) FROM {t}" for t in ARTICLE_LAYERS)};
    CREATE TABLE outlet_counts (
        outlet TEXT PRIMARY KEY, articles INTEGER NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO outlet_counts SELECT outlet, sum(articles) FROM outlet_days GROUP BY outlet;
    """,
    # 12: the outlet in the full-text indexes (issue 12): a search under an ``outlet:``
    # filter is one full-text query, the words AND the outlet's token, which FTS5 answers
    # by intersecting the two lists; checking each match of a common word against the
    # outlet's listed keys cost 60-90 ms at 100,000 articles. The token is the outlet
    # name, lower-cased as ``COLLATE NOCASE`` does, in hex between "o" and "z"
    # (`OUTLET_TOKEN`): one word, which no stemmer changes and no text contains.
    f"""
    DROP TRIGGER documents_fts_insert;
    DROP TRIGGER documents_fts_delete;
    DROP TRIGGER statements_fts_insert;
    DROP TRIGGER statements_fts_delete;
    DROP TABLE documents_fts;
    DROP TABLE statements_fts;
    CREATE VIEW documents_search AS
    SELECT key, title, body, {OUTLET_TOKEN.format(outlet="outlet")} AS outlet FROM documents;
    CREATE VIEW statements_search AS
    SELECT s.key, s.text, {OUTLET_TOKEN.format(outlet="d.outlet")} AS outlet
    FROM statements s JOIN documents d ON d.key = s.doc;
    CREATE VIRTUAL TABLE documents_fts USING fts5(
        title, body, outlet, content='documents_search', content_rowid='key',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE VIRTUAL TABLE statements_fts USING fts5(
        text, outlet, content='statements_search', content_rowid='key',
        tokenize='porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
        INSERT INTO documents_fts(rowid, title, body, outlet)
        VALUES (new.key, new.title, new.body, {OUTLET_TOKEN.format(outlet="new.outlet")});
        INSERT INTO documents_exact(rowid, title, body) VALUES (new.key, new.title, new.body);
    END;
    CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
        INSERT INTO documents_fts(documents_fts, rowid, title, body, outlet)
        VALUES ('delete', old.key, old.title, old.body,
            {OUTLET_TOKEN.format(outlet="old.outlet")});
        INSERT INTO documents_exact(documents_exact, rowid, title, body)
        VALUES ('delete', old.key, old.title, old.body);
    END;
    CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
        INSERT INTO statements_fts(rowid, text, outlet)
        SELECT new.key, new.text, {OUTLET_TOKEN.format(outlet="d.outlet")}
        FROM documents d WHERE d.key = new.doc;
        INSERT INTO statements_exact(rowid, text) VALUES (new.key, new.text);
    END;
    CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
        INSERT INTO statements_fts(statements_fts, rowid, text, outlet)
        SELECT 'delete', old.key, old.text, {OUTLET_TOKEN.format(outlet="d.outlet")}
        FROM documents d WHERE d.key = old.doc;
        INSERT INTO statements_exact(statements_exact, rowid, text)
        VALUES ('delete', old.key, old.text);
    END;
    INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
    INSERT INTO statements_fts(statements_fts) VALUES ('rebuild');
    """,
    # 13: the per-entity read model in two parts (issue 12): rows of the articles stored
    # since the last fold go to a small ``*_recent`` table, which
    # `newsdossier.store.aggregates.fold_recent` moves into the large ``*_merged`` one every
    # `aggregates.FOLD_EVERY` articles; the old names are views over both (for
    # ``entity_months``, a (entity, month) may have a row in each, to be summed). Written
    # to in place, each of these tables took one page per entity of an article once the
    # entity's rows outgrew a page, so a store's load time grew with its size.
    """
    ALTER TABLE entity_docs RENAME TO entity_docs_merged;
    CREATE TABLE entity_docs_recent (
        entity_id TEXT NOT NULL, day TEXT NOT NULL, doc INTEGER NOT NULL,
        story INTEGER NOT NULL, lead INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (entity_id, day, doc)
    ) WITHOUT ROWID;
    CREATE INDEX entity_docs_recent_stories ON entity_docs_recent(entity_id, day, doc, story)
        WHERE lead;
    CREATE VIEW entity_docs AS
    SELECT * FROM entity_docs_merged UNION ALL SELECT * FROM entity_docs_recent;
    ALTER TABLE statement_entities RENAME TO statement_entities_merged;
    CREATE TABLE statement_entities_recent (
        entity_id TEXT NOT NULL, said INTEGER NOT NULL, day TEXT NOT NULL,
        doc INTEGER NOT NULL, idx INTEGER NOT NULL,
        PRIMARY KEY (entity_id, said, day, doc, idx)
    ) WITHOUT ROWID;
    CREATE VIEW statement_entities AS
    SELECT * FROM statement_entities_merged UNION ALL SELECT * FROM statement_entities_recent;
    ALTER TABLE entity_months RENAME TO entity_months_merged;
    CREATE TABLE entity_months_recent (
        entity_id TEXT NOT NULL, month TEXT NOT NULL,
        articles INTEGER NOT NULL DEFAULT 0, statements INTEGER NOT NULL DEFAULT 0,
        PRIMARY KEY (entity_id, month)
    ) WITHOUT ROWID;
    CREATE VIEW entity_months AS
    SELECT * FROM entity_months_merged UNION ALL SELECT * FROM entity_months_recent;
    """,
)

SCHEMA_VERSION = len(MIGRATIONS)

#: The tables whose row counts describe a store (``info``, corpus stats).
COUNTED_TABLES = (
    "documents",
    "entities",
    "mentions",
    "statements",
    "timexes",
    "roles",
    "events",
    "relations",
    "rejections",
)


#: The key column linking a layer's rows to their document (its integer ``documents.key``).
DOC_KEY = "doc"
#: The key column holding a row's position in its layer.
IDX_KEY = "idx"
#: The integer key column of the tables other rows point at (``documents``) or full-text
#: indexes read through (``statements``): assigned by SQLite, never written by the writer.
ROW_KEY = "key"
#: The tables with a `ROW_KEY` column.
ROW_KEYED = ("documents", "statements")
#: Columns of ``documents`` that are not fields of the record: filled by the writer.
DOCUMENT_EXTRA = ("pipeline", "ingested_at")


@dataclass(frozen=True, slots=True)
class Column:
    """One stored column of a layer and the field of the row's record it holds.

    ``sub`` names the field of a nested record flattened into this column; ``codec`` is
    how the value is stored: as is, as JSON text, or a bool as INTEGER.
    """

    name: str
    field: str
    sub: str | None = None
    codec: Literal["value", "json", "bool"] = "value"


@dataclass(frozen=True, slots=True, eq=False)
class Layer:
    """A table holding one layer: the record type of a row and the columns it is stored in.

    ``field`` is the field of the parent record (``parent`` table) holding the rows;
    ``keys`` are the columns the writer fills from where the row sits (document id,
    parent key, position); ``parent_key`` is (column, parent field or ``"idx"``). Layers
    compare by identity, so they are cheap dictionary keys.
    """

    table: str
    cls: type
    field: str | None
    parent: str | None
    keys: tuple[str, ...]
    columns: tuple[Column, ...]
    parent_key: tuple[str, str] | None = None
    indexed: bool = False
    json: bool = False
    extra: tuple[str, ...] = ()

    @property
    def column_names(self) -> tuple[str, ...]:
        """Every column of the table, keys first."""
        return (*self.keys, *(c.name for c in self.columns), *self.extra)


def row_columns(cls: type) -> tuple[Column, ...]:
    """The columns one record of dataclass ``cls`` is stored in (its own tables left out)."""
    columns: list[Column] = []
    for f, shape, hint in field_types(cls):
        if not shape.store or (shape.table and not shape.json):
            continue
        inner, _, repeated = unwrap(hint)
        if shape.columns:
            columns += [Column(name, f.name, sub) for sub, name in shape.columns]
        elif repeated or is_record(inner):
            columns.append(Column(shape.column or f.name, f.name, codec="json"))
        else:
            codec: Literal["value", "bool"] = "bool" if inner is bool else "value"
            columns.append(Column(shape.column or f.name, f.name, codec=codec))
    return tuple(columns)


def layers(root: type = Article) -> tuple[Layer, ...]:
    """Every table the records of dataclass ``root`` are stored in: ``documents`` first,
    then each layer, a nested layer right after its parent."""
    top = Layer("documents", root, None, None, (), row_columns(root), extra=DOCUMENT_EXTRA)
    return (top, *_child_layers(top))


def _child_layers(parent: Layer) -> list[Layer]:
    found: list[Layer] = []
    for f, shape, hint in field_types(parent.cls):
        if not (shape.store and shape.table):
            continue
        keys = [DOC_KEY]
        if shape.parent_key:
            keys.append(shape.parent_key[0])
        if shape.indexed:
            keys.append(IDX_KEY)
        item = unwrap(hint)[0]
        layer = Layer(
            shape.table,
            item,
            f.name,
            parent.table,
            tuple(keys),
            row_columns(item),
            parent_key=shape.parent_key,
            indexed=shape.indexed,
            json=shape.json,
        )
        found += [layer, *_child_layers(layer)]
    return found


#: The tables of the record, as the writer writes and the loader reads them.
LAYERS = layers()
#: The same, by table name.
LAYER_BY_TABLE = {layer.table: layer for layer in LAYERS}
