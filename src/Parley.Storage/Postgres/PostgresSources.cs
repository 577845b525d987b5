using Npgsql;

namespace Parley.Storage.Postgres;

/// <summary>
/// The ids of outlets by name (compared ignoring case, as SQLite's NOCASE does), adding the new ones. Run in
/// a transaction of its own before a batch's: a new outlet's row, inserted inside the batch, would keep every
/// other worker that meets the same outlet waiting until the batch commits. An outlet whose batch then fails
/// stays without articles; the totals count only outlets with articles.
/// </summary>
internal static class PostgresSources
{
    /// <summary>The id of each outlet of <paramref name="names"/> (null for none), in their order.</summary>
    public static long?[] Ids(NpgsqlConnection connection, IReadOnlyList<string?> names)
    {
        var trimmed = names.Select(n => n?.Trim() is { Length: > 0 } name ? name : null).ToArray();
        var distinct = trimmed.OfType<string>().DistinctBy(n => n.ToLowerInvariant()).Order(StringComparer.Ordinal).ToArray();
        var ids = new long?[names.Count];
        if (distinct.Length == 0)
            return ids;
        using var command = new NpgsqlCommand("""
            INSERT INTO sources (name) SELECT unnest(@names) ON CONFLICT ((lower(name))) DO NOTHING;
            SELECT id, name FROM sources WHERE lower(name) = ANY(SELECT lower(n) FROM unnest(@names) n);
            """, connection);
        command.Parameters.AddWithValue("names", distinct);
        var byName = new Dictionary<string, long>(StringComparer.OrdinalIgnoreCase);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                byName[reader.GetString(1)] = reader.GetInt64(0);
        }
        for (var i = 0; i < trimmed.Length; i++)
        {
            if (trimmed[i] is { } name)
                ids[i] = byName.TryGetValue(name, out var id) ? id : throw new EventStoreException($"the outlet '{name}' was stored under a name that .NET and PostgreSQL lower-case differently; rename it in the input.");
        }
        return ids;
    }
}
