using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Parley.StoreBench;

/// <summary>
/// Rows/s of binary COPY against multi-row INSERT on PostgreSQL, for the rows an ingest writes most of:
/// the same rows of an existing store (events, participants, sentences of its generated documents) are read
/// into memory, then written into an empty copy of each table (same columns, indexes and generated
/// full-text column) once by each method, alternating, each in one transaction as the store's batches are.
/// </summary>
public static class CopyVersusInsert
{
    // The tables in the order a batch writes them, with the columns written (sentences' tsvector is generated).
    private static readonly (string Table, string Columns)[] Tables =
    [
        ("events", "*"),
        ("participants", "*"),
        ("sentences", "id, doc_id, idx, start, \"end\", text"),
    ];

    // A statement may carry at most 65,535 parameters; 500 rows keeps every table's statement under it.
    private const int RowsPerInsert = 500;

    /// <summary>Writes <paramref name="rows"/> rows of each table <paramref name="rounds"/> times by each method and prints the rows/s.</summary>
    public static int Run(string connectionString, int rows, int rounds)
    {
        using var dataSource = NpgsqlDataSource.Create(connectionString);
        using var connection = dataSource.OpenConnection();
        foreach (var (table, columns) in Tables)
        {
            var (names, types, values) = Read(connection, table, columns, rows);
            var scratch = "bench_" + table;
            Execute(connection, $"DROP TABLE IF EXISTS {scratch}; CREATE TABLE {scratch} (LIKE {table} INCLUDING DEFAULTS INCLUDING GENERATED INCLUDING INDEXES)");
            try
            {
                var copy = new List<double>();
                var insert = new List<double>();
                for (var round = 0; round < rounds; round++)
                {
                    copy.Add(Timed(connection, scratch, () => Copy(connection, scratch, names, types, values)));
                    insert.Add(Timed(connection, scratch, () => Insert(connection, scratch, names, types, values)));
                }
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{table,-13} {values.Count,9:N0} rows × {names.Length,2} columns: binary COPY {Rate(values.Count, copy)}, multi-row INSERT ({RowsPerInsert} rows each) {Rate(values.Count, insert)}"));
            }
            finally
            {
                Execute(connection, $"DROP TABLE {scratch}");
            }
        }
        return 0;
    }

    /// <summary>The first <paramref name="rows"/> rows of <paramref name="table"/>, with the columns' names and PostgreSQL types.</summary>
    private static (string[] Names, string[] Types, List<object[]> Values) Read(NpgsqlConnection connection, string table, string columns, int rows)
    {
        using var command = new NpgsqlCommand($"SELECT {columns} FROM {table} LIMIT {rows.ToString(CultureInfo.InvariantCulture)}", connection);
        using var reader = command.ExecuteReader();
        var names = Enumerable.Range(0, reader.FieldCount).Select(i => '"' + reader.GetName(i) + '"').ToArray();
        var types = Enumerable.Range(0, reader.FieldCount).Select(reader.GetDataTypeName).ToArray();
        var values = new List<object[]>();
        while (reader.Read())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            values.Add(row);
        }
        return (names, types, values);
    }

    /// <summary>Seconds taken by <paramref name="write"/> in a transaction of its own, the table emptied first.</summary>
    private static double Timed(NpgsqlConnection connection, string scratch, Action write)
    {
        Execute(connection, $"TRUNCATE {scratch}");
        var clock = Stopwatch.StartNew();
        using (var transaction = connection.BeginTransaction())
        {
            write();
            transaction.Commit();
        }
        return clock.Elapsed.TotalSeconds;
    }

    private static void Copy(NpgsqlConnection connection, string scratch, string[] names, string[] types, List<object[]> values)
    {
        using var importer = connection.BeginBinaryImport($"COPY {scratch} ({string.Join(", ", names)}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in values)
        {
            importer.StartRow();
            for (var i = 0; i < row.Length; i++)
            {
                if (row[i] is DBNull)
                    importer.WriteNull();
                else
                    importer.Write(row[i], types[i]);
            }
        }
        importer.Complete();
    }

    private static void Insert(NpgsqlConnection connection, string scratch, string[] names, string[] types, List<object[]> values)
    {
        foreach (var chunk in values.Chunk(RowsPerInsert))
        {
            var tuples = chunk.Select((_, r) => "(" + string.Join(", ", names.Select((_, c) => "$" + (r * names.Length + c + 1).ToString(CultureInfo.InvariantCulture))) + ")");
            using var command = new NpgsqlCommand($"INSERT INTO {scratch} ({string.Join(", ", names)}) VALUES {string.Join(", ", tuples)}", connection);
            foreach (var row in chunk)
            {
                for (var i = 0; i < row.Length; i++)
                    command.Parameters.Add(new NpgsqlParameter { Value = row[i], DataTypeName = types[i] });
            }
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Rows/s at the median round's time, and the range over the rounds.</summary>
    private static string Rate(int rows, List<double> seconds)
    {
        var sorted = seconds.Order().ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{rows / sorted[sorted.Count / 2],9:N0} rows/s (rounds {rows / sorted[^1]:N0}–{rows / sorted[0]:N0})");
    }

    private static void Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
