-- Parley event store, schema version 6: happenings that gather compatible reports within a window of days
-- (see Linking/HappeningLinker.cs). Each dated event's sign (type, least actor and recipient codes, country,
-- day, whether its report dates it to the day) is kept once with the happening it is in, and found by type,
-- one party code and day through the indexes below.
CREATE TABLE happening_signs (
    key       TEXT PRIMARY KEY,
    type      TEXT NOT NULL,
    actor     TEXT,
    recipient TEXT,
    country   TEXT,
    day       TEXT NOT NULL,
    exact     INTEGER NOT NULL,
    happening TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX happening_signs_actor ON happening_signs(type, actor, day);
CREATE INDEX happening_signs_recipient ON happening_signs(type, recipient, day);
CREATE INDEX happening_signs_happening ON happening_signs(happening);

-- The signs of the events stored so far, in the happenings their exact keys made. Their country is left
-- unknown (which place counts is decided as events are written), so that they link by parties and days.
-- Nothing is regrouped; new reports link to them by the new rule.
INSERT OR IGNORE INTO happening_signs (key, type, actor, recipient, country, day, exact, happening)
SELECT s.day || '|' || s.type || '|' || coalesce(s.actor, '') || '|' || coalesce(s.recipient, '') || '||' || CASE WHEN s.exact THEN 'dated' ELSE 'filed' END,
    s.type, s.actor, s.recipient, NULL, s.day, s.exact, s.cluster_key
FROM (
    SELECT e.plover_type AS type, e.day, coalesce(e.date_precision = 'day' AND e.date_value = e.day, 0) AS exact, e.cluster_key,
        (SELECT min(code) FROM participants WHERE event_id = e.id AND role = 'actor') AS actor,
        (SELECT min(code) FROM participants WHERE event_id = e.id AND role = 'recipient') AS recipient
    FROM events e WHERE e.day IS NOT NULL
) s
WHERE s.actor IS NOT NULL OR s.recipient IS NOT NULL;
