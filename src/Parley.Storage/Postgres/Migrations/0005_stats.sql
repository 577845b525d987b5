-- Schema version 5: statistics kept as events are written, the tables of SQLite's stats_* (Sqlite/Migrations/0003_stats.sql).
-- 'parley stats' grouped every matching event twice (by type and month, by dyad and month): 7–9 s at a
-- million events, over a minute at ten million. These tables hold the same counts per modality, so that the
-- default query (asserted events, no other filter) reads a few thousand rows. Each batch adds its events and
-- takes away those it deletes (--reprocess) with one upsert per table, under the writers' shared-state lock
-- (PostgresBatchWriter, StatisticsDelta). A group whose events have all gone keeps a row with 0 events; readers
-- skip those. month is 'YYYY-MM' of events.day, '' for events with no day.

CREATE TABLE stats_type_month (
    modality    text NOT NULL,
    plover_type text NOT NULL,
    month       text NOT NULL,
    events      bigint NOT NULL,
    PRIMARY KEY (modality, plover_type, month)
);

-- Per directed dyad (see event_dyads): the busiest dyads and their mean score without a month scan.
CREATE TABLE stats_dyad (
    modality  text NOT NULL,
    actor     text NOT NULL,
    recipient text NOT NULL,
    events    bigint NOT NULL,
    score_sum double precision NOT NULL,
    PRIMARY KEY (modality, actor, recipient)
);

-- Per directed dyad and month: the conflict-cooperation index (score_sum / events).
CREATE TABLE stats_dyad_month (
    modality  text NOT NULL,
    actor     text NOT NULL,
    recipient text NOT NULL,
    month     text NOT NULL,
    events    bigint NOT NULL,
    score_sum double precision NOT NULL,
    PRIMARY KEY (modality, actor, recipient, month)
);

INSERT INTO stats_type_month (modality, plover_type, month, events)
SELECT modality, plover_type, coalesce(to_char(day, 'YYYY-MM'), ''), count(*) FROM events GROUP BY 1, 2, 3;

INSERT INTO stats_dyad_month (modality, actor, recipient, month, events, score_sum)
SELECT e.modality, x.actor, x.recipient, coalesce(to_char(e.day, 'YYYY-MM'), ''), count(*), sum(e.score)
FROM event_dyads x JOIN events e ON e.id = x.event_id GROUP BY 1, 2, 3, 4;

INSERT INTO stats_dyad (modality, actor, recipient, events, score_sum)
SELECT modality, actor, recipient, sum(events), sum(score_sum) FROM stats_dyad_month GROUP BY 1, 2, 3;
