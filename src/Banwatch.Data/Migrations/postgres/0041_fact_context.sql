-- What a fact is about, for the person reviewing it: the meeting as the document writes it and the record's event it
-- resolved to, the declaration endorsed, the date (stated, else the document's: YYYY-MM-DD or YYYY-MM) and the amount pledged.
ALTER TABLE facts ADD COLUMN meeting TEXT;
ALTER TABLE facts ADD COLUMN event_id TEXT;
ALTER TABLE facts ADD COLUMN declaration TEXT;
ALTER TABLE facts ADD COLUMN stated_on TEXT;
ALTER TABLE facts ADD COLUMN amount TEXT;
