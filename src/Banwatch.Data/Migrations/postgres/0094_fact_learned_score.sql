-- The learned model's score (0-1) for a fact it proposed where the rules found none; NULL for the rules' facts. The
-- review queue shows it, so a person can tell a guess from a matched cue.
ALTER TABLE facts ADD COLUMN learned_score DOUBLE PRECISION;
