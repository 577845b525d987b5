using System.Globalization;
using Npgsql;

namespace Parley.Storage.Postgres;

/// <summary>
/// Creates the monthly partitions of <c>events</c> (<c>events_y2023m02</c> for February 2023) before the first
/// event of a month is written. Run outside the batch's transaction, under an advisory lock: creating a
/// partition locks the parent table, and inside a transaction that already holds rows of it two workers
/// could deadlock; outside, a worker only waits for the others' current batches to commit. The months known
/// to exist are remembered, so a batch of known months costs no query.
/// </summary>
internal sealed class PostgresPartitions
{
    // "PARLEYPT" in pg_locks.
    private const long PartitionLock = 0x5041524C45595054;
    private readonly HashSet<string> known = new(StringComparer.Ordinal);

    /// <summary>Makes sure every month of <paramref name="days"/> (YYYY-MM-DD, nulls skipped) has its partition.</summary>
    public void Ensure(NpgsqlConnection connection, IEnumerable<string?> days)
    {
        var missing = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var day in days)
        {
            if (day is { Length: >= 7 } && !known.Contains(day[..7]))
                missing.Add(day[..7]);
        }
        if (missing.Count == 0)
            return;
        using (var existing = new NpgsqlCommand("SELECT c.relname FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'events'::regclass", connection))
        using (var reader = existing.ExecuteReader())
        {
            while (reader.Read())
            {
                if (Month(reader.GetString(0)) is { } month)
                    known.Add(month);
            }
        }
        missing.ExceptWith(known);
        if (missing.Count == 0)
            return;
        using var transaction = connection.BeginTransaction();
        using (var command = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({PartitionLock})", connection, transaction))
            command.ExecuteNonQuery();
        foreach (var month in missing)
        {
            var first = DateOnly.ParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var sql = string.Create(CultureInfo.InvariantCulture,
                $"CREATE TABLE IF NOT EXISTS {Name(first)} PARTITION OF events FOR VALUES FROM ('{first:yyyy-MM-dd}') TO ('{first.AddMonths(1):yyyy-MM-dd}')");
            using var command = new NpgsqlCommand(sql, connection, transaction);
            command.ExecuteNonQuery();
        }
        transaction.Commit();
        known.UnionWith(missing);
    }

    private static string Name(DateOnly first) => string.Create(CultureInfo.InvariantCulture, $"events_y{first.Year:0000}m{first.Month:00}");

    /// <summary>The month (YYYY-MM) of a partition's name, or null for another table (events_undated).</summary>
    private static string? Month(string name) =>
        name is ['e', 'v', 'e', 'n', 't', 's', '_', 'y', _, _, _, _, 'm', _, _] ? $"{name[8..12]}-{name[13..15]}" : null;
}
