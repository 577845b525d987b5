-- Parley event store, schema version 8: happening signs without their text key.
-- A sign's key (day|type|actor|recipient|country|dated) only repeats its other columns, and as the primary key
-- of a WITHOUT ROWID table it was copied into every entry of the three indexes too: 320 bytes per sign, more
-- than an event row, and four comparisons of long texts per sign written. The signs are now a rowid table
-- whose indexes point at integer row ids; the writer never adds a sign it has seen (HappeningLinker reads the
-- signs of each sign's own type, party and day before it adds it), so nothing is lost with the key's uniqueness.
CREATE TABLE happening_signs_by_rowid (
    type      TEXT NOT NULL,
    actor     TEXT,
    recipient TEXT,
    country   TEXT,
    day       TEXT NOT NULL,
    exact     INTEGER NOT NULL,
    happening TEXT NOT NULL
);
INSERT INTO happening_signs_by_rowid (type, actor, recipient, country, day, exact, happening)
SELECT type, actor, recipient, country, day, exact, happening FROM happening_signs ORDER BY day, key;
DROP TABLE happening_signs;
ALTER TABLE happening_signs_by_rowid RENAME TO happening_signs;
-- A sign is looked up by a party it names (HappeningLinker), so a sign that names no actor (or no recipient: about
-- half of them) has no entry in that index.
CREATE INDEX happening_signs_actor ON happening_signs(type, actor, day) WHERE actor IS NOT NULL;
CREATE INDEX happening_signs_recipient ON happening_signs(type, recipient, day) WHERE recipient IS NOT NULL;
CREATE INDEX happening_signs_happening ON happening_signs(happening);
