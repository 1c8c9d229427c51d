-- 0002_indexes: lookups by document and by dyad for the analysis queries.
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_dyad ON events (source_country, target_country);
CREATE INDEX quotes_doc ON quotes (doc_id);
