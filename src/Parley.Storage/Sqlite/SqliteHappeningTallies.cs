using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Storage.Linking;

namespace Parley.Storage.Sqlite;

/// <summary>The happenings' counts and verdicts in a SQLite store (<c>happening_tallies</c>, <c>clusters</c>), for <see cref="HappeningCounter"/>.</summary>
internal sealed class SqliteHappeningTallies(SqliteConnection connection, SqliteTransaction transaction) : IHappeningTallies, IDisposable
{
    private readonly RowInsert add = new(connection, """
        INSERT INTO happening_tallies (happening, unit, stance, reports) VALUES (?, ?, ?, ?)
        ON CONFLICT DO UPDATE SET reports = happening_tallies.reports + excluded.reports
        """);
    // A verdict that did not change (most of a batch's) leaves its page clean, so the commit does not write it again.
    private readonly RowInsert save = new(connection, """
        INSERT INTO clusters (key, sources, modality) VALUES (?, ?, ?)
        ON CONFLICT (key) DO UPDATE SET sources = excluded.sources, modality = excluded.modality
        WHERE sources <> excluded.sources OR modality <> excluded.modality
        """);
    private readonly RowInsert delete = new(connection, "DELETE FROM clusters WHERE key = ?");

    public Dictionary<long, long> Units(IReadOnlyCollection<long> documents)
    {
        using var command = Command(DocumentUnits.Select + " d.id IN (SELECT value FROM json_each($keys))", documents);
        return DocumentUnits.Read(command, documents.Count);
    }

    public void Add(IReadOnlyList<(string Happening, long Unit, HappeningTally.Stance Stance, int Reports)> rows)
    {
        foreach (var (happening, unit, stance, reports) in rows)
            add.Text(happening).Int(unit).Int((int)stance).Int(reports).Execute();
    }

    public List<(string Happening, long Unit, HappeningTally.Stance Stance)> Forget(IReadOnlyCollection<string> happenings)
    {
        // The attribution test runs once per report here; in an aggregate SQLite evaluated it again for
        // every use of the stance (measured ~40 % of the statement's time, 21,106 happenings).
        var rows = new List<(string, long, HappeningTally.Stance)>();
        using (var reports = Command("""
            SELECT e.cluster_key, coalesce(o.source_id, -o.id), e.modality, e.hedged,
                e.attribution_source IN (SELECT code FROM participants WHERE event_id = e.id)
            FROM events e LEFT JOIN document_copies x ON x.doc_id = e.doc_id JOIN documents o ON o.id = coalesce(x.original_id, e.doc_id)
            WHERE e.cluster_key IN (SELECT value FROM json_each($keys))
            """, happenings))
        using (var reader = reports.ExecuteReader())
        {
            while (reader.Read())
                rows.Add((reader.GetString(0), reader.GetInt64(1), HappeningTally.StanceOf(reader.GetString(2), reader.GetInt64(3) != 0, !reader.IsDBNull(4) && reader.GetInt64(4) != 0)));
        }
        using var forget = Command("DELETE FROM happening_tallies WHERE happening IN (SELECT value FROM json_each($keys))", happenings);
        forget.ExecuteNonQuery();
        return rows;
    }

    public List<(string Happening, long Unit, HappeningTally.Stance Stance)> Read(IReadOnlyCollection<string> happenings)
    {
        using var command = Command("SELECT happening, unit, stance FROM happening_tallies WHERE happening IN (SELECT value FROM json_each($keys))", happenings);
        var rows = new List<(string, long, HappeningTally.Stance)>();
        using var reader = command.ExecuteReader();
        while (reader.Read())
            rows.Add((reader.GetString(0), reader.GetInt64(1), (HappeningTally.Stance)reader.GetInt64(2)));
        return rows;
    }

    public void Save(IReadOnlyList<(string Happening, HappeningTally Tally)> told, IReadOnlyList<string> gone)
    {
        foreach (var (happening, tally) in told)
            save.Text(happening).Int(tally.Sources).Text(tally.Modality).Execute();
        foreach (var happening in gone)
            delete.Text(happening).Execute();
    }

    public void Dispose()
    {
        add.Dispose();
        save.Dispose();
        delete.Dispose();
    }

    /// <summary>A command of this transaction whose <c>$keys</c> is <paramref name="keys"/> as a JSON array (read with <c>json_each</c>).</summary>
    private SqliteCommand Command<T>(string sql, IReadOnlyCollection<T> keys)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$keys", JsonSerializer.Serialize(keys));
        return command;
    }
}
