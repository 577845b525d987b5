-- Parley event store, schema version 3: statistics kept as events are written.
-- 'parley stats' grouped every event of the store twice (by type and month, by dyad and month): about
-- 5 s on a million events. These tables hold the same counts per modality, so that the default query
-- (asserted events, no other filter) reads a few thousand rows. The writer adds a batch's events when it
-- commits and takes a document's events away before deleting them (--reprocess). A group whose events
-- have all gone keeps a row with 0 events; readers skip those. month is '' for events with no day.

CREATE TABLE stats_type_month (
    modality    TEXT NOT NULL,
    plover_type TEXT NOT NULL,
    month       TEXT NOT NULL,  -- YYYY-MM of events.day
    events      INTEGER NOT NULL,
    PRIMARY KEY (modality, plover_type, month)
) WITHOUT ROWID;

-- Per directed dyad (see event_dyads): the busiest dyads and their mean score without a month scan.
CREATE TABLE stats_dyad (
    modality  TEXT NOT NULL,
    actor     TEXT NOT NULL,
    recipient TEXT NOT NULL,
    events    INTEGER NOT NULL,
    score_sum REAL NOT NULL,
    PRIMARY KEY (modality, actor, recipient)
) WITHOUT ROWID;

-- Per directed dyad and month: the conflict-cooperation index (score_sum / events).
CREATE TABLE stats_dyad_month (
    modality  TEXT NOT NULL,
    actor     TEXT NOT NULL,
    recipient TEXT NOT NULL,
    month     TEXT NOT NULL,
    events    INTEGER NOT NULL,
    score_sum REAL NOT NULL,
    PRIMARY KEY (modality, actor, recipient, month)
) WITHOUT ROWID;

INSERT INTO stats_type_month (modality, plover_type, month, events)
SELECT modality, plover_type, coalesce(substr(day, 1, 7), ''), count(*) FROM events GROUP BY 1, 2, 3;

INSERT INTO stats_dyad_month (modality, actor, recipient, month, events, score_sum)
SELECT e.modality, x.actor, x.recipient, coalesce(substr(e.day, 1, 7), ''), count(*), sum(e.score)
FROM event_dyads x JOIN events e ON e.id = x.event_id GROUP BY 1, 2, 3, 4;

INSERT INTO stats_dyad (modality, actor, recipient, events, score_sum)
SELECT modality, actor, recipient, sum(events), sum(score_sum) FROM stats_dyad_month GROUP BY 1, 2, 3;
