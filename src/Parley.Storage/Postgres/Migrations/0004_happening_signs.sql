-- Happenings that gather compatible reports within a window of days (see Linking/HappeningLinker.cs). Each
-- dated event's sign (type, least actor and recipient codes, country, day, whether its report dates it to the
-- day) is kept once with the happening it is in, and found by type, one party code and day through the
-- indexes below.
CREATE TABLE happening_signs (
    key       text PRIMARY KEY,
    type      text NOT NULL,
    actor     text,
    recipient text,
    country   text,
    day       date NOT NULL,
    exact     boolean NOT NULL,
    happening text NOT NULL
);
CREATE INDEX happening_signs_actor ON happening_signs (type, actor, day);
CREATE INDEX happening_signs_recipient ON happening_signs (type, recipient, day);
CREATE INDEX happening_signs_happening ON happening_signs (happening);

-- The signs of the events stored so far, in the happenings their exact keys made. Their country is left
-- unknown (which place counts is decided as events are written), so that they link by parties and days.
-- Nothing is regrouped; new reports link to them by the new rule.
INSERT INTO happening_signs (key, type, actor, recipient, country, day, exact, happening)
SELECT to_char(s.day, 'YYYY-MM-DD') || '|' || s.type || '|' || coalesce(s.actor, '') || '|' || coalesce(s.recipient, '') || '||'
        || CASE WHEN s.exact THEN 'dated' ELSE 'filed' END,
    s.type, s.actor, s.recipient, NULL, s.day, s.exact, min(s.cluster_key)
FROM (
    SELECT e.plover_type AS type, e.day, coalesce(e.date_precision = 'day' AND e.date_value = to_char(e.day, 'YYYY-MM-DD'), false) AS exact, e.cluster_key,
        (SELECT min(code COLLATE "C") FROM participants WHERE event_id = e.id AND role = 'actor') AS actor,
        (SELECT min(code COLLATE "C") FROM participants WHERE event_id = e.id AND role = 'recipient') AS recipient
    FROM events e WHERE e.day IS NOT NULL
) s
WHERE s.actor IS NOT NULL OR s.recipient IS NOT NULL
GROUP BY 1, 2, 3, 4, 6, 7;
