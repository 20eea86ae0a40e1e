-- Reference data: states, names, depositary records, events and what is known of participation.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE states (
    iso3              CHAR(3) PRIMARY KEY,
    iso2              CHAR(2) NOT NULL UNIQUE,
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
    iso3   CHAR(3) NOT NULL REFERENCES states (iso3),
    alias  TEXT NOT NULL,
    kind   TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (iso3, alias)
);

CREATE TABLE treaty_records (
    iso3                      CHAR(3) PRIMARY KEY REFERENCES states (iso3),
    signed                    DATE,
    deposited                 DATE,
    instrument                TEXT,
    provisional_application   DATE,
    withdrawal_received       DATE,
    withdrawal_armed_conflict BOOLEAN NOT NULL DEFAULT FALSE,
    withdrawal_conflict_ended DATE,
    source                    TEXT NOT NULL,
    note                      TEXT
);

CREATE TABLE events (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    start_date   DATE,
    end_date     DATE,
    city         TEXT,
    country_iso3 CHAR(3) REFERENCES states (iso3),
    outcome      TEXT,
    source       TEXT NOT NULL,
    position     INTEGER NOT NULL
);

CREATE TABLE event_figures (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
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
    adopted_on DATE,
    source     TEXT NOT NULL
);

CREATE TABLE participation (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    iso3     CHAR(3) NOT NULL REFERENCES states (iso3),
    subject  TEXT NOT NULL,
    relation TEXT NOT NULL,
    source   TEXT NOT NULL,
    note     TEXT,
    UNIQUE (iso3, subject, relation, source)
);

CREATE INDEX participation_by_state ON participation (iso3);
CREATE INDEX figures_by_event ON event_figures (event_id);
