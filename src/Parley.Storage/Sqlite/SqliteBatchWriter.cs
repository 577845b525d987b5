using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Parley.Documents;
using Parley.Events;
using Parley.Serialization;

namespace Parley.Storage.Sqlite;

/// <summary>
/// Writes documents and their annotations inside one transaction with prepared statements, which it
/// reuses for every row; remembers which happenings (cluster keys) it touched so their source counts
/// are refreshed once at the end.
/// </summary>
internal sealed class SqliteBatchWriter : IDisposable
{
    private readonly SqliteConnection connection;
    private readonly SqliteTransaction transaction;
    private readonly List<SqliteCommand> commands = [];
    private readonly HashSet<string> touchedClusters = new(StringComparer.Ordinal);
    private readonly string now = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
    private readonly SqliteCommand insertDocument, insertSentence, insertSentenceText, insertMention, insertEvent, insertParticipant, insertEvidence, refreshCluster;

    public SqliteBatchWriter(SqliteConnection connection, SqliteTransaction transaction)
    {
        this.connection = connection;
        this.transaction = transaction;
        insertDocument = Prepare("""
            INSERT INTO documents (identity, doc_key, url, content_hash, origin, format, title, byline, source_id, published, published_source, text, quality, ingested_at)
            VALUES ($identity, $doc_key, $url, $content_hash, $origin, $format, $title, $byline, $source_id, $published, $published_source, $text, $quality, $ingested_at)
            ON CONFLICT (identity) DO NOTHING RETURNING id
            """);
        insertSentence = Prepare("INSERT INTO sentences (doc_id, idx, start, \"end\") VALUES ($doc_id, $idx, $start, $end) RETURNING id");
        insertSentenceText = Prepare("INSERT INTO sentence_text (rowid, text) VALUES ($rowid, $text)");
        insertMention = Prepare("""
            INSERT INTO mentions (doc_id, kind, start, "end", component, code, sector, name, role, place, country, lat, lon, time, evidence)
            VALUES ($doc_id, $kind, $start, $end, $component, $code, $sector, $name, $role, $place, $country, $lat, $lon, $time, $evidence)
            """);
        insertEvent = Prepare("""
            INSERT INTO events (doc_id, local_id, type, mode, plover_type, plover_mode, cameo, score, trigger, sentence, modality, hedged,
                attribution, attribution_source, contexts, quantities, confidence, location_text, location_name, country, lat, lon,
                date_text, date_value, date_precision, day, cluster_key)
            VALUES ($doc_id, $local_id, $type, $mode, $plover_type, $plover_mode, $cameo, $score, $trigger, $sentence, $modality, $hedged,
                $attribution, $attribution_source, $contexts, $quantities, $confidence, $location_text, $location_name, $country, $lat, $lon,
                $date_text, $date_value, $date_precision, $day, $cluster_key)
            RETURNING id
            """);
        insertParticipant = Prepare("INSERT INTO participants (event_id, role, ord, code, sector, name, text) VALUES ($event_id, $role, $ord, $code, $sector, $name, $text)");
        insertEvidence = Prepare("INSERT INTO evidence (event_id, ord, doc_id, start, \"end\", sentence) VALUES ($event_id, $ord, $doc_id, $start, $end, $sentence)");
        refreshCluster = Prepare("""
            INSERT INTO clusters (key, sources)
            SELECT e.cluster_key, count(DISTINCT coalesce(d.source_id, -d.id)) FROM events e JOIN documents d ON d.id = e.doc_id
            WHERE e.cluster_key = $key GROUP BY e.cluster_key
            ON CONFLICT (key) DO UPDATE SET sources = excluded.sources
            """);
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
        Set(insertDocument, "$ingested_at", now);
        return insertDocument.ExecuteScalar() is long id ? id : null;
    }

    /// <summary>Updates what a new run may change in the document row: title, publication date, quality.</summary>
    public void UpdateDocument(long id, Document document)
    {
        using var command = Command("UPDATE documents SET title = $title, published = $published, published_source = $published_source, quality = $quality WHERE id = $id");
        Set(command, "$title", document.Metadata.Title);
        Set(command, "$published", document.Metadata.Published?.Date.ToString());
        Set(command, "$published_source", document.Metadata.Published?.Source.ToString());
        Set(command, "$quality", document.Quality is null ? null : SqliteEventStore.Json(document.Quality));
        Set(command, "$id", id);
        command.ExecuteNonQuery();
    }

    /// <summary>Deletes the sentences, mentions and events of a document, remembering the happenings they belonged to.</summary>
    public void DeleteAnnotations(long id)
    {
        using var command = Command("SELECT DISTINCT cluster_key FROM events WHERE doc_id = $id");
        Set(command, "$id", id);
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
                touchedClusters.Add(reader.GetString(0));
        }
        command.CommandText = """
            DELETE FROM sentence_text WHERE rowid IN (SELECT id FROM sentences WHERE doc_id = $id);
            DELETE FROM sentences WHERE doc_id = $id;
            DELETE FROM mentions WHERE doc_id = $id;
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
        for (var i = 0; i < document.Sentences.Length; i++)
        {
            var sentence = document.Sentences[i];
            Set(insertSentence, "$doc_id", documentId);
            Set(insertSentence, "$idx", i);
            Set(insertSentence, "$start", sentence.Start);
            Set(insertSentence, "$end", sentence.End);
            var sentenceId = (long)insertSentence.ExecuteScalar()!;
            Set(insertSentenceText, "$rowid", sentenceId);
            Set(insertSentenceText, "$text", ExtractJsonWriter.Flatten(text.AsSpan(sentence.Start, sentence.End - sentence.Start)));
            insertSentenceText.ExecuteNonQuery();
        }
        foreach (var mention in document.Mentions)
        {
            Set(insertMention, "$doc_id", documentId);
            Set(insertMention, "$kind", mention.Kind.ToString().ToLowerInvariant());
            Set(insertMention, "$start", mention.Start);
            Set(insertMention, "$end", mention.End);
            Set(insertMention, "$component", mention.Component);
            Set(insertMention, "$code", mention.Actor?.Code);
            Set(insertMention, "$sector", mention.Actor?.Sector);
            Set(insertMention, "$name", mention.Actor?.Name);
            Set(insertMention, "$role", mention.Actor?.Role);
            Set(insertMention, "$place", mention.Place?.Name);
            Set(insertMention, "$country", mention.Place?.Country);
            Set(insertMention, "$lat", mention.Place?.Latitude);
            Set(insertMention, "$lon", mention.Place?.Longitude);
            Set(insertMention, "$time", mention.Time?.Value);
            Set(insertMention, "$evidence", mention.Evidence);
            insertMention.ExecuteNonQuery();
        }
        var published = document.Metadata.Published?.Date.AsDay;
        foreach (var e in document.Events)
            InsertEvent(documentId, document, e, published);
        return document.Events.Length;
    }

    private void InsertEvent(long documentId, Document document, PloverEvent e, DateOnly? published)
    {
        var day = EventDay(e, published);
        var clusterKey = day is { } d
            ? string.Join('|', SqliteEventStore.Iso(d), e.PloverCategory.Type, e.Actors.FirstOrDefault()?.Code, e.Recipients.FirstOrDefault()?.Code)
            : string.Create(CultureInfo.InvariantCulture, $"doc{documentId}|{e.Id}");
        touchedClusters.Add(clusterKey);
        var place = e.Location?.Place;
        var time = e.Date?.Time;
        Set(insertEvent, "$doc_id", documentId);
        Set(insertEvent, "$local_id", e.Id);
        Set(insertEvent, "$type", e.Category.Type);
        Set(insertEvent, "$mode", e.Category.Mode);
        Set(insertEvent, "$plover_type", e.PloverCategory.Type);
        Set(insertEvent, "$plover_mode", e.PloverCategory.Mode);
        Set(insertEvent, "$cameo", e.PloverCategory.Cameo);
        Set(insertEvent, "$score", e.PloverCategory.Score);
        Set(insertEvent, "$trigger", Slice(document, e.Trigger.Start, e.Trigger.End));
        Set(insertEvent, "$sentence", e.Sentence);
        Set(insertEvent, "$modality", e.Modality.ToString().ToLowerInvariant());
        Set(insertEvent, "$hedged", e.Hedged);
        Set(insertEvent, "$attribution", e.Attribution is { } a ? Slice(document, a.Start, a.End) : null);
        Set(insertEvent, "$attribution_source", e.AttributionSource);
        Set(insertEvent, "$contexts", JsonSerializer.Serialize(e.Contexts));
        Set(insertEvent, "$quantities", SqliteEventStore.Json(e.Quantities.Select(q => new QuantityRecord(Slice(document, q.Start, q.End), q.Value, q.Unit))));
        Set(insertEvent, "$confidence", e.Confidence);
        Set(insertEvent, "$location_text", e.Location is { } l ? Slice(document, l.Start, l.End) : null);
        Set(insertEvent, "$location_name", place?.Name);
        Set(insertEvent, "$country", place?.Country);
        Set(insertEvent, "$lat", place?.Latitude);
        Set(insertEvent, "$lon", place?.Longitude);
        Set(insertEvent, "$date_text", e.Date is { } t ? Slice(document, t.Start, t.End) : null);
        Set(insertEvent, "$date_value", time?.Value);
        Set(insertEvent, "$date_precision", time?.Precision.ToString().ToLowerInvariant());
        Set(insertEvent, "$day", day is { } dd ? SqliteEventStore.Iso(dd) : null);
        Set(insertEvent, "$cluster_key", clusterKey);
        var eventId = (long)insertEvent.ExecuteScalar()!;
        InsertParticipants(eventId, document, "actor", e.Actors);
        InsertParticipants(eventId, document, "recipient", e.Recipients);
        for (var i = 0; i < e.Evidence.Count; i++)
        {
            var span = e.Evidence[i];
            Set(insertEvidence, "$event_id", eventId);
            Set(insertEvidence, "$ord", i);
            Set(insertEvidence, "$doc_id", documentId);
            Set(insertEvidence, "$start", span.Start);
            Set(insertEvidence, "$end", span.End);
            Set(insertEvidence, "$sentence", EventJsonWriter.SentenceAt(document, span.Start));
            insertEvidence.ExecuteNonQuery();
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

    private void InsertParticipants(long eventId, Document document, string role, List<Participant> participants)
    {
        for (var i = 0; i < participants.Count; i++)
        {
            var p = participants[i];
            Set(insertParticipant, "$event_id", eventId);
            Set(insertParticipant, "$role", role);
            Set(insertParticipant, "$ord", i);
            Set(insertParticipant, "$code", p.Code);
            Set(insertParticipant, "$sector", p.Sector);
            Set(insertParticipant, "$name", p.Name);
            Set(insertParticipant, "$text", Slice(document, p.Start, p.End));
            insertParticipant.ExecuteNonQuery();
        }
    }

    /// <summary>Recounts the distinct sources of every happening touched by this batch.</summary>
    public void RefreshClusters()
    {
        using var delete = Command("DELETE FROM clusters WHERE key = $key AND NOT EXISTS (SELECT 1 FROM events WHERE cluster_key = $key)");
        foreach (var key in touchedClusters)
        {
            Set(refreshCluster, "$key", key);
            refreshCluster.ExecuteNonQuery();
            Set(delete, "$key", key);
            delete.ExecuteNonQuery();
        }
        touchedClusters.Clear();
    }

    public void Dispose()
    {
        foreach (var command in commands)
            command.Dispose();
    }

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
