-- A fact is stored once per document and subject; the other sentences of the document stating it are kept here,
-- so a person reviews it once and sees every place it is said.
CREATE TABLE fact_places (
    id             INTEGER PRIMARY KEY,
    fact_id        INTEGER NOT NULL REFERENCES facts (id),
    evidence_start INTEGER NOT NULL,
    evidence_end   INTEGER NOT NULL,
    mention_start  INTEGER NOT NULL,
    mention_end    INTEGER NOT NULL
);

CREATE INDEX fact_places_by_fact ON fact_places (fact_id, evidence_start);
