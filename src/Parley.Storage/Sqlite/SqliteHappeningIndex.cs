using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Storage.Linking;

namespace Parley.Storage.Sqlite;

/// <summary>The event signs of a SQLite store (the <c>happening_signs</c> table), for <see cref="HappeningLinker"/>.</summary>
internal sealed class SqliteHappeningIndex : IHappeningIndex, IDisposable
{
    private readonly SqliteCommand read, merge;
    private readonly RowInsert add;

    public SqliteHappeningIndex(SqliteConnection connection, SqliteTransaction transaction)
    {
        // All the probes of a batch in one statement, each a JSON array [type, code, from, to]. Two branches, so
        // that each is one range scan of its index (happening_signs_actor, happening_signs_recipient) per probe;
        // CROSS JOIN keeps the probes the outer loop.
        read = Command(connection, transaction, """
            WITH p AS (SELECT value ->> 0 AS type, value ->> 1 AS code, value ->> 2 AS from_day, value ->> 3 AS to_day FROM json_each($probes))
            SELECT h.type, h.actor, h.recipient, h.country, h.day, h.exact, h.happening
            FROM p CROSS JOIN happening_signs h WHERE h.type = p.type AND h.actor = p.code AND h.day BETWEEN p.from_day AND p.to_day
            UNION ALL
            SELECT h.type, h.actor, h.recipient, h.country, h.day, h.exact, h.happening
            FROM p CROSS JOIN happening_signs h WHERE h.type = p.type AND h.recipient = p.code AND h.day BETWEEN p.from_day AND p.to_day
            """, "$probes");
        // Through SQLite's statement API (RowInsert): a command per sign cost a parameter search and a UTF-8 copy of each value.
        // The sign's key is not stored: it is made of the other columns (HappeningSign.Key).
        add = new RowInsert(connection, "INSERT INTO happening_signs (type, actor, recipient, country, day, exact, happening) VALUES (?, ?, ?, ?, ?, ?, ?)");
        merge = Command(connection, transaction, """
            UPDATE happening_signs SET happening = $into WHERE happening = $from;
            UPDATE events SET cluster_key = $into WHERE cluster_key = $from;
            INSERT INTO happening_tallies (happening, unit, stance, reports)
            SELECT $into, unit, stance, reports FROM happening_tallies WHERE happening = $from
            ON CONFLICT DO UPDATE SET reports = happening_tallies.reports + excluded.reports;
            DELETE FROM happening_tallies WHERE happening = $from;
            """, "$from", "$into");
    }

    public void Read(IReadOnlyList<(string Type, string Code, DateOnly From, DateOnly To)> probes, List<(HappeningSign Sign, string Happening)> found)
    {
        Bind(read, JsonSerializer.Serialize(probes.Select(p => new[] { p.Type, p.Code, Iso(p.From), Iso(p.To) })));
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            var sign = new HappeningSign(reader.GetString(0), Text(reader, 1), Text(reader, 2), Text(reader, 3),
                DateOnly.ParseExact(reader.GetString(4), "yyyy-MM-dd", CultureInfo.InvariantCulture), reader.GetInt64(5) != 0);
            found.Add((sign, reader.GetString(6)));
        }
    }

    public void Add(IReadOnlyList<(HappeningSign Sign, string Happening)> signs)
    {
        foreach (var (s, happening) in signs)
            add.Text(s.Type).Text(s.Actor).Text(s.Recipient).Text(s.Country).Text(Iso(s.Day)).Int(s.Exact ? 1 : 0).Text(happening).Execute();
    }

    public void Merge(IReadOnlyList<(string From, string Into)> merges)
    {
        // One prepared statement run per merge: in SQLite a statement costs no round trip, and each is an index look-up.
        foreach (var (from, into) in merges)
        {
            Bind(merge, from, into);
            merge.ExecuteNonQuery();
        }
    }

    public void Dispose()
    {
        read.Dispose();
        add.Dispose();
        merge.Dispose();
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
            command.Parameters.Add(new SqliteParameter(name, SqliteType.Text));
        return command;
    }

    private static void Bind(SqliteCommand command, params string?[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = (object?)values[i] ?? DBNull.Value;
    }

    private static string? Text(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static string Iso(DateOnly day) => PreparedDocument.Iso(day);
}
