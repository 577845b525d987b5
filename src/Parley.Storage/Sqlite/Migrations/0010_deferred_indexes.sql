-- Parley event store, schema version 10: indexes set aside during a bulk load (see Sqlite/SqliteDeferredIndexes.cs).
-- An ingest that brings many articles relative to the store drops the indexes only queries read and builds them
-- again, each in one sort, when it ends. Each dropped index is listed here with its definition in the transaction
-- that drops it, and taken off in the one that builds it again, so that the store opened after a crash mid-load
-- finds what to rebuild. Empty whenever no bulk load is running.
CREATE TABLE deferred_indexes (
    name TEXT PRIMARY KEY,
    sql  TEXT NOT NULL
) WITHOUT ROWID;
