-- Reference data: states, names, depositary records, events and what is known of participation.
-- Dates are ISO-8601 text (YYYY-MM-DD), which sorts and compares as dates.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE states (
    iso3              TEXT PRIMARY KEY CHECK (length(iso3) = 3),
    iso2              TEXT NOT NULL UNIQUE,
    m49               TEXT NOT NULL,
    name              TEXT NOT NULL,
    formal_name       TEXT NOT NULL,
    un_status         TEXT NOT NULL,
    un_regional_group TEXT,
    region            TEXT NOT NULL,
    sub_region        TEXT,
    source            TEXT NOT NULL
);

CREATE TABLE state_aliases (
    iso3   TEXT NOT NULL REFERENCES states (iso3),
    alias  TEXT NOT NULL,
    kind   TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (iso3, alias)
);

CREATE TABLE treaty_records (
    iso3                      TEXT PRIMARY KEY REFERENCES states (iso3),
    signed                    TEXT,
    deposited                 TEXT,
    instrument                TEXT,
    provisional_application   TEXT,
    withdrawal_received       TEXT,
    withdrawal_armed_conflict INTEGER NOT NULL DEFAULT 0,
    withdrawal_conflict_ended TEXT,
    source                    TEXT NOT NULL,
    note                      TEXT
);

CREATE TABLE events (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    start_date   TEXT,
    end_date     TEXT,
    city         TEXT,
    country_iso3 TEXT REFERENCES states (iso3),
    outcome      TEXT,
    source       TEXT NOT NULL,
    position     INTEGER NOT NULL
);

CREATE TABLE event_figures (
    id        INTEGER PRIMARY KEY,
    event_id  TEXT NOT NULL REFERENCES events (id),
    figure    TEXT NOT NULL,
    value     INTEGER NOT NULL,
    qualifier TEXT NOT NULL,
    source    TEXT NOT NULL,
    note      TEXT
);

CREATE TABLE declarations (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    event_id   TEXT REFERENCES events (id),
    adopted_on TEXT,
    source     TEXT NOT NULL
);

CREATE TABLE participation (
    id       INTEGER PRIMARY KEY,
    iso3     TEXT NOT NULL REFERENCES states (iso3),
    subject  TEXT NOT NULL,
    relation TEXT NOT NULL,
    source   TEXT NOT NULL,
    note     TEXT,
    UNIQUE (iso3, subject, relation, source)
);

CREATE INDEX participation_by_state ON participation (iso3);
CREATE INDEX figures_by_event ON event_figures (event_id);
