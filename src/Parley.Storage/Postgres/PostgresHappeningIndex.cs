using Npgsql;
using Parley.Storage.Linking;

namespace Parley.Storage.Postgres;

/// <summary>
/// The event signs of a PostgreSQL store (the <c>happening_signs</c> table), for <see cref="HappeningLinker"/>:
/// the look-ups and the new signs of a batch are one statement each over arrays, so the shared lock is held
/// for few round trips.
/// </summary>
internal sealed class PostgresHappeningIndex(NpgsqlConnection connection) : IHappeningIndex
{
    public void Read(IReadOnlyList<(string Type, string Code, DateOnly From, DateOnly To)> probes, List<(HappeningSign Sign, string Happening)> found)
    {
        // Two branches, so that each is a scan of its index (happening_signs_actor, happening_signs_recipient) per probe.
        using var command = new NpgsqlCommand("""
            SELECT s.type, s.actor, s.recipient, s.country, s.day, s.exact, s.happening
            FROM unnest(@types, @codes, @froms, @tos) AS p(type, code, from_day, to_day)
            JOIN happening_signs s ON s.type = p.type AND s.actor = p.code AND s.day BETWEEN p.from_day AND p.to_day
            UNION ALL
            SELECT s.type, s.actor, s.recipient, s.country, s.day, s.exact, s.happening
            FROM unnest(@types, @codes, @froms, @tos) AS p(type, code, from_day, to_day)
            JOIN happening_signs s ON s.type = p.type AND s.recipient = p.code AND s.day BETWEEN p.from_day AND p.to_day
            """, connection);
        command.Parameters.AddWithValue("types", probes.Select(p => p.Type).ToArray());
        command.Parameters.AddWithValue("codes", probes.Select(p => p.Code).ToArray());
        command.Parameters.AddWithValue("froms", probes.Select(p => p.From).ToArray());
        command.Parameters.AddWithValue("tos", probes.Select(p => p.To).ToArray());
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var sign = new HappeningSign(reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3), reader.GetFieldValue<DateOnly>(4), reader.GetBoolean(5));
            found.Add((sign, reader.GetString(6)));
        }
    }

    public void Add(IReadOnlyList<(HappeningSign Sign, string Happening)> signs)
    {
        using var command = new NpgsqlCommand("""
            INSERT INTO happening_signs (key, type, actor, recipient, country, day, exact, happening)
            SELECT * FROM unnest(@keys, @types, @actors, @recipients, @countries, @days, @exacts, @happenings)
            """, connection);
        command.Parameters.AddWithValue("keys", signs.Select(s => s.Sign.Key).ToArray());
        command.Parameters.AddWithValue("types", signs.Select(s => s.Sign.Type).ToArray());
        command.Parameters.AddWithValue("actors", signs.Select(s => s.Sign.Actor).ToArray());
        command.Parameters.AddWithValue("recipients", signs.Select(s => s.Sign.Recipient).ToArray());
        command.Parameters.AddWithValue("countries", signs.Select(s => s.Sign.Country).ToArray());
        command.Parameters.AddWithValue("days", signs.Select(s => s.Sign.Day).ToArray());
        command.Parameters.AddWithValue("exacts", signs.Select(s => s.Sign.Exact).ToArray());
        command.Parameters.AddWithValue("happenings", signs.Select(s => s.Happening).ToArray());
        command.ExecuteNonQuery();
    }

    public void Merge(IReadOnlyList<(string From, string Into)> merges)
    {
        // One statement for the whole batch: planning an UPDATE of the partitioned events table costs a plan over
        // every monthly partition, which one statement per merge paid hundreds of times per batch at a million
        // events. The tallies are summed per target first, since several happenings may merge into one.
        using var command = new NpgsqlCommand("""
            UPDATE happening_signs s SET happening = m.into_key FROM unnest(@froms, @intos) AS m(from_key, into_key) WHERE s.happening = m.from_key;
            UPDATE events e SET cluster_key = m.into_key FROM unnest(@froms, @intos) AS m(from_key, into_key) WHERE e.cluster_key = m.from_key;
            INSERT INTO happening_tallies (happening, unit, stance, reports)
            SELECT m.into_key, t.unit, t.stance, sum(t.reports)
            FROM happening_tallies t JOIN unnest(@froms, @intos) AS m(from_key, into_key) ON t.happening = m.from_key
            GROUP BY m.into_key, t.unit, t.stance
            ON CONFLICT (happening, unit, stance) DO UPDATE SET reports = happening_tallies.reports + excluded.reports;
            DELETE FROM happening_tallies t USING unnest(@froms) AS m(from_key) WHERE t.happening = m.from_key;
            """, connection);
        command.Parameters.AddWithValue("froms", merges.Select(m => m.From).ToArray());
        command.Parameters.AddWithValue("intos", merges.Select(m => m.Into).ToArray());
        command.ExecuteNonQuery();
    }

    private static string? Text(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);
}
