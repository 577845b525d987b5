-- Parley event store, schema version 1.
-- Offsets are half-open character ranges [start, end) of documents.text, like everywhere in Parley.

CREATE TABLE sources (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE
);

CREATE TABLE documents (
    id               INTEGER PRIMARY KEY,
    -- 'url:' + canonical URL, else 'sha256:' + hash of the normalised text: one row per article.
    identity         TEXT NOT NULL UNIQUE,
    doc_key          TEXT NOT NULL,
    url              TEXT,
    content_hash     TEXT NOT NULL,
    origin           TEXT NOT NULL,
    format           TEXT NOT NULL,
    title            TEXT,
    byline           TEXT,
    source_id        INTEGER REFERENCES sources(id),
    published        TEXT,
    published_source TEXT,
    text             TEXT NOT NULL,
    quality          TEXT,
    -- Actors, places and dates named: a JSON array of {kind, start, end, component, code, sector, name,
    -- role, place, country, lat, lon, time, evidence}. One value per document rather than a table: they
    -- are read with their document only, and a row each cost a quarter of the write time.
    mentions         TEXT NOT NULL DEFAULT '[]',
    ingested_at      TEXT NOT NULL
);
CREATE INDEX documents_source ON documents(source_id);

CREATE TABLE sentences (
    id     INTEGER PRIMARY KEY,
    doc_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    INTEGER NOT NULL,
    start  INTEGER NOT NULL,
    "end"  INTEGER NOT NULL,
    UNIQUE (doc_id, idx)
);

-- Full text of every sentence; rowid = sentences.id.
CREATE VIRTUAL TABLE sentence_text USING fts5(text, tokenize = 'unicode61 remove_diacritics 2');


CREATE TABLE events (
    id                 INTEGER PRIMARY KEY,
    doc_id             INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    local_id           TEXT NOT NULL,
    type               TEXT NOT NULL,
    mode               TEXT,
    plover_type        TEXT NOT NULL,
    plover_mode        TEXT,
    cameo              TEXT NOT NULL,
    score              REAL NOT NULL,
    trigger            TEXT NOT NULL,
    sentence           INTEGER NOT NULL,
    modality           TEXT NOT NULL,
    hedged             INTEGER NOT NULL,
    attribution        TEXT,
    attribution_source TEXT,
    contexts           TEXT NOT NULL,      -- JSON array of strings
    quantities         TEXT NOT NULL,      -- JSON array of {text, value, unit}
    confidence         REAL NOT NULL,
    location_text      TEXT,
    location_name      TEXT,
    country            TEXT,
    lat                REAL,
    lon                REAL,
    date_text          TEXT,
    date_value         TEXT,
    date_precision     TEXT,
    -- The day the event is filed under: its own date's first day, else the publication day (YYYY-MM-DD).
    day                TEXT,
    -- Events with the same day, PLOVER type, first actor and first recipient are one happening told by several sources.
    cluster_key        TEXT NOT NULL
);
CREATE INDEX events_doc ON events(doc_id);
CREATE INDEX events_day ON events(day);
CREATE INDEX events_type ON events(plover_type, day);
CREATE INDEX events_country ON events(country, day);
CREATE INDEX events_cluster ON events(cluster_key);

CREATE TABLE participants (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    role     TEXT NOT NULL,                -- 'actor' or 'recipient'
    ord      INTEGER NOT NULL,
    code     TEXT NOT NULL,
    sector   TEXT NOT NULL,
    name     TEXT,
    text     TEXT NOT NULL,
    PRIMARY KEY (event_id, role, ord)
) WITHOUT ROWID;
CREATE INDEX participants_code ON participants(code, role, event_id);
CREATE INDEX participants_name ON participants(name COLLATE NOCASE, role, event_id);

CREATE TABLE evidence (
    event_id INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    ord      INTEGER NOT NULL,
    doc_id   INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    sentence INTEGER NOT NULL,
    PRIMARY KEY (event_id, ord)
) WITHOUT ROWID;
CREATE INDEX evidence_sentence ON evidence(doc_id, sentence);

-- How many distinct sources tell each happening (see events.cluster_key); kept up to date per batch.
CREATE TABLE clusters (
    key     TEXT PRIMARY KEY,
    sources INTEGER NOT NULL
) WITHOUT ROWID;
