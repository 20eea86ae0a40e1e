-- The state page counts a state's mentions per document ("mentions over time"): look them up by state.

CREATE INDEX document_mentions_by_state ON document_mentions (iso3, document_id);
