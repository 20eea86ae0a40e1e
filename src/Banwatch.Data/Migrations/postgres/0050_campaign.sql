-- Campaign planning (issue 9): category lists and UN General Assembly votes (reference data, replaced on every
-- load), and what people add with their source — category corrections, positions, actions — which no load touches.
-- Dates as precise as a source gives them (YYYY, YYYY-MM) are text on both.

CREATE TABLE category_lists (
    id         TEXT PRIMARY KEY,
    name       TEXT NOT NULL,
    as_of      TEXT,             -- YYYY-MM-DD, YYYY-MM or YYYY; NULL for an undated page
    kind       TEXT NOT NULL,    -- standing | event
    covers     TEXT NOT NULL,    -- categories, ' | '-separated
    complete   BOOLEAN NOT NULL,
    named      INTEGER,
    total      INTEGER,
    source     TEXT NOT NULL,
    note       TEXT,
    position   INTEGER NOT NULL  -- file order, which breaks ties between lists of the same date
);

CREATE TABLE category_entries (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    iso3         CHAR(3) NOT NULL REFERENCES states (iso3),
    category     TEXT NOT NULL,
    list_id      TEXT NOT NULL REFERENCES category_lists (id),
    unclear      BOOLEAN NOT NULL,
    period_start TEXT,
    period_end   TEXT,
    source       TEXT NOT NULL,
    note         TEXT
);

CREATE TABLE unga_resolutions (
    year       INTEGER PRIMARY KEY,
    symbol     TEXT UNIQUE,
    adopted_on DATE,
    yes        INTEGER,
    no         INTEGER,
    abstain    INTEGER,
    source     TEXT NOT NULL,
    note       TEXT
);

CREATE TABLE unga_votes (
    resolution TEXT NOT NULL REFERENCES unga_resolutions (symbol),
    iso3       CHAR(3) NOT NULL REFERENCES states (iso3),
    vote       TEXT NOT NULL,
    source     TEXT NOT NULL,
    PRIMARY KEY (resolution, iso3)
);

-- No foreign keys below: the reference tables are replaced on every load, and these rows must outlive that.
CREATE TABLE category_updates (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    iso3         CHAR(3) NOT NULL,
    category     TEXT NOT NULL,
    listed       BOOLEAN NOT NULL,
    as_of        TEXT NOT NULL,
    period_start TEXT,
    period_end   TEXT,
    source       TEXT NOT NULL,
    note         TEXT,
    added_at     TEXT NOT NULL
);

CREATE TABLE position_entries (
    id       BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    iso3     CHAR(3) NOT NULL,
    issue    TEXT NOT NULL,
    stance   TEXT NOT NULL,
    said_on  DATE NOT NULL,
    source   TEXT NOT NULL,
    note     TEXT,
    added_at TEXT NOT NULL
);

CREATE TABLE campaign_actions (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    iso3         CHAR(3) NOT NULL,
    kind         TEXT NOT NULL,
    action_date  DATE NOT NULL,
    organisation TEXT NOT NULL,
    contact      TEXT,
    summary      TEXT NOT NULL,
    outcome      TEXT,
    follow_up    DATE,
    done_on      DATE,
    added_at     TEXT NOT NULL
);

CREATE INDEX category_entries_by_state ON category_entries (iso3);
CREATE INDEX unga_votes_by_state ON unga_votes (iso3);
CREATE INDEX campaign_actions_by_state ON campaign_actions (iso3, action_date);
CREATE INDEX campaign_actions_by_follow_up ON campaign_actions (follow_up) WHERE done_on IS NULL;
