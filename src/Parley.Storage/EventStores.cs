using Parley.Storage.Postgres;
using Parley.Storage.Sqlite;

namespace Parley.Storage;

/// <summary>
/// Opens the event store that <c>--db</c> (or <c>PARLEY_DB</c>) names: a PostgreSQL database for a connection
/// string (<c>Host=…;Database=…</c>) or a <c>postgres://</c> URL, else a SQLite file at that path. Every
/// command and the web server open their store here, so both back ends are chosen the same way everywhere.
/// </summary>
public static class EventStores
{
    /// <summary>
    /// Opens the store <paramref name="db"/> names. <paramref name="create"/>: create the SQLite file, or the
    /// schema in an empty PostgreSQL database, when missing. <paramref name="readOnly"/>: never create, migrate
    /// or write (what <c>parley serve --read-only</c> and read replicas need).
    /// </summary>
    /// <exception cref="EventStoreException">The store cannot be opened; the message says why and what to do.</exception>
    public static IEventStore Open(string db, bool create, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(db);
        return PostgresConnectionString.IsPostgres(db)
            ? PostgresEventStore.Open(db, create, readOnly: readOnly)
            : SqliteEventStore.Open(db, create, readOnly: readOnly);
    }
}
