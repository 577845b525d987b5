-- Parley event store, schema version 4: near-duplicate documents and cluster modality.
-- Syndicated copies, light rewrites and spun versions of one article are linked to the group's original
-- (its earliest member), never deleted, so that a happening told by an article and its copies counts one
-- independent source. See docs/duplicates.md ("Store integration") for the algorithm and its cost.

-- Each document's MinHash signature (Parley.Duplicates), to verify candidates without re-reading texts.
-- scheme identifies how it was made (seed, shingle size, bands × rows, synonym lexicon): signatures of
-- different schemes are never compared.
CREATE TABLE document_signatures (
    doc_id   INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    scheme   INTEGER NOT NULL,
    shingles INTEGER NOT NULL,   -- distinct word shingles
    minhash  BLOB NOT NULL       -- the signature's values, 4 bytes each, little-endian
);

-- The LSH buckets: one row per band of each signature. A band's key is hashed with the band's number in
-- its seed, so keys of different bands do not meet and the band needs no column. A lookup reads at most
-- DuplicateOptions.MaximumBucketWalk rows per key, newest first, from this primary key.
CREATE TABLE document_bands (
    key    INTEGER NOT NULL,
    doc_id INTEGER NOT NULL,
    PRIMARY KEY (key, doc_id)
) WITHOUT ROWID;

-- Copies: a row for every document that is not its group's original. original_id is the group's earliest
-- document (by publication date, then by id), so a copy's original is one lookup; nearest_id is the
-- document it was found most similar to when it was linked, with the estimated similarity.
CREATE TABLE document_copies (
    doc_id      INTEGER PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    original_id INTEGER NOT NULL,
    nearest_id  INTEGER NOT NULL,
    jaccard     REAL NOT NULL,
    containment REAL NOT NULL
);
CREATE INDEX document_copies_original ON document_copies(original_id);

-- How the sources of a happening tell it, kept with its source count (see SqliteBatchWriter.RefreshClusters):
-- confirmed, reported, claimed, speculative, disputed, or negated (only denials).
ALTER TABLE clusters ADD COLUMN modality TEXT NOT NULL DEFAULT 'reported';

UPDATE clusters SET modality = (
    SELECT CASE
        WHEN sum(stance = 'n') > 0 AND sum(stance IN ('a', 'c')) > 0 THEN 'disputed'
        WHEN count(DISTINCT CASE WHEN stance = 'a' THEN unit END) >= 2 THEN 'confirmed'
        WHEN sum(stance = 'a') > 0 THEN 'reported'
        WHEN sum(stance = 'c') > 0 THEN 'claimed'
        WHEN sum(stance = 's') > 0 THEN 'speculative'
        ELSE 'negated' END
    FROM (
        SELECT coalesce(d.source_id, -d.id) AS unit,
            CASE WHEN e.modality = 'negated' THEN 'n'
                 WHEN e.modality IN ('future', 'hypothetical') OR e.hedged THEN 's'
                 WHEN e.attribution_source IN (SELECT code FROM participants WHERE event_id = e.id) THEN 'c'
                 ELSE 'a' END AS stance
        FROM events e JOIN documents d ON d.id = e.doc_id WHERE e.cluster_key = clusters.key));
