using Microsoft.Data.Sqlite;

namespace Parley.Tests.Storage;

/// <summary>What a query returns from a SQLite store, each row one line of its values ("a | b | c"), for comparing stores.</summary>
internal static class SqliteRows
{
    /// <summary>The rows of <paramref name="sql"/> on the store at <paramref name="db"/>, opened read-only.</summary>
    public static List<string> Of(string db, string sql)
    {
        using var connection = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string>();
        while (reader.Read())
            rows.Add(string.Join(" | ", Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        return rows;
    }
}
