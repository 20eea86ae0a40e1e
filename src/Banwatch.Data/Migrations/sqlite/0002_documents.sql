-- Ingested documents, what extraction found in them, and the review queue of facts.

CREATE TABLE documents (
    id           INTEGER PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,   -- SHA-256 of the file's bytes: re-ingesting the same content is a no-op
    name         TEXT NOT NULL,
    format       TEXT NOT NULL,
    title        TEXT,
    source_url   TEXT,
    published    TEXT,
    text         TEXT NOT NULL,
    ingested_at  TEXT NOT NULL
);

-- Full-text search over title and text; kept in step with documents by the store, in the same transaction.
CREATE VIRTUAL TABLE documents_fts USING fts5 (title, text, content = 'documents', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2');

CREATE TABLE document_mentions (
    document_id INTEGER NOT NULL REFERENCES documents (id),
    iso3        TEXT NOT NULL REFERENCES states (iso3),
    start_at    INTEGER NOT NULL,
    end_at      INTEGER NOT NULL,
    PRIMARY KEY (document_id, start_at)
);

CREATE TABLE document_figures (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents (id),
    value          INTEGER NOT NULL,
    what           TEXT NOT NULL,
    qualifier      TEXT NOT NULL,
    event          TEXT,
    start_at       INTEGER NOT NULL,
    end_at         INTEGER NOT NULL,
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL
);

-- Facts wait here for a person: pending, then accepted (into the state's record) or rejected (kept, so that
-- extracting the same document again does not bring them back).
CREATE TABLE facts (
    id             INTEGER PRIMARY KEY,
    document_id    INTEGER NOT NULL REFERENCES documents (id),
    kind           TEXT NOT NULL,
    iso3           TEXT NOT NULL REFERENCES states (iso3),
    issue          TEXT NOT NULL DEFAULT '',   -- '' where not a position: unique keys treat NULLs apart
    stance         TEXT NOT NULL DEFAULT '',
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    mention_start  INTEGER NOT NULL,
    mention_end    INTEGER NOT NULL,
    evidence       TEXT NOT NULL,             -- the sentence, kept so the record reads without the document
    review         TEXT NOT NULL DEFAULT 'pending' CHECK (review IN ('pending', 'accepted', 'rejected')),
    reviewed_at    TEXT,
    UNIQUE (document_id, kind, iso3, evidence_start, issue, stance)
);

CREATE INDEX facts_by_review ON facts (review, document_id);
CREATE INDEX facts_by_state ON facts (iso3, review);
