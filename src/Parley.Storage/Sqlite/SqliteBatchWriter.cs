using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;
using Parley.Documents;
using Parley.Events;
using Parley.Serialization;
using Parley.Storage.Linking;
using Parley.Storage.Rows;

namespace Parley.Storage.Sqlite;

/// <summary>
/// Writes documents and their annotations inside one (immediate) transaction. Every kind of row goes in
/// through one prepared statement per table (<see cref="RowInsert"/>), its values bound by position:
/// measured on 2,000 articles, that costs about half of reading the same rows from a JSON array with
/// <c>json_each</c> and <c>-&gt;&gt;</c>, which SQLite parses again for every field. Row ids of sentences
/// and events are handed out here, which is safe because the transaction holds the write lock. The dyad
/// rows come from each event as it is written, and so does its happening (<see cref="HappeningLinker"/>);
/// the statistics and the happenings' tallies are brought up to date once per batch. Each new document is also linked to
/// its stored near-duplicates (<see cref="DuplicateLinker"/>).
/// </summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly List<SqliteCommand> commands = [];
    private readonly List<RowInsert> rows = [];
    private readonly SqliteHappeningTallies tallies;
    private readonly HappeningCounter counter;
    private readonly string now;
    private readonly EventDyads eventDyads = new();
    private readonly RowInsert insertDocument, insertSentence, insertSentenceText, insertEvent, insertParticipant, insertEvidence, insertPair, insertDyad;
    private SqliteCommand? addStats, removeStats;
    private DuplicateLinker? linker;
    private SqliteHappeningIndex? happeningIndex;
    private HappeningLinker? happenings;
    private long nextSentenceId, nextEventId;

    private static readonly string[] DocumentColumnNames =
    [
        "identity", "doc_key", "url", "content_hash", "origin", "format", "title", "byline", "source_id", "published", "published_source",
        "text", "quality", "mentions", "ingested_at",
    ];

    private static readonly string[] EventColumnNames =
    [
        "id", "doc_id", "local_id", "type", "mode", "plover_type", "plover_mode", "cameo", "score", "trigger", "sentence", "modality", "hedged",
        "attribution", "attribution_source", "contexts", "quantities", "confidence", "location_text", "location_name", "country", "lat", "lon",
        "date_text", "date_value", "date_precision", "day", "cluster_key",
    ];

    // Events from this id on are stored but not yet counted in the stats_* tables.
    private long uncountedFrom;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction, DateTimeOffset now)
    {
        this.now = now.ToString("O", CultureInfo.InvariantCulture);
        this.connection = connection;
        this.transaction = transaction;
        insertDocument = PrepareRow("INTO documents", DocumentColumnNames, "ON CONFLICT (identity) DO NOTHING");
        insertSentence = PrepareRow("INTO sentences", ["id", "doc_id", "idx", "start", "\"end\""]);
        insertSentenceText = PrepareRow("INTO sentence_text", ["rowid", "text"]);
        insertEvent = PrepareRow("INTO events", EventColumnNames);
        insertParticipant = PrepareRow("INTO participants", ["event_id", "role", "ord", "code", "sector", "name", "text"]);
        insertEvidence = PrepareRow("INTO evidence", ["event_id", "ord", "doc_id", "start", "\"end\"", "sentence"]);
        insertPair = PrepareRow("OR IGNORE INTO event_pairs", ["low", "high", "day", "event_id"]);
        insertDyad = PrepareRow("OR IGNORE INTO event_dyads", ["event_id", "actor", "recipient"]);
        nextSentenceId = MaxId("sentences") + 1;
        nextEventId = MaxId("events") + 1;
        uncountedFrom = nextEventId;
        tallies = new SqliteHappeningTallies(connection, transaction);
        counter = new HappeningCounter(tallies);
    }

    /// <summary>The id of the source named <paramref name="name"/>, added if new.</summary>
    public long SourceId(string name)
    {
        using var command = Command("INSERT INTO sources (name) VALUES ($name) ON CONFLICT (name) DO NOTHING");
        command.Parameters.AddWithValue("$name", name);
        command.ExecuteNonQuery();
        command.CommandText = "SELECT id FROM sources WHERE name = $name";
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Adds the document row; null when an article with its identity is already stored.</summary>
    public long? InsertDocument(PreparedDocument prepared, long? sourceId)
    {
        var (document, identity) = (prepared.Document, prepared.Identity);
        var m = document.Metadata;
        insertDocument.Text(identity.Key).Text(m.Id).Text(m.Url).Text(identity.ContentHash).Text(m.Origin).Text(m.Format).Text(m.Title).Text(m.Byline);
        (sourceId is { } source ? insertDocument.Int(source) : insertDocument.Null())
            .Text(m.Published?.Date.ToString()).Text(m.Published?.Source.ToString()).Text(document.Text)
            .Text(prepared.Quality).Utf8(prepared.Mentions).Text(now);
        return insertDocument.ExecuteReturningRowId();
    }

    /// <summary>Updates what a new run may change in the document row: title, publication date, quality.</summary>
    public void UpdateDocument(long id, PreparedDocument prepared)
    {
        var document = prepared.Document;
        using var command = Command("UPDATE documents SET title = $title, published = $published, published_source = $published_source, quality = $quality, mentions = $mentions WHERE id = $id");
        Set(command, "$title", document.Metadata.Title);
        Set(command, "$published", document.Metadata.Published?.Date.ToString());
        Set(command, "$published_source", document.Metadata.Published?.Source.ToString());
        Set(command, "$quality", prepared.Quality);
        Set(command, "$mentions", Encoding.UTF8.GetString(prepared.Mentions));
        Set(command, "$id", id);
        command.ExecuteNonQuery();
    }

    /// <summary>Links a new document, whose events are written, to the near-duplicates already stored (see <see cref="DuplicateLinker"/>).</summary>
    public void LinkCopies(long id, Document document) => Linker().Link(id, document);

    /// <summary>Links a document stored before duplicates were; one already signed keeps its links, which its text alone decides.</summary>
    public void LinkCopiesIfUnsigned(long id, Document document) => Linker().LinkIfUnsigned(id, document);

    private HappeningLinker Happenings() =>
        happenings ??= new HappeningLinker(happeningIndex = new SqliteHappeningIndex(connection, transaction), HappeningOptions.Default);

    private DuplicateLinker Linker() => linker ??= new DuplicateLinker(new SqliteDuplicateIndex(connection, transaction), counter.Regrouped);

    /// <summary>Deletes the sentences, mentions and events of a document, remembering the happenings they belonged to.</summary>
    public void DeleteAnnotations(long id)
    {
        // Count what this batch added first, so that a document replaced twice in one batch takes away only counted events.
        CountEvents();
        removeStats ??= Prepare(StatsDelta("e.doc_id = $doc_id", "-"));
        Set(removeStats, "$doc_id", id);
        removeStats.ExecuteNonQuery();
        using var command = Command("SELECT DISTINCT cluster_key FROM events WHERE doc_id = $id");
        Set(command, "$id", id);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                counter.Remove(reader.GetString(0));
        }
        command.CommandText = """
            DELETE FROM sentence_text WHERE rowid IN (SELECT id FROM sentences WHERE doc_id = $id);
            DELETE FROM sentences WHERE doc_id = $id;
            DELETE FROM event_pairs WHERE event_id IN (SELECT id FROM events WHERE doc_id = $id);
            DELETE FROM event_dyads WHERE event_id IN (SELECT id FROM events WHERE doc_id = $id);
            DELETE FROM participants WHERE event_id IN (SELECT id FROM events WHERE doc_id = $id);
            DELETE FROM evidence WHERE event_id IN (SELECT id FROM events WHERE doc_id = $id);
            DELETE FROM events WHERE doc_id = $id;
            """;
        command.ExecuteNonQuery();
    }

    /// <summary>Reads the stored happenings near the events of a whole batch at once (<see cref="HappeningLinker.Prefetch"/>); call before its documents are written.</summary>
    public void PrefetchHappenings(IEnumerable<PreparedDocument> batch) =>
        Happenings().Prefetch(batch.SelectMany(d => d.Events).Select(v => v.Happening));

    /// <summary>Adds the sentences, mentions and events of a stored document; returns how many events.</summary>
    public int InsertAnnotations(long documentId, PreparedDocument prepared)
    {
        var document = prepared.Document;
        var text = document.Text;
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            var s = document.Sentences[i];
            insertSentence.Int(nextSentenceId).Int(documentId).Int(i).Int(s.Start).Int(s.End).Execute();
            insertSentenceText.Int(nextSentenceId).Line(text.AsSpan(s.Start, s.End - s.Start)).Execute();
            nextSentenceId++;
        }
        if (document.Events.Length == 0)
            return 0;
        var firstEvent = nextEventId;
        nextEventId += document.Events.Length;
        for (var i = 0; i < document.Events.Length; i++)
        {
            var e = document.Events[i];
            var eventId = firstEvent + i;
            var values = prepared.Events[i];
            InsertEvent(documentId, eventId, document, e, values);
            InsertDyads(eventId, e, values.Day);
            InsertParticipants(eventId, document, "actor", e.Actors);
            InsertParticipants(eventId, document, "recipient", e.Recipients);
            for (var j = 0; j < e.Evidence.Count; j++)
            {
                var span = e.Evidence[j];
                insertEvidence.Int(eventId).Int(j).Int(documentId).Int(span.Start).Int(span.End).Int(EventJsonWriter.SentenceAt(document, span.Start)).Execute();
            }
        }
        return document.Events.Length;
    }

    private void InsertEvent(long documentId, long id, Document document, PloverEvent e, PreparedEvent values)
    {
        var clusterKey = values.Happening is { } sign ? Happenings().Assign(sign) : values.FoundingKey(documentId, e.Id);
        counter.Report(clusterKey, documentId, e);
        var place = e.Location?.Place;
        insertEvent
            .Int(id).Int(documentId).Text(e.Id).Text(e.Category.Type).Text(e.Category.Mode)
            .Text(e.PloverCategory.Type).Text(e.PloverCategory.Mode).Text(e.PloverCategory.Cameo).Real(e.PloverCategory.Score)
            .Line(document.Text, (e.Trigger.Start, e.Trigger.End)).Int(e.Sentence).Text(PreparedDocument.ModalityName(e.Modality)).Int(e.Hedged ? 1 : 0)
            .Line(document.Text, e.Attribution is { } a ? (a.Start, a.End) : null).Text(e.AttributionSource)
            .Text(values.Contexts).Text(values.Quantities).Real(e.Confidence)
            .Line(document.Text, e.Location is { } l ? (l.Start, l.End) : null).Text(place?.Name).Text(place?.Country).Real(place?.Latitude).Real(place?.Longitude)
            .Line(document.Text, e.Date is { } t ? (t.Start, t.End) : null).Text(values.DateValue).Text(values.DatePrecision)
            .Text(values.Day).Text(clusterKey)
            .Execute();
    }

    /// <summary>
    /// The event's rows in the dyad tables (<see cref="EventDyads"/>). Written from the event in hand: one join
    /// over participants per document cost as much as writing the events themselves.
    /// </summary>
    private void InsertDyads(long eventId, PloverEvent e, string? day)
    {
        var rowsOf = eventDyads.Of(e);
        foreach (var (low, high) in rowsOf.Pairs)
            insertPair.Text(low).Text(high).Text(day).Int(eventId).Execute();
        foreach (var (actor, recipient) in rowsOf.Dyads)
            insertDyad.Int(eventId).Text(actor).Text(recipient).Execute();
    }

    private void InsertParticipants(long eventId, Document document, string role, List<Participant> participants)
    {
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            insertParticipant.Int(eventId).Text(role).Int(i).Text(p.Code).Text(p.Sector).Text(p.Name).Line(document.Text, (p.Start, p.End)).Execute();
        }
    }

    /// <summary>Adds the events stored since the last call to the stats_* tables, with one statement per table.</summary>
    public void CountEvents()
    {
        if (nextEventId == uncountedFrom)
            return;
        addStats ??= Prepare(StatsDelta("e.id BETWEEN $first AND $last", ""));
        Set(addStats, "$first", uncountedFrom);
        Set(addStats, "$last", nextEventId - 1);
        addStats.ExecuteNonQuery();
        uncountedFrom = nextEventId;
    }

    /// <summary>The statements that add (<paramref name="sign"/> "") or take away ("-") the events <paramref name="where"/> picks in the stats_* tables.</summary>
    private static string StatsDelta(string where, string sign) => $"""
        INSERT INTO stats_type_month (modality, plover_type, month, events)
        SELECT e.modality, e.plover_type, coalesce(substr(e.day, 1, 7), ''), {sign}count(*) FROM events e WHERE {where} GROUP BY 1, 2, 3
        ON CONFLICT DO UPDATE SET events = stats_type_month.events + excluded.events;
        INSERT INTO stats_dyad_month (modality, actor, recipient, month, events, score_sum)
        SELECT e.modality, x.actor, x.recipient, coalesce(substr(e.day, 1, 7), ''), {sign}count(*), {sign}sum(e.score)
        FROM events e JOIN event_dyads x ON x.event_id = e.id WHERE {where} GROUP BY 1, 2, 3, 4
        ON CONFLICT DO UPDATE SET events = stats_dyad_month.events + excluded.events, score_sum = stats_dyad_month.score_sum + excluded.score_sum;
        INSERT INTO stats_dyad (modality, actor, recipient, events, score_sum)
        SELECT e.modality, x.actor, x.recipient, {sign}count(*), {sign}sum(e.score)
        FROM events e JOIN event_dyads x ON x.event_id = e.id WHERE {where} GROUP BY 1, 2, 3
        ON CONFLICT DO UPDATE SET events = stats_dyad.events + excluded.events, score_sum = stats_dyad.score_sum + excluded.score_sum;
        """;

    /// <summary>
    /// Brings the happenings this batch changed up to date (<see cref="HappeningCounter"/>): merges them, re-points
    /// the copies regrouped, then adds the new reports to the happenings' counts and draws their verdicts.
    /// </summary>
    public void RefreshClusters()
    {
        happenings?.Flush(counter.Touched);
        linker?.Flush();
        counter.Refresh(happenings);
    }

    public void Dispose()
    {
        linker?.Dispose();
        happeningIndex?.Dispose();
        tallies.Dispose();
        foreach (var command in commands)
            command.Dispose();
        foreach (var row in rows)
            row.Dispose();
    }

    private long MaxId(string table)
    {
        using var command = Command($"SELECT coalesce(max(id), 0) FROM {table}");
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>A prepared row insert; <paramref name="into"/> is what follows INSERT ("INTO t", "OR IGNORE INTO t"), <paramref name="upsert"/> what follows its values.</summary>
    private RowInsert PrepareRow(string into, string[] columns, string upsert = "")
    {
        var row = new RowInsert(connection, $"INSERT {into} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select(_ => "?"))}) {upsert}");
        rows.Add(row);
        return row;
    }

    private SqliteCommand Prepare(string sql)
    {
        var command = Command(sql);
        commands.Add(command);
        return command;
    }

    private SqliteCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Set(SqliteCommand command, string name, object? value)
    {
        var parameters = command.Parameters;
        var index = parameters.IndexOf(name);
        if (index < 0)
            parameters.AddWithValue(name, value ?? DBNull.Value);
        else
            parameters[index].Value = value ?? DBNull.Value;
    }
}
