using Npgsql;

namespace Parley.Storage.Postgres;

/// <summary>
/// The event store on PostgreSQL, for a team's shared archive and for many ingest workers at once: the same
/// contract as the SQLite store, with bulk writes through binary COPY, the events table partitioned by
/// month, full-text search through <c>tsvector</c>, and unique document identities so that concurrent
/// workers never store an article twice. Writes go through one connection of its own; reads borrow pooled
/// connections, so <see cref="Contains"/> may run while another thread writes. Not otherwise thread-safe:
/// one store per thread.
/// </summary>
public sealed partial class PostgresEventStore : IEventStore
{
    private readonly NpgsqlDataSource dataSource;
    private readonly NpgsqlConnection? writer;
    private readonly TimeProvider clock;
    private readonly PostgresPartitions partitions = new();

    private PostgresEventStore(NpgsqlDataSource dataSource, NpgsqlConnection? writer, string location, TimeProvider clock)
    {
        this.dataSource = dataSource;
        this.writer = writer;
        this.clock = clock;
        Location = location;
    }

    /// <inheritdoc />
    public string Location { get; }

    /// <summary>
    /// Opens the store in the database <paramref name="connectionString"/> names (a connection string or a
    /// <c>postgres://</c> URL) and brings its schema up to date; the database itself must exist.
    /// <paramref name="create"/>: create the schema in an empty database (otherwise the database must hold a
    /// Parley store). A <paramref name="readOnly"/> store (a read replica, <c>parley serve --read-only</c>) is
    /// never migrated and runs every transaction read-only. <paramref name="clock"/> stamps when articles were stored.
    /// </summary>
    /// <exception cref="EventStoreException">The server cannot be reached, refuses the login, the database is missing, not Parley's or newer.</exception>
    public static PostgresEventStore Open(string connectionString, bool create = true, TimeProvider? clock = null, bool readOnly = false)
    {
        ArgumentException.ThrowIfNullOrEmpty(connectionString);
        clock ??= TimeProvider.System;
        var builder = PostgresConnectionString.Parse(connectionString);
        // Parley's queries read a page of rows by index; across the monthly partitions the planner's cost
        // estimates still trigger JIT compilation, which cost 8 of every 9 seconds of an events page at
        // 120,000 events (256 ms without it). A connection string that sets jit itself is left alone.
        if (builder.Options?.Contains("jit", StringComparison.Ordinal) != true)
            builder.Options = ((builder.Options ?? "") + " -c jit=off").Trim();
        if (readOnly)
            builder.Options = ((builder.Options ?? "") + " -c default_transaction_read_only=on").Trim();
        // Planning an events page considers every monthly partition: 12–32 ms of a dyad page's server time at
        // 1,000,000 events (80 partitions) went to the plan, planned anew for each unnamed statement. Statements
        // run again on a connection (a server's pages, a writer's batches) are prepared once and their plans
        // kept; a connection string that sets Max Auto Prepare itself is left alone.
        if (!connectionString.Replace(" ", "", StringComparison.Ordinal).Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
            builder.MaxAutoPrepare = 64;
        var location = PostgresConnectionString.Describe(builder);
        var dataSource = NpgsqlDataSource.Create(builder);
        NpgsqlConnection? writer = null;
        try
        {
            writer = dataSource.OpenConnection();
            if (readOnly)
                PostgresMigrator.RequireCurrent(writer, location);
            else
            {
                if (!create)
                    PostgresMigrator.RequireStore(writer, location);
                PostgresMigrator.Migrate(writer, location, clock);
            }
            if (readOnly)
            {
                writer.Dispose();
                writer = null;
            }
            return new PostgresEventStore(dataSource, writer, location, clock);
        }
        catch (Exception e) when (e is NpgsqlException)
        {
            writer?.Dispose();
            dataSource.Dispose();
            throw Translate(e, location, "open");
        }
        catch
        {
            writer?.Dispose();
            dataSource.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        writer?.Dispose();
        dataSource.Dispose();
    }

    /// <summary>The write connection; a read-only store has none.</summary>
    private NpgsqlConnection Writer => writer ?? throw new EventStoreException($"{Location}: the event store is open read-only, so Parley cannot write to it.");

    /// <summary>An exception a user can act on for a PostgreSQL failure while doing <paramref name="what"/>.</summary>
    internal static EventStoreException Translate(Exception e, string location, string what) => e switch
    {
        PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
            new EventStoreException($"{location}: no such database; create it first (createdb), then run 'parley ingest … --db' again.", e),
        PostgresException { SqlState: PostgresErrorCodes.InvalidPassword or PostgresErrorCodes.InvalidAuthorizationSpecification } =>
            new EventStoreException($"{location}: the server refused the login ({((PostgresException)e).MessageText}); check the user and password in --db.", e),
        PostgresException { SqlState: PostgresErrorCodes.ReadOnlySqlTransaction } =>
            new EventStoreException($"{location}: the event store is read-only (a replica, or opened read-only), so Parley cannot {what} it; write to the primary.", e),
        PostgresException { SqlState: PostgresErrorCodes.DiskFull } =>
            new EventStoreException($"{location}: the server's disk is full; nothing of the last batch was kept. Free some space and run again — stored documents are skipped.", e),
        PostgresException p => new EventStoreException($"{location}: cannot {what} the event store: {p.MessageText} ({p.SqlState}).", e),
        _ => new EventStoreException($"{location}: cannot {what} the event store: {e.Message} Is the server running, and does --db name it?", e),
    };
}
