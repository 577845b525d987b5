using System.Globalization;
using Npgsql;

namespace Parley.Storage.Postgres;

/// <summary>
/// What one batch changes in the statistics kept at write time (<c>stats_type_month</c>, <c>stats_dyad</c>,
/// <c>stats_dyad_month</c>, see Migrations/0005_stats.sql): its new events added, the events it deletes taken
/// away, summed per group in memory and written when the batch ends with one upsert per table. Concurrent
/// workers add to the same rows (the busiest dyads are in every batch), so the rows go in in key order and
/// only under the writers' shared-state lock: each worker holds them for the end of its batch alone, and no
/// two can deadlock on them.
/// </summary>
internal sealed class StatisticsDelta
{
    private readonly Dictionary<(string Modality, string Type, string Month), long> typeMonth = [];
    private readonly Dictionary<(string Modality, string Actor, string Recipient, string Month), (long Events, double ScoreSum)> dyadMonth = [];

    /// <summary>Counts a new event: its modality and PLOVER type, the day it is filed under (null: none), its score and directed dyads.</summary>
    public void Add(string modality, string type, DateOnly? day, double score, IReadOnlyList<(string Actor, string Recipient)> dyads)
    {
        var month = day?.ToString("yyyy-MM", CultureInfo.InvariantCulture) ?? "";
        AddTypeMonth((modality, type, month), 1);
        foreach (var (actor, recipient) in dyads)
            AddDyadMonth((modality, actor, recipient, month), 1, score);
    }

    /// <summary>Takes away the stored events of document <paramref name="documentId"/>; call it before they are deleted.</summary>
    public void Subtract(NpgsqlConnection connection, long documentId)
    {
        using var command = new NpgsqlCommand("""
            SELECT modality, plover_type, coalesce(to_char(day, 'YYYY-MM'), ''), count(*) FROM events WHERE doc_id = @id GROUP BY 1, 2, 3;
            SELECT e.modality, x.actor, x.recipient, coalesce(to_char(e.day, 'YYYY-MM'), ''), count(*), sum(e.score)
            FROM events e JOIN event_dyads x ON x.event_id = e.id WHERE e.doc_id = @id GROUP BY 1, 2, 3, 4;
            """, connection);
        command.Parameters.AddWithValue("id", documentId);
        using var reader = command.ExecuteReader();
        while (reader.Read())
            AddTypeMonth((reader.GetString(0), reader.GetString(1), reader.GetString(2)), -reader.GetInt64(3));
        reader.NextResult();
        while (reader.Read())
            AddDyadMonth((reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)), -reader.GetInt64(4), -reader.GetDouble(5));
    }

    /// <summary>Adds the changes to the stats_* tables and forgets them; the caller holds the shared-state lock.</summary>
    public void Write(NpgsqlConnection connection)
    {
        // A group whose additions and removals cancel out (a document reprocessed into the same events) is left alone.
        var types = typeMonth.Where(g => g.Value != 0).ToList();
        var dyads = dyadMonth.Where(g => g.Value != default).ToList();
        typeMonth.Clear();
        dyadMonth.Clear();
        if (types.Count == 0 && dyads.Count == 0)
            return;
        // stats_dyad is stats_dyad_month summed over the months, here as in the migration that filled it.
        using var command = new NpgsqlCommand("""
            INSERT INTO stats_type_month AS t (modality, plover_type, month, events)
            SELECT * FROM unnest(@type_modalities, @types, @type_months, @type_events) ORDER BY 1, 2, 3
            ON CONFLICT (modality, plover_type, month) DO UPDATE SET events = t.events + excluded.events;
            INSERT INTO stats_dyad_month AS t (modality, actor, recipient, month, events, score_sum)
            SELECT * FROM unnest(@modalities, @actors, @recipients, @months, @events, @score_sums) ORDER BY 1, 2, 3, 4
            ON CONFLICT (modality, actor, recipient, month) DO UPDATE SET events = t.events + excluded.events, score_sum = t.score_sum + excluded.score_sum;
            INSERT INTO stats_dyad AS t (modality, actor, recipient, events, score_sum)
            SELECT modality, actor, recipient, sum(events), sum(score_sum)
            FROM unnest(@modalities, @actors, @recipients, @events, @score_sums) AS d(modality, actor, recipient, events, score_sum)
            GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
            ON CONFLICT (modality, actor, recipient) DO UPDATE SET events = t.events + excluded.events, score_sum = t.score_sum + excluded.score_sum;
            """, connection);
        command.Parameters.AddWithValue("type_modalities", types.Select(g => g.Key.Modality).ToArray());
        command.Parameters.AddWithValue("types", types.Select(g => g.Key.Type).ToArray());
        command.Parameters.AddWithValue("type_months", types.Select(g => g.Key.Month).ToArray());
        command.Parameters.AddWithValue("type_events", types.Select(g => g.Value).ToArray());
        command.Parameters.AddWithValue("modalities", dyads.Select(g => g.Key.Modality).ToArray());
        command.Parameters.AddWithValue("actors", dyads.Select(g => g.Key.Actor).ToArray());
        command.Parameters.AddWithValue("recipients", dyads.Select(g => g.Key.Recipient).ToArray());
        command.Parameters.AddWithValue("months", dyads.Select(g => g.Key.Month).ToArray());
        command.Parameters.AddWithValue("events", dyads.Select(g => g.Value.Events).ToArray());
        command.Parameters.AddWithValue("score_sums", dyads.Select(g => g.Value.ScoreSum).ToArray());
        command.ExecuteNonQuery();
    }

    private void AddTypeMonth((string, string, string) key, long events) =>
        typeMonth[key] = typeMonth.GetValueOrDefault(key) + events;

    private void AddDyadMonth((string, string, string, string) key, long events, double scoreSum)
    {
        var (had, sum) = dyadMonth.GetValueOrDefault(key);
        dyadMonth[key] = (had + events, sum + scoreSum);
    }
}
