-- Parley event store on PostgreSQL, schema version 1: the tables of the SQLite store (see
-- Sqlite/Migrations), shaped for many concurrent writers and tens of millions of events.
-- Offsets are half-open character ranges [start, end) of documents.text, like everywhere in Parley.

CREATE TABLE sources (
    id   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name text NOT NULL
);
-- Outlet names compare case-insensitively, as in SQLite (COLLATE NOCASE).
CREATE UNIQUE INDEX sources_name ON sources (lower(name));

CREATE TABLE documents (
    id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- 'url:' + canonical URL, else 'sha256:' + hash of the normalised text. Unique: concurrent workers
    -- that read the same article insert it with ON CONFLICT DO NOTHING, and only one of them keeps it.
    identity         text NOT NULL UNIQUE,
    doc_key          text NOT NULL,
    url              text,
    content_hash     text NOT NULL,
    origin           text NOT NULL,
    format           text NOT NULL,
    title            text,
    byline           text,
    source_id        bigint REFERENCES sources(id),
    published        text,
    published_source text,
    text             text NOT NULL,
    quality          text,      -- JSON, kept as written so that both back ends return it alike
    mentions         text NOT NULL DEFAULT '[]',
    ingested_at      timestamptz NOT NULL
);
CREATE INDEX documents_source ON documents (source_id);

-- Sentences carry their own text and its tsvector ('simple': no stemming, like SQLite's unicode61).
CREATE TABLE sentences (
    id     bigint PRIMARY KEY,
    doc_id bigint NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    idx    integer NOT NULL,
    start  integer NOT NULL,
    "end"  integer NOT NULL,
    text   text NOT NULL,
    words  tsvector GENERATED ALWAYS AS (to_tsvector('simple', text)) STORED,
    UNIQUE (doc_id, idx)
);
CREATE SEQUENCE sentences_id_seq OWNED BY sentences.id;
CREATE INDEX sentences_words ON sentences USING gin (words);

-- Events, partitioned by the month of the day they are filed under: a time-bounded query reads only its
-- months, and old months can be detached or moved to cheaper storage. The writer creates a month's
-- partition before its first event (PostgresPartitions); events without a day go to events_undated.
-- A partitioned table's unique keys must contain the partition key, so id is unique by its sequence
-- alone, and the tables that refer to events carry no foreign key (the writer deletes their rows itself).
CREATE SEQUENCE events_id_seq;
CREATE TABLE events (
    id                 bigint NOT NULL,
    doc_id             bigint NOT NULL,
    local_id           text NOT NULL,
    type               text NOT NULL,
    mode               text,
    plover_type        text NOT NULL,
    plover_mode        text,
    cameo              text NOT NULL,
    score              double precision NOT NULL,
    trigger            text NOT NULL,
    sentence           integer NOT NULL,
    modality           text NOT NULL,
    hedged             boolean NOT NULL,
    attribution        text,
    attribution_source text,
    contexts           jsonb NOT NULL,
    quantities         text NOT NULL,
    confidence         double precision NOT NULL,
    location_text      text,
    location_name      text,
    country            text,
    lat                double precision,
    lon                double precision,
    date_text          text,
    date_value         text,
    date_precision     text,
    day                date,
    cluster_key        text NOT NULL,
    -- How this report tells its happening (HappeningTally.Stance: 0 asserted, 1 claimed, 2 speculated,
    -- 3 denied), fixed when the event is written: recounting a happening then reads its events alone.
    stance             smallint NOT NULL
) PARTITION BY RANGE (day);
CREATE TABLE events_undated PARTITION OF events DEFAULT;
CREATE INDEX events_id ON events (id);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_day ON events (day DESC NULLS LAST, id DESC);
CREATE INDEX events_type ON events (plover_type, day DESC NULLS LAST);
CREATE INDEX events_country ON events (country, day DESC NULLS LAST);
CREATE INDEX events_cluster ON events (cluster_key);

CREATE TABLE participants (
    event_id bigint NOT NULL,
    role     text NOT NULL,
    ord      integer NOT NULL,
    code     text NOT NULL,
    sector   text NOT NULL,
    name     text,
    text     text NOT NULL,
    PRIMARY KEY (event_id, role, ord)
);
CREATE INDEX participants_code ON participants (code, role, event_id);
CREATE INDEX participants_name ON participants (lower(name), role, event_id);

CREATE TABLE evidence (
    event_id bigint NOT NULL,
    ord      integer NOT NULL,
    doc_id   bigint NOT NULL,
    start    integer NOT NULL,
    "end"    integer NOT NULL,
    sentence integer NOT NULL,
    PRIMARY KEY (event_id, ord)
);
CREATE INDEX evidence_sentence ON evidence (doc_id, sentence);

-- Each event once per unordered pair of its actor and recipient codes: a dyad query ("USA and TWN,
-- either way, newest first") reads one index range in day order and stops at the page's end.
CREATE TABLE event_pairs (
    low      text NOT NULL,
    high     text NOT NULL,
    day      date,
    event_id bigint NOT NULL
);
CREATE INDEX event_pairs_dyad ON event_pairs (low, high, day DESC NULLS LAST, event_id DESC);
CREATE INDEX event_pairs_event ON event_pairs (event_id);

-- Each event once per directed (actor, recipient) pair of distinct codes: the dyad statistics.
CREATE TABLE event_dyads (
    event_id  bigint NOT NULL,
    actor     text NOT NULL,
    recipient text NOT NULL,
    PRIMARY KEY (event_id, actor, recipient)
);
CREATE INDEX event_dyads_pair ON event_dyads (actor, recipient);

-- How many independent sources tell each happening (events.cluster_key), and how they tell it.
CREATE TABLE clusters (
    key      text PRIMARY KEY,
    sources  integer NOT NULL,
    modality text NOT NULL
);

-- Near-duplicate documents (see docs/duplicates.md and Linking/DuplicateLinker.cs).
CREATE TABLE document_signatures (
    doc_id   bigint PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    scheme   bigint NOT NULL,
    shingles integer NOT NULL,
    minhash  bytea NOT NULL
);

CREATE TABLE document_bands (
    key    bigint NOT NULL,
    doc_id bigint NOT NULL,
    PRIMARY KEY (key, doc_id)
);

CREATE TABLE document_copies (
    doc_id      bigint PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    original_id bigint NOT NULL,
    nearest_id  bigint NOT NULL,
    jaccard     double precision NOT NULL,
    containment double precision NOT NULL
);
CREATE INDEX document_copies_original ON document_copies (original_id);
