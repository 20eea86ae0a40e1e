-- Obligations (issue 5): what research found on Art. 3 stockpiles and Art. 4 clearance, the Art. 7 reports
-- received (reference data, replaced on every load), and the facts people add with their source (kept across loads).
-- Dates are ISO-8601 text, as in 0001.

CREATE TABLE obligation_records (
    iso3                 TEXT NOT NULL REFERENCES states (iso3),
    kind                 TEXT NOT NULL,
    applies              INTEGER NOT NULL,
    completed_on         TEXT,  -- YYYY-MM-DD, or YYYY-MM or YYYY when the source gives no more
    published_deadline   TEXT,
    extended_deadline    TEXT,
    extension_granted_at TEXT REFERENCES events (id),
    hostilities_ended    TEXT,
    source               TEXT NOT NULL,
    note                 TEXT,
    PRIMARY KEY (iso3, kind)
);

CREATE TABLE article7_reports (
    id           INTEGER PRIMARY KEY,
    iso3         TEXT NOT NULL REFERENCES states (iso3),
    kind         TEXT NOT NULL,
    year_covered INTEGER,
    submitted_on TEXT NOT NULL,
    source       TEXT NOT NULL
);

-- No foreign keys: the reference tables are replaced on every load, and these rows must outlive that.
CREATE TABLE obligation_updates (
    id                   INTEGER PRIMARY KEY,
    iso3                 TEXT NOT NULL,
    kind                 TEXT NOT NULL,
    year_covered         INTEGER,
    completed_on         TEXT,
    extended_deadline    TEXT,
    extension_granted_at TEXT,
    published_deadline   TEXT,
    source               TEXT NOT NULL,
    note                 TEXT,
    added_at             TEXT NOT NULL
);

CREATE INDEX article7_reports_by_state ON article7_reports (iso3);
