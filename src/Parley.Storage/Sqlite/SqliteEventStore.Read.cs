using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Dates;
using Parley.Documents;
using Parley.Storage.Querying;
using Parley.Storage.Rows;
using static Parley.Storage.Rows.StoreRows;

namespace Parley.Storage.Sqlite;

public sealed partial class SqliteEventStore
{
    // The columns of StoreRows.Event, in its order.
    private const string EventColumns = """
        e.id, e.doc_id, e.local_id, e.day, e.type, e.mode, e.plover_type, e.plover_mode, e.cameo, e.score, e.trigger, e.modality, e.hedged,
        e.attribution, e.attribution_source, e.contexts, e.quantities, e.confidence, e.location_text, e.location_name, e.country, e.lat, e.lon,
        e.date_value, e.date_precision, d.url, d.title, d.published, s.name, coalesce(c.sources, 1),
        (SELECT t.text FROM sentences x JOIN sentence_text t ON t.rowid = x.id WHERE x.doc_id = e.doc_id AND x.idx = e.sentence),
        (SELECT json_group_array(json_array(p.role, p.code, p.sector, p.name, p.text)) FROM (SELECT * FROM participants WHERE event_id = e.id ORDER BY role, ord) p),
        coalesce(c.modality, 'reported'), e.cluster_key
        """;

    /// <inheritdoc />
    public StoreTotals Totals()
    {
        using var command = connection.CreateCommand();
        // Events from the counts kept per type and month: count(*) would read a whole index of the events table.
        command.CommandText = """
            SELECT (SELECT count(*) FROM documents), (SELECT coalesce(sum(events), 0) FROM stats_type_month), (SELECT count(*) FROM sources),
                (SELECT count(*) FROM document_copies)
            """;
        using var reader = command.ExecuteReader();
        reader.Read();
        return new StoreTotals(reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2)) { Copies = reader.GetInt64(3) };
    }

    /// <inheritdoc />
    public IReadOnlyList<SourceQuality> SourceQualities()
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT coalesce(s.name, '(none)'), count(*),
                coalesce(avg(d.quality ->> '$.factDensity'), 0), coalesce(avg(d.quality ->> '$.hedgeRatio'), 0), coalesce(avg(d.quality ->> '$.attributionRatio'), 0),
                sum(EXISTS (SELECT 1 FROM json_each(d.quality, '$.flags') WHERE value = 'low-information')),
                sum(EXISTS (SELECT 1 FROM json_each(d.quality, '$.flags') WHERE value = 'speculative')),
                sum(EXISTS (SELECT 1 FROM document_copies c WHERE c.doc_id = d.id)),
                sum(EXISTS (SELECT 1 FROM document_copies c WHERE c.doc_id = d.id AND c.spun = 1))
            FROM documents d LEFT JOIN sources s ON s.id = d.source_id
            GROUP BY s.name ORDER BY count(*) DESC, s.name
            """;
        using var reader = command.ExecuteReader();
        var sources = new List<SourceQuality>();
        while (reader.Read())
        {
            sources.Add(StoreRows.SourceQuality(reader));
        }
        return sources;
    }

    /// <inheritdoc />
    public IReadOnlyList<long> DocumentIds()
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id FROM documents ORDER BY id";
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
            ids.Add(reader.GetInt64(0));
        return ids;
    }

    /// <inheritdoc />
    public IReadOnlyList<StoredDocument> LoadDocuments(IReadOnlyList<long> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.id, d.doc_key, d.origin, d.format, d.title, d.url, d.byline, s.name, d.published, d.published_source, d.text
            FROM documents d LEFT JOIN sources s ON s.id = d.source_id WHERE d.id = $id
            """;
        var id = command.Parameters.Add("$id", SqliteType.Integer);
        var found = new List<StoredDocument>(ids.Count);
        foreach (var value in ids)
        {
            cancellationToken.ThrowIfCancellationRequested();
            id.Value = value;
            using var reader = command.ExecuteReader();
            if (!reader.Read())
                continue;
            found.Add(StoreRows.StoredDocument(reader));
        }
        return found;
    }

    /// <inheritdoc />
    public IEnumerable<EventRecord> Events(EventQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        var filter = new EventFilter(query, SqliteFilterDialect.Instance);
        var paging = query.Limit is { } limit
            ? string.Create(CultureInfo.InvariantCulture, $" LIMIT {limit} OFFSET {query.Offset}")
            : query.Offset > 0 ? string.Create(CultureInfo.InvariantCulture, $" LIMIT -1 OFFSET {query.Offset}") : "";
        // The page is chosen first on the narrow columns; only its rows then pay for the sentence and
        // participant subqueries (SQLite would otherwise compute them for every match before sorting).
        var joins = EventFilter.JoinsTo("events e ON e.id = page.id");
        return ReadEvents($"""
            WITH page AS MATERIALIZED (SELECT e.id, e.day FROM {filter.From} WHERE {filter.Where} ORDER BY {filter.OrderBy}{paging})
            SELECT {EventColumns} FROM page JOIN {joins} ORDER BY page.day DESC, page.id DESC
            """, filter.Bind, cancellationToken);
    }

    /// <inheritdoc />
    public StoreStatistics Statistics(EventQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return StatisticsSummary.FiltersOnlyModality(query) ? CountedStatistics(query.Modality) : ScannedStatistics(query);
    }

    /// <summary>Statistics read from the stats_* tables the writer keeps up to date: a few thousand rows, whatever the store's size.</summary>
    private StoreStatistics CountedStatistics(Parley.Events.EventModality? modality)
    {
        var modalities = JsonSerializer.Serialize(modality is { } m ? [Modality(m)] : Enum.GetValues<Parley.Events.EventModality>().Select(Modality));
        void Bind(SqliteCommand c) => c.Parameters.AddWithValue("$modalities", modalities);
        var typeMonth = Rows("""
            SELECT plover_type, nullif(month, ''), sum(events) FROM stats_type_month
            WHERE modality IN (SELECT value FROM json_each($modalities)) AND events > 0 GROUP BY 1, 2
            """, Bind, r => (Type: r.GetString(0), Month: String(r, 1), Count: r.GetInt64(2)));
        var dyads = Rows("""
            SELECT actor, recipient, sum(events), sum(score_sum) FROM stats_dyad
            WHERE modality IN (SELECT value FROM json_each($modalities)) AND events > 0 GROUP BY 1, 2
            """, Bind, r => (Actor: r.GetString(0), Recipient: r.GetString(1), Count: r.GetInt64(2), Sum: r.GetDouble(3)));
        return StatisticsSummary.Of(Totals(), typeMonth, dyads, top => Rows("""
            SELECT actor, recipient, month, sum(events), sum(score_sum) FROM stats_dyad_month
            WHERE modality IN (SELECT value FROM json_each($modalities)) AND (actor, recipient) IN (SELECT value ->> 0, value ->> 1 FROM json_each($top))
                AND month <> '' AND events > 0
            GROUP BY 1, 2, 3
            """, c =>
            {
                Bind(c);
                c.Parameters.AddWithValue("$top", JsonSerializer.Serialize(top.Select(d => new[] { d.Actor, d.Recipient })));
            }, r => (Actor: r.GetString(0), Recipient: r.GetString(1), Month: r.GetString(2), Count: r.GetInt64(3), Sum: r.GetDouble(4))));
    }

    /// <summary>Statistics computed from the matching events themselves: any filter, but a scan (seconds on a million events).</summary>
    internal StoreStatistics ScannedStatistics(EventQuery query)
    {
        var filter = new EventFilter(query with { Limit = null, Offset = 0 }, SqliteFilterDialect.Instance);
        // Two scans of the matching events: one grouped by type and month, one by dyad and month; the
        // other figures are sums of these.
        var typeMonth = Rows($"SELECT e.plover_type, substr(e.day, 1, 7), count(*) FROM {filter.From} WHERE {filter.Where} GROUP BY 1, 2", filter,
            r => (Type: r.GetString(0), Month: String(r, 1), Count: r.GetInt64(2)));
        var dyadMonth = Rows($"""
            SELECT x.actor, x.recipient, substr(e.day, 1, 7), count(*), sum(e.score)
            FROM {filter.From} JOIN event_dyads x ON x.event_id = e.id WHERE {filter.Where} GROUP BY 1, 2, 3
            """, filter, r => (Actor: r.GetString(0), Recipient: r.GetString(1), Month: String(r, 2), Count: r.GetInt64(3), Sum: r.GetDouble(4)));
        return StatisticsSummary.FromScan(Totals(), typeMonth, dyadMonth);
    }

    private static string Modality(Parley.Events.EventModality modality) => modality.ToString().ToLowerInvariant();

    /// <inheritdoc />
    public IReadOnlyList<SearchHit> Search(string query, int limit, int offset = 0)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(query);
        try
        {
            return SearchUnchecked(query, limit, offset);
        }
        catch (SqliteException e) when (e.Message.Contains("fts5", StringComparison.OrdinalIgnoreCase) || e.Message.Contains("syntax", StringComparison.OrdinalIgnoreCase))
        {
            // Not FTS5 syntax ("U.S.-China", a stray quote): search the words as plain words instead.
            var words = query.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(w => "\"" + w.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"");
            try
            {
                return SearchUnchecked(string.Join(' ', words), limit, offset);
            }
            catch (SqliteException again)
            {
                throw new EventStoreException($"cannot search for '{query}': {again.Message}", again);
            }
        }
    }

    /// <summary>How many of the most recently stored matching sentences a search ranks.</summary>
    public const int RankedMatches = 10_000;

    private List<SearchHit> SearchUnchecked(string query, int limit, int offset)
    {
        using var command = connection.CreateCommand();
        // The page is ranked first on rowids alone; only its sentences then pay for a snippet and a join
        // (in one query the snippet of every match was made before sorting: thousands for a common phrase).
        // Only the RankedMatches most recently stored matches are ranked: scoring every match of a common
        // word ("minister": 50,000 sentences in a store of a million events) took ~115 ms, the newest 10,000
        // take ~23 ms, and FTS5 finds where they start by walking the match list backwards without scoring.
        command.CommandText = """
            WITH page AS MATERIALIZED (
                SELECT rowid AS id, bm25(sentence_text) AS score FROM sentence_text
                WHERE sentence_text MATCH $query
                  AND rowid >= coalesce((SELECT rowid FROM sentence_text WHERE sentence_text MATCH $query ORDER BY rowid DESC LIMIT 1 OFFSET $ranked - 1), 0)
                ORDER BY score, rowid DESC LIMIT $limit OFFSET $offset)
            SELECT x.doc_id, x.idx, snippet(sentence_text, 0, '**', '**', '…', 24), d.title, d.url, d.published
            FROM page JOIN sentence_text ON sentence_text.rowid = page.id JOIN sentences x ON x.id = page.id JOIN documents d ON d.id = x.doc_id
            WHERE sentence_text MATCH $query ORDER BY page.score, page.id DESC
            """;
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$limit", limit);
        command.Parameters.AddWithValue("$offset", offset);
        command.Parameters.AddWithValue("$ranked", RankedMatches);
        var hits = new List<(long Doc, int Sentence, string Snippet, string? Title, string? Url, string? Published)>();
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                hits.Add((reader.GetInt64(0), reader.GetInt32(1), reader.GetString(2), String(reader, 3), String(reader, 4), String(reader, 5)));
        }
        var told = EventsInSentences(hits.Select(h => (h.Doc, h.Sentence)).ToList());
        return SearchHits(hits, told);
    }

    /// <summary>The events with evidence in each of <paramref name="sentences"/> (document id, sentence index), in id order, read with one query.</summary>
    private Dictionary<(long Doc, int Sentence), List<EventRecord>> EventsInSentences(List<(long Doc, int Sentence)> sentences)
    {
        var told = new Dictionary<(long, int), List<EventRecord>>();
        if (sentences.Count == 0)
            return told;
        using var command = connection.CreateCommand();
        var joins = EventFilter.JoinsTo("events e ON e.id = h.event_id");
        command.CommandText = $"""
            WITH h AS MATERIALIZED (
                SELECT DISTINCT v.doc_id, v.sentence, v.event_id FROM json_each($sentences) j
                JOIN evidence v ON v.doc_id = j.value ->> 0 AND v.sentence = j.value ->> 1)
            SELECT {EventColumns}, h.doc_id, h.sentence FROM h JOIN {joins} ORDER BY e.id
            """;
        command.Parameters.AddWithValue("$sentences", JsonSerializer.Serialize(sentences.Select(s => new[] { s.Doc, s.Sentence })));
        using var reader = command.ExecuteReader();
        while (reader.Read())
            AddToSentence(told, reader);
        return told;
    }

    /// <inheritdoc />
    public IReadOnlyDictionary<long, IReadOnlyList<EvidenceRecord>> EvidenceOfDocument(long documentId)
    {
        var text = DocumentText(documentId);
        var evidence = new Dictionary<long, IReadOnlyList<EvidenceRecord>>();
        var rows = Rows("""
            SELECT v.event_id, v.start, v."end", v.sentence, t.text FROM evidence v
            LEFT JOIN sentences x ON x.doc_id = v.doc_id AND x.idx = v.sentence LEFT JOIN sentence_text t ON t.rowid = x.id
            WHERE v.doc_id = $id ORDER BY v.event_id, v.ord
            """, c => c.Parameters.AddWithValue("$id", documentId),
            r => (Event: r.GetInt64(0), Record: Evidence(r, text, 1)));
        foreach (var group in rows.GroupBy(row => row.Event))
            evidence[group.Key] = group.Select(row => row.Record).ToList();
        return evidence;
    }

    /// <inheritdoc />
    public EventDetail? FindEvent(long id)
    {
        var record = ReadEvents($"SELECT {EventColumns} FROM {EventFilter.AllJoins} WHERE e.id = $id", c => c.Parameters.AddWithValue("$id", id), CancellationToken.None).FirstOrDefault();
        if (record is null)
            return null;
        var text = DocumentText(record.DocumentId);
        var evidence = Rows("""
            SELECT v.start, v."end", v.sentence, t.text FROM evidence v
            LEFT JOIN sentences x ON x.doc_id = v.doc_id AND x.idx = v.sentence LEFT JOIN sentence_text t ON t.rowid = x.id
            WHERE v.event_id = $id ORDER BY v.ord
            """, c => c.Parameters.AddWithValue("$id", id),
            r => Evidence(r, text, 0));
        var reports = Rows("""
            SELECT min(e.id), d.id, d.title, d.url, s.name, d.published, x.original_id FROM events e JOIN documents d ON d.id = e.doc_id
                LEFT JOIN sources s ON s.id = d.source_id LEFT JOIN document_copies x ON x.doc_id = d.id
            WHERE e.cluster_key = (SELECT cluster_key FROM events WHERE id = $id) GROUP BY d.id ORDER BY d.published, d.id
            """, c => c.Parameters.AddWithValue("$id", id),
            Report);
        return new EventDetail(record, evidence, reports);
    }

    /// <inheritdoc />
    public DocumentDetail? FindDocument(long id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT d.identity, d.origin, d.format, d.url, d.title, d.byline, s.name, d.published, d.text, d.quality,
                (SELECT count(*) FROM sentences WHERE doc_id = d.id), d.mentions, x.original_id, x.nearest_id, x.jaccard, x.spun
            FROM documents d LEFT JOIN sources s ON s.id = d.source_id LEFT JOIN document_copies x ON x.doc_id = d.id WHERE d.id = $id
            """;
        command.Parameters.AddWithValue("$id", id);
        DocumentDetail detail;
        string mentionsJson;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read())
                return null;
            detail = StoreRows.DocumentDetail(id, reader);
            mentionsJson = reader.GetString(11);
        }
        var text = detail.Text;
        var mentions = StoreRows.Mentions(text, mentionsJson);
        var events = ReadEvents($"SELECT {EventColumns} FROM {EventFilter.AllJoins} WHERE e.doc_id = $id ORDER BY e.id",
            c => c.Parameters.AddWithValue("$id", id), CancellationToken.None).ToList();
        var copies = Rows("SELECT doc_id, nearest_id, jaccard, spun FROM document_copies WHERE original_id = $id ORDER BY doc_id",
            c => c.Parameters.AddWithValue("$id", id), r => Copy(r, id));
        return detail with { Mentions = mentions, Events = events, Copies = copies };
    }

    private string DocumentText(long id)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT text FROM documents WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (string?)command.ExecuteScalar() ?? "";
    }

    private IEnumerable<EventRecord> ReadEvents(string sql, Action<SqliteCommand> bind, CancellationToken cancellationToken)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return StoreRows.Event(reader);
        }
    }

    private List<T> Rows<T>(string sql, EventFilter filter, Func<SqliteDataReader, T> map) => Rows(sql, filter.Bind, map);

    private List<T> Rows<T>(string sql, Action<SqliteCommand> bind, Func<SqliteDataReader, T> map)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command);
        using var reader = command.ExecuteReader();
        var rows = new List<T>();
        while (reader.Read())
            rows.Add(map(reader));
        return rows;
    }

}
