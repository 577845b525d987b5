using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Parley.Storage.Sqlite;

/// <summary>
/// Brings a database to the current schema: the embedded scripts <c>NNNN_name.sql</c> not yet listed in
/// <c>schema_version</c> are applied in order, each in its own transaction with its row in that table.
/// </summary>
internal static class SqliteMigrator
{
    /// <summary>The migrations this build knows, in order.</summary>
    public static IReadOnlyList<(int Version, string Sql)> Migrations { get; } = EmbeddedMigrations.Load("sqlite/");

    /// <summary>The newest schema version this build knows.</summary>
    public static int Latest => Migrations[^1].Version;

    /// <summary>
    /// For a store opened read-only: refuses a database that is not Parley's or not at this build's schema
    /// (a read-only connection cannot bring it up to date).
    /// </summary>
    public static void RequireCurrent(SqliteConnection connection, string path)
    {
        if (Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") == 0)
            throw new EventStoreException($"{path} is not a Parley event store (it has no schema_version table); give --db another file.");
        var current = Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version");
        if (current != Latest)
            throw new EventStoreException($"{path} has schema version {current}, not this Parley's ({Latest}); open it once for writing (e.g. 'parley stats --db {path}') to bring it up to date, or upgrade Parley.");
    }

    /// <summary>Applies what is missing; refuses a database that is not Parley's or is newer than this build.</summary>
    public static void Migrate(SqliteConnection connection, string path, TimeProvider clock)
    {
        var hasVersionTable = Scalar(connection, "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") > 0;
        if (!hasVersionTable)
        {
            if (Scalar(connection, "SELECT count(*) FROM sqlite_master") > 0)
                throw new EventStoreException($"{path} is a SQLite database but not a Parley event store (it has no schema_version table); give --db another file.");
            Execute(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)");
        }
        var current = Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version");
        if (current > Latest)
            throw new EventStoreException($"{path} has schema version {current}, newer than this Parley knows ({Latest}); upgrade Parley to use it.");
        foreach (var (version, sql) in Migrations)
        {
            if (version <= current)
                continue;
            using var transaction = connection.BeginTransaction();
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = sql;
                command.ExecuteNonQuery();
                command.CommandText = "INSERT INTO schema_version (version, applied_at) VALUES ($v, $t)";
                command.Parameters.AddWithValue("$v", version);
                command.Parameters.AddWithValue("$t", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
                command.ExecuteNonQuery();
            }
            transaction.Commit();
        }
    }

    private static long Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
