using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Documents;
using Parley.Events;
using Parley.Serialization;

namespace Parley.Storage.Sqlite;

/// <summary>
/// Writes documents and their annotations inside one (immediate) transaction. Each kind of row of a
/// document goes in with one statement that reads a JSON array through <c>json_each</c>, so a document
/// costs about seven statements rather than one per sentence, mention, event, participant and evidence
/// span (per-statement overhead dominated the write time). Events are the exception: one prepared
/// statement per row, because their 28 columns cost more to extract from JSON than to bind. Row ids of sentences and events are handed out
/// here, which is safe because the transaction holds the write lock. The happenings (cluster keys) touched
/// are recounted once, when the batch ends.
/// </summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly List<SqliteCommand> commands = [];
    private readonly HashSet<string> touchedClusters = new(StringComparer.Ordinal);
    private readonly HashSet<string> removedClusters = new(StringComparer.Ordinal);
    private readonly string now;
    private readonly ArrayBufferWriter<byte> buffer = new(1 << 16);
    private readonly SqliteCommand insertDocument, insertSentences, insertEvents, insertParticipants, insertEvidence, insertDyads;
    private SqliteCommand? addStats, removeStats;
    private readonly SqliteParameter[] eventValues;
    private long nextSentenceId, nextEventId;

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
        insertDocument = Prepare("""
            INSERT INTO documents (identity, doc_key, url, content_hash, origin, format, title, byline, source_id, published, published_source, text, quality, mentions, ingested_at)
            VALUES ($identity, $doc_key, $url, $content_hash, $origin, $format, $title, $byline, $source_id, $published, $published_source, $text, $quality, $mentions, $ingested_at)
            ON CONFLICT (identity) DO NOTHING RETURNING id
            """);
        insertSentences = Prepare("""
            INSERT INTO sentences (id, doc_id, idx, start, "end") SELECT value ->> 0, $doc_id, value ->> 1, value ->> 2, value ->> 3 FROM json_each($rows);
            INSERT INTO sentence_text (rowid, text) SELECT value ->> 0, value ->> 4 FROM json_each($rows);
            """);
        // One prepared row statement per event, not json_each: extracting 27 fields with ->> re-parsed each
        // event's JSON 27 times, about three quarters of the events' write time.
        insertEvents = Prepare($"INSERT INTO events ({string.Join(", ", EventColumnNames)}) VALUES ({string.Join(", ", EventColumnNames.Select(c => "$" + c))})");
        eventValues = [.. EventColumnNames.Select(c => insertEvents.Parameters.AddWithValue("$" + c, DBNull.Value))];
        insertParticipants = Prepare("""
            INSERT INTO participants (event_id, role, ord, code, sector, name, text)
            SELECT value ->> 0, value ->> 1, value ->> 2, value ->> 3, value ->> 4, value ->> 5, value ->> 6 FROM json_each($rows)
            """);
        insertEvidence = Prepare("""
            INSERT INTO evidence (event_id, ord, doc_id, start, "end", sentence)
            SELECT value ->> 0, value ->> 1, $doc_id, value ->> 2, value ->> 3, value ->> 4 FROM json_each($rows)
            """);
        insertDyads = Prepare("""
            INSERT OR IGNORE INTO event_pairs (low, high, day, event_id)
            SELECT min(a.code, r.code), max(a.code, r.code), e.day, e.id
            FROM participants a JOIN participants r ON r.event_id = a.event_id AND r.role = 'recipient' JOIN events e ON e.id = a.event_id
            WHERE a.role = 'actor' AND a.event_id BETWEEN $first AND $last;
            INSERT OR IGNORE INTO event_dyads (event_id, actor, recipient)
            SELECT a.event_id, a.code, r.code
            FROM participants a JOIN participants r ON r.event_id = a.event_id AND r.role = 'recipient' AND r.code <> a.code
            WHERE a.role = 'actor' AND a.event_id BETWEEN $first AND $last;
            """);
        nextSentenceId = MaxId("sentences") + 1;
        nextEventId = MaxId("events") + 1;
        uncountedFrom = nextEventId;
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
    public long? InsertDocument(Document document, DocumentIdentity identity, long? sourceId)
    {
        var m = document.Metadata;
        Set(insertDocument, "$identity", identity.Key);
        Set(insertDocument, "$doc_key", m.Id);
        Set(insertDocument, "$url", m.Url);
        Set(insertDocument, "$content_hash", identity.ContentHash);
        Set(insertDocument, "$origin", m.Origin);
        Set(insertDocument, "$format", m.Format);
        Set(insertDocument, "$title", m.Title);
        Set(insertDocument, "$byline", m.Byline);
        Set(insertDocument, "$source_id", sourceId);
        Set(insertDocument, "$published", m.Published?.Date.ToString());
        Set(insertDocument, "$published_source", m.Published?.Source.ToString());
        Set(insertDocument, "$text", document.Text);
        Set(insertDocument, "$quality", document.Quality is null ? null : SqliteEventStore.Json(document.Quality));
        Set(insertDocument, "$mentions", MentionsJson(document));
        Set(insertDocument, "$ingested_at", now);
        return insertDocument.ExecuteScalar() is long id ? id : null;
    }

    /// <summary>Updates what a new run may change in the document row: title, publication date, quality.</summary>
    public void UpdateDocument(long id, Document document)
    {
        using var command = Command("UPDATE documents SET title = $title, published = $published, published_source = $published_source, quality = $quality, mentions = $mentions WHERE id = $id");
        Set(command, "$title", document.Metadata.Title);
        Set(command, "$published", document.Metadata.Published?.Date.ToString());
        Set(command, "$published_source", document.Metadata.Published?.Source.ToString());
        Set(command, "$quality", document.Quality is null ? null : SqliteEventStore.Json(document.Quality));
        Set(command, "$mentions", MentionsJson(document));
        Set(command, "$id", id);
        command.ExecuteNonQuery();
    }

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
                removedClusters.Add(reader.GetString(0));
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

    /// <summary>Adds the sentences, mentions and events of a stored document; returns how many events.</summary>
    public int InsertAnnotations(long documentId, Document document)
    {
        var text = document.Text;
        var firstSentence = nextSentenceId;
        Rows(insertSentences, documentId, w =>
        {
            for (var i = 0; i < document.Sentences.Length; i++)
            {
                var s = document.Sentences[i];
                w.WriteStartArray();
                w.WriteNumberValue(firstSentence + i);
                w.WriteNumberValue(i);
                w.WriteNumberValue(s.Start);
                w.WriteNumberValue(s.End);
                w.WriteStringValue(ExtractJsonWriter.Flatten(text.AsSpan(s.Start, s.End - s.Start)));
                w.WriteEndArray();
            }
        });
        nextSentenceId += document.Sentences.Length;
        if (document.Events.Length == 0)
            return 0;
        var firstEvent = nextEventId;
        nextEventId += document.Events.Length;
        var published = document.Metadata.Published?.Date.AsDay;
        for (var i = 0; i < document.Events.Length; i++)
            InsertEvent(documentId, firstEvent + i, document, document.Events[i], published);
        Rows(insertParticipants, documentId, w =>
        {
            for (var i = 0; i < document.Events.Length; i++)
            {
                WriteParticipants(w, firstEvent + i, document, "actor", document.Events[i].Actors);
                WriteParticipants(w, firstEvent + i, document, "recipient", document.Events[i].Recipients);
            }
        });
        Rows(insertEvidence, documentId, w =>
        {
            for (var i = 0; i < document.Events.Length; i++)
            {
                var evidence = document.Events[i].Evidence;
                for (var j = 0; j < evidence.Count; j++)
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(firstEvent + i);
                    w.WriteNumberValue(j);
                    w.WriteNumberValue(evidence[j].Start);
                    w.WriteNumberValue(evidence[j].End);
                    w.WriteNumberValue(EventJsonWriter.SentenceAt(document, evidence[j].Start));
                    w.WriteEndArray();
                }
            }
        });
        Set(insertDyads, "$first", firstEvent);
        Set(insertDyads, "$last", firstEvent + document.Events.Length - 1);
        insertDyads.ExecuteNonQuery();
        return document.Events.Length;
    }

    /// <summary>The mentions of a document as the JSON array stored in <c>documents.mentions</c>.</summary>
    private string MentionsJson(Document document)
    {
        buffer.ResetWrittenCount();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartArray();
            foreach (var m in document.Mentions)
            {
                w.WriteStartObject();
                w.WriteString("kind", Kind(m.Kind));
                w.WriteNumber("start", m.Start);
                w.WriteNumber("end", m.End);
                w.WriteString("component", m.Component);
                if (m.Actor is { } actor)
                {
                    w.WriteString("code", actor.Code);
                    w.WriteString("sector", actor.Sector);
                    if (actor.Name is not null)
                        w.WriteString("name", actor.Name);
                    if (actor.Role is not null)
                        w.WriteString("role", actor.Role);
                }
                if (m.Place is { } place)
                {
                    w.WriteString("place", place.Name);
                    if (place.Country is not null)
                        w.WriteString("country", place.Country);
                    w.WriteNumber("lat", place.Latitude);
                    w.WriteNumber("lon", place.Longitude);
                }
                if (m.Time is { } time)
                    w.WriteString("time", time.Value);
                if (m.Evidence is not null)
                    w.WriteString("evidence", m.Evidence);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private void InsertEvent(long documentId, long id, Document document, PloverEvent e, DateOnly? published)
    {
        var day = EventDay(e, published);
        var clusterKey = day is { } d
            ? string.Join('|', SqliteEventStore.Iso(d), e.PloverCategory.Type, e.Actors.FirstOrDefault()?.Code, e.Recipients.FirstOrDefault()?.Code)
            : string.Create(CultureInfo.InvariantCulture, $"doc{documentId}|{e.Id}");
        touchedClusters.Add(clusterKey);
        var place = e.Location?.Place;
        var time = e.Date?.Time;
        var v = eventValues;
        v[0].Value = id;
        v[1].Value = documentId;
        v[2].Value = e.Id;
        v[3].Value = e.Category.Type;
        v[4].Value = Db(e.Category.Mode);
        v[5].Value = e.PloverCategory.Type;
        v[6].Value = Db(e.PloverCategory.Mode);
        v[7].Value = e.PloverCategory.Cameo;
        v[8].Value = e.PloverCategory.Score;
        v[9].Value = Slice(document, e.Trigger.Start, e.Trigger.End);
        v[10].Value = e.Sentence;
        v[11].Value = Modality(e.Modality);
        v[12].Value = e.Hedged ? 1 : 0;
        v[13].Value = Db(e.Attribution is { } a ? Slice(document, a.Start, a.End) : null);
        v[14].Value = Db(e.AttributionSource);
        v[15].Value = e.Contexts.Count == 0 ? "[]" : JsonSerializer.Serialize(e.Contexts);
        v[16].Value = e.Quantities.Count == 0 ? "[]" : SqliteEventStore.Json(e.Quantities.Select(q => new QuantityRecord(Slice(document, q.Start, q.End), q.Value, q.Unit)));
        v[17].Value = e.Confidence;
        v[18].Value = Db(e.Location is { } l ? Slice(document, l.Start, l.End) : null);
        v[19].Value = Db(place?.Name);
        v[20].Value = Db(place?.Country);
        v[21].Value = Db(place?.Latitude);
        v[22].Value = Db(place?.Longitude);
        v[23].Value = Db(e.Date is { } t ? Slice(document, t.Start, t.End) : null);
        v[24].Value = Db(time?.Value);
        v[25].Value = Db(time?.Precision.ToString().ToLowerInvariant());
        v[26].Value = Db(day is { } dd ? SqliteEventStore.Iso(dd) : null);
        v[27].Value = clusterKey;
        insertEvents.ExecuteNonQuery();
    }

    private static object Db(string? value) => value ?? (object)DBNull.Value;

    private static object Db(double? value) => value is { } v && double.IsFinite(v) ? v : DBNull.Value;

    private static void WriteParticipants(Utf8JsonWriter w, long eventId, Document document, string role, List<Participant> participants)
    {
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            w.WriteStartArray();
            w.WriteNumberValue(eventId);
            w.WriteStringValue(role);
            w.WriteNumberValue(i);
            w.WriteStringValue(p.Code);
            w.WriteStringValue(p.Sector);
            Value(w, p.Name);
            w.WriteStringValue(Slice(document, p.Start, p.End));
            w.WriteEndArray();
        }
    }

    /// <summary>
    /// The day an event is filed under: its own date when known to the day; the publication day when
    /// that falls within the event's date (or the event has none); else the first day of the event's date.
    /// </summary>
    internal static DateOnly? EventDay(PloverEvent e, DateOnly? published)
    {
        if (e.Date?.Time is not { } time)
            return published;
        if (time.Precision == Mentions.TimePrecision.Day)
            return time.First;
        return published is { } p && p >= time.First && p <= time.Last ? p : time.First;
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

    /// <summary>Recounts the distinct sources of every happening touched by this batch, with one statement.</summary>
    public void RefreshClusters()
    {
        if (touchedClusters.Count > 0)
        {
            using var refresh = Command("""
                INSERT INTO clusters (key, sources)
                SELECT e.cluster_key, count(DISTINCT coalesce(d.source_id, -d.id)) FROM events e JOIN documents d ON d.id = e.doc_id
                WHERE e.cluster_key IN (SELECT value FROM json_each($keys)) GROUP BY e.cluster_key
                ON CONFLICT (key) DO UPDATE SET sources = excluded.sources
                """);
            Set(refresh, "$keys", JsonSerializer.Serialize(touchedClusters.Concat(removedClusters).Distinct(StringComparer.Ordinal)));
            refresh.ExecuteNonQuery();
        }
        if (removedClusters.Count > 0)
        {
            using var delete = Command("""
                DELETE FROM clusters WHERE key IN (SELECT value FROM json_each($keys)) AND NOT EXISTS (SELECT 1 FROM events WHERE cluster_key = clusters.key)
                """);
            Set(delete, "$keys", JsonSerializer.Serialize(removedClusters));
            delete.ExecuteNonQuery();
        }
        touchedClusters.Clear();
        removedClusters.Clear();
    }

    public void Dispose()
    {
        foreach (var command in commands)
            command.Dispose();
    }

    /// <summary>Runs <paramref name="command"/> with <c>$rows</c> set to the JSON array <paramref name="write"/> fills.</summary>
    private void Rows(SqliteCommand command, long documentId, Action<Utf8JsonWriter> write)
    {
        buffer.ResetWrittenCount();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            write(writer);
            writer.WriteEndArray();
        }
        if (buffer.WrittenCount <= 2)
            return; // "[]": nothing to insert.
        Set(command, "$doc_id", documentId);
        Set(command, "$rows", Encoding.UTF8.GetString(buffer.WrittenSpan));
        command.ExecuteNonQuery();
    }

    private long MaxId(string table)
    {
        using var command = Command($"SELECT coalesce(max(id), 0) FROM {table}");
        return (long)command.ExecuteScalar()!;
    }

    private static void Value(Utf8JsonWriter w, string? value)
    {
        if (value is null)
            w.WriteNullValue();
        else
            w.WriteStringValue(value);
    }

    private static void Value(Utf8JsonWriter w, double? value)
    {
        if (value is { } v && double.IsFinite(v))
            w.WriteNumberValue(v);
        else
            w.WriteNullValue();
    }

    private static string Kind(Mentions.MentionKind kind) => kind switch
    {
        Mentions.MentionKind.Actor => "actor",
        Mentions.MentionKind.Place => "place",
        _ => "date",
    };

    private static string Modality(EventModality modality) => modality switch
    {
        EventModality.Asserted => "asserted",
        EventModality.Future => "future",
        EventModality.Hypothetical => "hypothetical",
        EventModality.Negated => "negated",
        _ => "historical",
    };

    private static string Slice(Document document, int start, int end) =>
        ExtractJsonWriter.Flatten(document.Text.AsSpan(start, end - start));

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
