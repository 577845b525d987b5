-- Each happening's tally kept as its reports arrive (see Linking/HappeningCounter.cs), so that a batch adds
-- its reports to a few rows per happening instead of reading every report of every happening it touches
-- again across the monthly partitions. A row counts the reports one independent source (the outlet of the
-- report's group's original, or minus the original's id when it has none) gave the happening with one stance
-- (events.stance).
CREATE TABLE happening_tallies (
    happening text NOT NULL,
    unit      bigint NOT NULL,
    stance    smallint NOT NULL,
    reports   integer NOT NULL,
    PRIMARY KEY (happening, unit, stance)
);

INSERT INTO happening_tallies (happening, unit, stance, reports)
SELECT e.cluster_key, coalesce(o.source_id, -o.id), e.stance, count(*)
FROM events e LEFT JOIN document_copies x ON x.doc_id = e.doc_id JOIN documents o ON o.id = coalesce(x.original_id, e.doc_id)
GROUP BY 1, 2, 3;
