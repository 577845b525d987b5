-- Parley event store, schema version 7: each happening's tally kept as its reports arrive (see
-- Linking/HappeningCounter.cs), so that a batch adds its reports to a few rows per happening instead of
-- reading every report of every happening it touches again. A row counts the reports one independent source
-- (the outlet of the report's group's original, or minus the original's id when it has none) gave the
-- happening with one stance (Linking/HappeningTally.cs: 0 asserted, 1 claimed, 2 speculated, 3 denied).
CREATE TABLE happening_tallies (
    happening TEXT NOT NULL,
    unit      INTEGER NOT NULL,
    stance    INTEGER NOT NULL,
    reports   INTEGER NOT NULL,
    PRIMARY KEY (happening, unit, stance)
) WITHOUT ROWID;

-- The counts of the events stored so far; the stance as HappeningTally.StanceOf decides it.
INSERT INTO happening_tallies (happening, unit, stance, reports)
SELECT e.cluster_key, coalesce(o.source_id, -o.id),
    CASE
        WHEN e.modality = 'negated' THEN 3
        WHEN e.modality IN ('future', 'hypothetical') OR e.hedged THEN 2
        WHEN e.attribution_source IN (SELECT code FROM participants WHERE event_id = e.id) THEN 1
        ELSE 0
    END,
    count(*)
FROM events e LEFT JOIN document_copies x ON x.doc_id = e.doc_id JOIN documents o ON o.id = coalesce(x.original_id, e.doc_id)
GROUP BY 1, 2, 3;
