-- Parley event store, schema version 9: no index entries for what no query looks up. The event filters ask for
-- a participant's name and an event's country by equality ('name = ? COLLATE NOCASE', 'country = ?'), which
-- SQLite answers from an index that leaves out the rows where they are NULL: about two thirds of participants
-- have no name and of events no country, and each of their entries cost the writer an index insert.
DROP INDEX participants_name;
CREATE INDEX participants_name ON participants(name COLLATE NOCASE, role, event_id) WHERE name IS NOT NULL;
DROP INDEX events_country;
CREATE INDEX events_country ON events(country, day) WHERE country IS NOT NULL;
