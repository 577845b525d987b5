using Npgsql;
using Parley.Storage.Linking;

namespace Parley.Storage.Postgres;

/// <summary>
/// The happenings' counts and verdicts in a PostgreSQL store (<c>happening_tallies</c>, <c>clusters</c>), for
/// <see cref="HappeningCounter"/>: each step is one statement over arrays, so the shared lock is held for few
/// round trips. The writer holds that lock while they run, so workers' additions to a count do not interleave.
/// </summary>
internal sealed class PostgresHappeningTallies(NpgsqlConnection connection) : IHappeningTallies
{
    public Dictionary<long, long> Units(IReadOnlyCollection<long> documents)
    {
        using var command = new NpgsqlCommand(DocumentUnits.Select + " d.id = ANY(@ids)", connection);
        command.Parameters.AddWithValue("ids", documents.ToArray());
        return DocumentUnits.Read(command, documents.Count);
    }

    public void Add(IReadOnlyList<(string Happening, long Unit, HappeningTally.Stance Stance, int Reports)> rows)
    {
        if (rows.Count == 0)
            return;
        using var command = new NpgsqlCommand("""
            INSERT INTO happening_tallies (happening, unit, stance, reports) SELECT * FROM unnest(@happenings, @units, @stances, @reports)
            ON CONFLICT (happening, unit, stance) DO UPDATE SET reports = happening_tallies.reports + excluded.reports
            """, connection);
        command.Parameters.AddWithValue("happenings", rows.Select(r => r.Happening).ToArray());
        command.Parameters.AddWithValue("units", rows.Select(r => r.Unit).ToArray());
        command.Parameters.AddWithValue("stances", rows.Select(r => (short)r.Stance).ToArray());
        command.Parameters.AddWithValue("reports", rows.Select(r => r.Reports).ToArray());
        command.ExecuteNonQuery();
    }

    public List<(string Happening, long Unit, HappeningTally.Stance Stance)> Forget(IReadOnlyCollection<string> happenings)
    {
        var keys = happenings.ToArray();
        using var command = new NpgsqlCommand("""
            DELETE FROM happening_tallies WHERE happening = ANY(@keys);
            SELECT e.cluster_key, coalesce(o.source_id, -o.id), e.stance
            FROM events e LEFT JOIN document_copies x ON x.doc_id = e.doc_id JOIN documents o ON o.id = coalesce(x.original_id, e.doc_id)
            WHERE e.cluster_key = ANY(@keys) AND (e.day = ANY(@days) OR e.day IS NULL)
            """, connection);
        command.Parameters.AddWithValue("keys", keys);
        command.Parameters.AddWithValue("days", DaysOf(keys));
        return ReadRows(command);
    }

    public List<(string Happening, long Unit, HappeningTally.Stance Stance)> Read(IReadOnlyCollection<string> happenings)
    {
        using var command = new NpgsqlCommand("SELECT happening, unit, stance FROM happening_tallies WHERE happening = ANY(@keys)", connection);
        command.Parameters.AddWithValue("keys", happenings.ToArray());
        return ReadRows(command);
    }

    public void Save(IReadOnlyList<(string Happening, HappeningTally Tally)> told, IReadOnlyList<string> gone)
    {
        // A verdict that did not change (most of a batch's) is not written again: no dead row to vacuum.
        using var command = new NpgsqlCommand("""
            INSERT INTO clusters (key, sources, modality) SELECT * FROM unnest(@keys, @sources, @modalities)
            ON CONFLICT (key) DO UPDATE SET sources = excluded.sources, modality = excluded.modality
            WHERE (clusters.sources, clusters.modality) IS DISTINCT FROM (excluded.sources, excluded.modality);
            DELETE FROM clusters WHERE key = ANY(@gone);
            """, connection);
        command.Parameters.AddWithValue("keys", told.Select(t => t.Happening).ToArray());
        command.Parameters.AddWithValue("sources", told.Select(t => t.Tally.Sources).ToArray());
        command.Parameters.AddWithValue("modalities", told.Select(t => t.Tally.Modality).ToArray());
        command.Parameters.AddWithValue("gone", gone.ToArray());
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// The days of the events of happenings <paramref name="keys"/>, so that their recount reads only those months'
    /// partitions: a dated happening's key starts with the day of the sign that founded it, and the days of the
    /// signs linked to it since are in <c>happening_signs</c>.
    /// </summary>
    private DateOnly[] DaysOf(string[] keys)
    {
        var days = keys.Select(k => k.Length > 10 && k[10] == '|' ? PostgresBatchWriter.Day(k[..10]) : null).OfType<DateOnly>().ToHashSet();
        using var linked = new NpgsqlCommand("SELECT DISTINCT day FROM happening_signs WHERE happening = ANY(@keys)", connection);
        linked.Parameters.AddWithValue("keys", keys);
        using var reader = linked.ExecuteReader();
        while (reader.Read())
            days.Add(reader.GetFieldValue<DateOnly>(0));
        return [.. days];
    }

    private static List<(string Happening, long Unit, HappeningTally.Stance Stance)> ReadRows(NpgsqlCommand command)
    {
        var rows = new List<(string, long, HappeningTally.Stance)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetInt64(1), (HappeningTally.Stance)reader.GetInt16(2)));
        return rows;
    }
}
