-- Parley event store, schema version 2: dyads an index can answer.
-- A dyad filter ("USA and TWN, either way, since 2023, newest first") on participants had to gather
-- every event of the pair and sort them; on a million events that took 200-300 ms. These tables are
-- derived from participants when events are written.

-- Each event once per unordered pair of its actor and recipient codes, in day order: the dyad filter
-- reads one index range, newest first, and stops at the page's end.
CREATE TABLE event_pairs (
    low      TEXT NOT NULL,   -- the smaller code
    high     TEXT NOT NULL,   -- the larger code (equal to low for an actor acting on its own country)
    day      TEXT,
    event_id INTEGER NOT NULL,
    PRIMARY KEY (low, high, day, event_id)
) WITHOUT ROWID;

-- Each event once per directed (actor, recipient) pair of distinct codes: the dyad statistics.
CREATE TABLE event_dyads (
    event_id  INTEGER NOT NULL,
    actor     TEXT NOT NULL,
    recipient TEXT NOT NULL,
    PRIMARY KEY (event_id, actor, recipient)
) WITHOUT ROWID;
CREATE INDEX event_dyads_pair ON event_dyads(actor, recipient);

INSERT OR IGNORE INTO event_pairs (low, high, day, event_id)
SELECT min(a.code, r.code), max(a.code, r.code), e.day, e.id
FROM participants a JOIN participants r ON r.event_id = a.event_id AND r.role = 'recipient' JOIN events e ON e.id = a.event_id
WHERE a.role = 'actor';

INSERT OR IGNORE INTO event_dyads (event_id, actor, recipient)
SELECT a.event_id, a.code, r.code
FROM participants a JOIN participants r ON r.event_id = a.event_id AND r.role = 'recipient' AND r.code <> a.code
WHERE a.role = 'actor';
