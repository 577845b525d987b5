-- Grows a PostgreSQL store to COPIES + 1 times its events, for query timings at a size that ingest would take
-- hours to reach here (docs/scaling.md, "Query latency"). Run with psql on a copy of a store built by ingest:
--   createdb -T parley_1m parley_10m
--   psql -d parley_10m -v copies=9 -v with_documents=false -f bench/Parley.StoreBench/scale-up.sql
-- Copy k (1..COPIES) of every event, its dyad rows and pair rows gets an id shifted past the originals' and a
-- day k days later (so it fills the same monthly partitions, as a busier archive would, plus the month after
-- the last). Events keep their cluster keys, so each happening is told k + 1 times over.
-- with_documents=true copies the documents (identity '<identity>#k'), their sentences, and the events'
-- participants and evidence too, each copied event then belonging to the copied document; with false the
-- copies are told by the original documents and have no participants or evidence of their own (faster to
-- build: the events, pairs and dyads are what the timed queries search). Duplicate links (signatures,
-- bands, copies) are never copied. The store is for reading afterwards: its sentences' tsvector becomes a
-- plain column (copied rather than recomputed), so new writes would not fill it.
\set ON_ERROR_STOP on
\timing on
SET jit = off;
SELECT max(id) + 1 AS events_past, (SELECT max(id) + 1 FROM documents) AS documents_past, (SELECT max(id) + 1 FROM sentences) AS sentences_past FROM events \gset
-- How far a copied event's document id moves: to its document's copy, or nowhere.
SELECT CASE WHEN :'with_documents'::boolean THEN :documents_past ELSE 0 END AS document_step \gset

-- The months the shifted days fall in, before any row needs them (a dated row must not land in events_undated).
SELECT format('CREATE TABLE IF NOT EXISTS events_y%sm%s PARTITION OF events FOR VALUES FROM (%L) TO (%L)',
        to_char(m, 'YYYY'), to_char(m, 'MM'), m::date, (m + interval '1 month')::date)
FROM (SELECT DISTINCT date_trunc('month', day + k) AS m FROM events, generate_series(1, :copies) AS k WHERE day IS NOT NULL) months
\gexec

\if :with_documents
ALTER TABLE sentences ALTER COLUMN words DROP EXPRESSION;
DROP INDEX sentences_words;

INSERT INTO documents (id, identity, doc_key, url, content_hash, origin, format, title, byline, source_id, published, published_source, text, quality, mentions, ingested_at)
OVERRIDING SYSTEM VALUE
SELECT id + k * :documents_past, identity || '#' || k, doc_key || '#' || k, url, content_hash, origin, format, title, byline, source_id, published, published_source, text, quality, mentions, ingested_at
FROM documents, generate_series(1, :copies) AS k WHERE id < :documents_past;

INSERT INTO sentences (id, doc_id, idx, start, "end", text, words)
SELECT id + k * :sentences_past, doc_id + k * :documents_past, idx, start, "end", text, words
FROM sentences, generate_series(1, :copies) AS k WHERE id < :sentences_past;
\endif

INSERT INTO events (id, doc_id, local_id, type, mode, plover_type, plover_mode, cameo, score, trigger, sentence, modality, hedged, attribution,
    attribution_source, contexts, quantities, confidence, location_text, location_name, country, lat, lon, date_text, date_value, date_precision, day, cluster_key, stance)
SELECT id + k * :events_past, doc_id + k * :document_step, local_id, type, mode, plover_type, plover_mode, cameo, score, trigger, sentence, modality, hedged, attribution,
    attribution_source, contexts, quantities, confidence, location_text, location_name, country, lat, lon, date_text, date_value, date_precision, day + k, cluster_key, stance
FROM events, generate_series(1, :copies) AS k WHERE id < :events_past;

\if :with_documents
INSERT INTO participants (event_id, role, ord, code, sector, name, text)
SELECT event_id + k * :events_past, role, ord, code, sector, name, text FROM participants, generate_series(1, :copies) AS k WHERE event_id < :events_past;

INSERT INTO evidence (event_id, ord, doc_id, start, "end", sentence)
SELECT event_id + k * :events_past, ord, doc_id + k * :documents_past, start, "end", sentence FROM evidence, generate_series(1, :copies) AS k WHERE event_id < :events_past;
\endif

INSERT INTO event_pairs (low, high, day, event_id)
SELECT low, high, day + k, event_id + k * :events_past FROM event_pairs, generate_series(1, :copies) AS k WHERE event_id < :events_past;

INSERT INTO event_dyads (event_id, actor, recipient)
SELECT event_id + k * :events_past, actor, recipient FROM event_dyads, generate_series(1, :copies) AS k WHERE event_id < :events_past;

\if :with_documents
CREATE INDEX sentences_words ON sentences USING gin (words);
\endif
-- The statistics kept at write time (schema 5) counted the original events only: drop them and let their
-- migration count every event again.
SELECT to_regclass('stats_type_month') IS NOT NULL AS kept_statistics \gset
\if :kept_statistics
DROP TABLE stats_type_month, stats_dyad, stats_dyad_month;
\ir ../../src/Parley.Storage/Postgres/Migrations/0005_stats.sql
\endif

SELECT setval('events_id_seq', (SELECT max(id) FROM events)), setval('sentences_id_seq', (SELECT max(id) FROM sentences)),
    setval(pg_get_serial_sequence('documents', 'id'), (SELECT max(id) FROM documents));
VACUUM ANALYZE;
SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM sentences) AS sentences, (SELECT count(*) FROM events) AS events,
    pg_size_pretty(pg_database_size(current_database())) AS size;
