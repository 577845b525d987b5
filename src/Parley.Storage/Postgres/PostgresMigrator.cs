using Npgsql;

namespace Parley.Storage.Postgres;

/// <summary>
/// Brings a PostgreSQL database to the current schema: the embedded scripts <c>postgres/NNNN_name.sql</c> not
/// yet listed in <c>schema_version</c> are applied in order, all in one transaction that first takes an
/// advisory lock, so that workers starting together migrate once and the others wait and find it done.
/// </summary>
internal static class PostgresMigrator
{
    // Any constant would do; this one spells "PARLEYMG" so that it reads in pg_locks.
    private const long MigrationLock = 0x504152_4C45594D47;

    /// <summary>The migrations this build knows, in order.</summary>
    public static IReadOnlyList<(int Version, string Sql)> Migrations { get; } = EmbeddedMigrations.Load("postgres/");

    /// <summary>The newest schema version this build knows.</summary>
    public static int Latest => Migrations[^1].Version;

    /// <summary>Applies what is missing; refuses a database that holds other tables, or a newer schema than this build's.</summary>
    public static void Migrate(NpgsqlConnection connection, string location, TimeProvider clock)
    {
        using var transaction = connection.BeginTransaction();
        Execute(connection, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        if (!HasVersionTable(connection))
        {
            if (Scalar(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()") > 0)
                throw new EventStoreException($"{location} holds tables but is not a Parley event store (it has no schema_version table); give --db another database.");
            Execute(connection, "CREATE TABLE schema_version (version integer PRIMARY KEY, applied_at timestamptz NOT NULL)");
        }
        var current = Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version");
        if (current > Latest)
            throw new EventStoreException($"{location} has schema version {current}, newer than this Parley knows ({Latest}); upgrade Parley to use it.");
        foreach (var (version, sql) in Migrations)
        {
            if (version <= current)
                continue;
            Execute(connection, sql);
            using var record = new NpgsqlCommand("INSERT INTO schema_version (version, applied_at) VALUES (@version, @at)", connection);
            record.Parameters.AddWithValue("version", version);
            record.Parameters.AddWithValue("at", clock.GetUtcNow().UtcDateTime);
            record.ExecuteNonQuery();
        }
        transaction.Commit();
    }

    /// <summary>For a store that must exist already (commands that only read): refuses a database without a Parley store.</summary>
    public static void RequireStore(NpgsqlConnection connection, string location)
    {
        if (!HasVersionTable(connection))
            throw new EventStoreException($"{location}: no event store there; run 'parley ingest FILES --db …' first.");
    }

    /// <summary>For a store opened read-only (a replica, say): refuses a database that is not Parley's or not at this build's schema.</summary>
    public static void RequireCurrent(NpgsqlConnection connection, string location)
    {
        if (!HasVersionTable(connection))
            throw new EventStoreException($"{location} is not a Parley event store (it has no schema_version table); ingest into it first, or give --db another database.");
        var current = Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version");
        if (current != Latest)
            throw new EventStoreException($"{location} has schema version {current}, not this Parley's ({Latest}); open it once for writing (e.g. 'parley stats --db …' on the primary) to bring it up to date, or upgrade Parley.");
    }

    private static bool HasVersionTable(NpgsqlConnection connection) =>
        Scalar(connection, "SELECT count(*) FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'schema_version'") > 0;

    private static long Scalar(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
