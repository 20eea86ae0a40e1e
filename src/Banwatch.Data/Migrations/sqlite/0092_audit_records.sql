-- Which record an audit entry is about, as KIND:KEY ("fact:12", "position:3", "user:ana"), and the state it concerns,
-- so a record's page can say who changed it and when. Entries written before these columns have neither; their
-- subject still names the record.
ALTER TABLE audit_log ADD COLUMN record TEXT;
ALTER TABLE audit_log ADD COLUMN state TEXT;

CREATE INDEX audit_log_by_record ON audit_log (record, id);
CREATE INDEX audit_log_by_state ON audit_log (state, id);
