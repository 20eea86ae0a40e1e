-- A document is shown a window of its text at a time (a report can hold hundreds of thousands of mentions): what was
-- found in a window is read by document and offset.
CREATE INDEX facts_by_document ON facts (document_id, mention_start);
CREATE INDEX document_figures_by_document ON document_figures (document_id, start_at);
