using Microsoft.Data.Sqlite;
using Parley.Storage.Sqlite;
using Parley.Tests.Support;

namespace Parley.Tests.Storage;

/// <summary>Stores made by earlier schemas, brought up to date when opened, keep what they held and go on working.</summary>
public sealed class SqliteSchemaUpgradeTests : IDisposable
{
    private readonly TempDirectory temp = new();

    public void Dispose() => temp.Dispose();

    [Fact]
    public void Open_VersionSevenStore_KeepsItsSignsWithoutTheirKeys_AndNewReportsJoinTheirHappenings()
    {
        // The signs the Kyiv article's events make, as this build stores them.
        var fresh = Path.Combine(temp.Path, "fresh.db");
        using (var store = SqliteEventStore.Open(fresh))
            store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);
        var signs = Rows(fresh, "SELECT type, actor, recipient, country, day, exact FROM happening_signs ORDER BY 1, 2, 3, 5");
        Assert.NotEmpty(signs);

        // A schema 7 store that holds the same signs, each keyed as schema 7 keyed them, in happenings of its own.
        var old = Path.Combine(temp.Path, "old.db");
        using (var connection = Open(old))
        {
            Execute(connection, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL);"
                + string.Concat(SqliteMigrator.Migrations.Where(m => m.Version <= 7).Select(m => m.Sql + $"\nINSERT INTO schema_version VALUES ({m.Version}, '2026-01-01');\n")));
            foreach (var (sign, i) in signs.Select((s, i) => (s, i)))
            {
                var key = string.Join('|', sign[4], sign[0], sign[1], sign[2], sign[3], (long)sign[5]! != 0 ? "dated" : "filed");
                Execute(connection, "INSERT INTO happening_signs (key, type, actor, recipient, country, day, exact, happening) VALUES ($k, $t, $a, $r, $c, $d, $e, $h)",
                    ("$k", key), ("$t", sign[0]), ("$a", sign[1]), ("$r", sign[2]), ("$c", sign[3]), ("$d", sign[4]), ("$e", sign[5]), ("$h", $"old{i}"));
            }
        }

        using (var store = SqliteEventStore.Open(old))
        {
            Assert.Equal("ok", store.IntegrityCheck());
            store.Store([StoreArticles.Make(StoreArticles.KyivVisit, "2023-02-20", "https://wire.test/kyiv")]);
        }

        // The signs are kept, none is added twice, and each event joined the happening its stored sign was in.
        Assert.Equal(signs, Rows(old, "SELECT type, actor, recipient, country, day, exact FROM happening_signs ORDER BY 1, 2, 3, 5"));
        Assert.DoesNotContain(Rows(old, "SELECT name FROM pragma_table_info('happening_signs')"), column => (string)column[0]! == "key");
        Assert.All(Rows(old, "SELECT cluster_key FROM events WHERE day IS NOT NULL AND id IN (SELECT event_id FROM participants)"), key => Assert.StartsWith("old", (string)key[0]!, StringComparison.Ordinal));
    }

    private static SqliteConnection Open(string path)
    {
        var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object? Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        command.ExecuteNonQuery();
    }

    private static List<object?[]> Rows(string path, string sql)
    {
        using var connection = Open(path);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<object?[]>();
        while (reader.Read())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            rows.Add(row);
        }
        return rows;
    }
}
