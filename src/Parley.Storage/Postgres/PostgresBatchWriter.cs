using System.Text;
using Npgsql;
using NpgsqlTypes;
using Parley.Documents;
using Parley.Serialization;
using Parley.Storage.Linking;
using Parley.Storage.Rows;

namespace Parley.Storage.Postgres;

/// <summary>
/// Writes a batch of documents inside one transaction with as few round trips as possible: the documents
/// through a binary COPY into a staging table and one <c>INSERT … ON CONFLICT (identity) DO NOTHING</c> (the
/// one statement that decides, among concurrent workers, who stores an article), then every annotation
/// table with one binary COPY each, every event under the key of the happening it would found. The happenings
/// (<see cref="HappeningLinker"/>) and near-duplicates are then brought up to date under
/// an advisory lock (<see cref="LockSharedState"/>): their updates read what other workers committed, and
/// taken one worker at a time they can neither miss each other's rows nor deadlock.
/// </summary>
internal sealed class PostgresBatchWriter : IDisposable
{
    // "PARLEYSH" in pg_locks: the happenings, copies and bands every worker updates.
    private const long SharedStateLock = 0x5041524C45595348;

    private static readonly string[] DocumentColumns =
    [
        "identity", "doc_key", "url", "content_hash", "origin", "format", "title", "byline", "source_id", "published", "published_source",
        "text", "quality", "mentions", "ingested_at",
    ];

    private readonly NpgsqlConnection connection;
    private readonly DateTime now;
    private readonly HappeningCounter counter;
    private readonly List<(long Id, PreparedDocument Prepared)> queued = [];
    private readonly EventDyads eventDyads = new();
    private readonly StatisticsDelta statistics = new();
    private DuplicateLinker? linker;
    private HappeningLinker? happenings;
    private bool locked;

    public PostgresBatchWriter(NpgsqlConnection connection, DateTimeOffset now)
    {
        this.connection = connection;
        this.now = now.UtcDateTime;
        counter = new HappeningCounter(new PostgresHappeningTallies(connection));
    }

    /// <summary>
    /// Adds the documents that are not stored yet, in the batch's order; the id of each, or null for one already
    /// stored (by another worker too) or repeated earlier in the batch.
    /// </summary>
    public long?[] InsertDocuments(IReadOnlyList<PreparedDocument> documents, IReadOnlyList<long?> sourceIds)
    {
        var ids = new long?[documents.Count];
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < documents.Count; i++)
            first.TryAdd(documents[i].Identity.Key, i);
        if (first.Count == 0)
            return ids;
        Execute("""
            CREATE TEMP TABLE IF NOT EXISTS staged_documents (
                ord integer, identity text, doc_key text, url text, content_hash text, origin text, format text, title text, byline text,
                source_id bigint, published text, published_source text, text text, quality text, mentions text, ingested_at timestamptz
            ) ON COMMIT DELETE ROWS
            """);
        using (var copy = connection.BeginBinaryImport($"COPY staged_documents (ord, {string.Join(", ", DocumentColumns)}) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (_, i) in first)
            {
                var (document, identity) = (documents[i].Document, documents[i].Identity);
                var m = document.Metadata;
                copy.StartRow();
                copy.Write(i, NpgsqlDbType.Integer);
                copy.Write(identity.Key, NpgsqlDbType.Text);
                copy.Write(m.Id, NpgsqlDbType.Text);
                copy.WriteNullable(m.Url);
                copy.Write(identity.ContentHash, NpgsqlDbType.Text);
                copy.Write(m.Origin, NpgsqlDbType.Text);
                copy.Write(m.Format, NpgsqlDbType.Text);
                copy.WriteNullable(m.Title);
                copy.WriteNullable(m.Byline);
                copy.WriteNullable(sourceIds[i], NpgsqlDbType.Bigint);
                copy.WriteNullable(m.Published?.Date.ToString());
                copy.WriteNullable(m.Published?.Source.ToString());
                copy.Write(document.Text, NpgsqlDbType.Text);
                copy.WriteNullable(documents[i].Quality);
                copy.Write(Encoding.UTF8.GetString(documents[i].Mentions), NpgsqlDbType.Text);
                copy.Write(now, NpgsqlDbType.TimestampTz);
            }
            copy.Complete();
        }
        var columns = string.Join(", ", DocumentColumns);
        using var insert = new NpgsqlCommand($"""
            INSERT INTO documents ({columns}) SELECT {columns} FROM staged_documents ORDER BY ord
            ON CONFLICT (identity) DO NOTHING RETURNING id, identity
            """, connection);
        using var reader = insert.ExecuteReader();
        while (reader.Read())
            ids[first[reader.GetString(1)]] = reader.GetInt64(0);
        return ids;
    }

    /// <summary>Updates what a new run may change in the document row: title, publication date, quality, mentions.</summary>
    public void UpdateDocument(long id, PreparedDocument prepared)
    {
        var m = prepared.Document.Metadata;
        using var command = new NpgsqlCommand(
            "UPDATE documents SET title = @title, published = @published, published_source = @source, quality = @quality, mentions = @mentions WHERE id = @id", connection);
        command.Parameters.Add(new NpgsqlParameter<string?>("title", NpgsqlDbType.Text) { TypedValue = m.Title });
        command.Parameters.Add(new NpgsqlParameter<string?>("published", NpgsqlDbType.Text) { TypedValue = m.Published?.Date.ToString() });
        command.Parameters.Add(new NpgsqlParameter<string?>("source", NpgsqlDbType.Text) { TypedValue = m.Published?.Source.ToString() });
        command.Parameters.Add(new NpgsqlParameter<string?>("quality", NpgsqlDbType.Text) { TypedValue = prepared.Quality });
        command.Parameters.AddWithValue("mentions", Encoding.UTF8.GetString(prepared.Mentions));
        command.Parameters.AddWithValue("id", id);
        command.ExecuteNonQuery();
    }

    /// <summary>Queues the sentences and events of a stored document for <see cref="WriteAnnotations"/>; returns how many events.</summary>
    public int AddAnnotations(long documentId, PreparedDocument prepared)
    {
        queued.Add((documentId, prepared));
        return prepared.Document.Events.Length;
    }

    /// <summary>Writes the queued annotations: ids from the sequences, then one binary COPY per table.</summary>
    public void WriteAnnotations()
    {
        if (queued.Count == 0)
            return;
        var sentenceIds = NextIds("sentences_id_seq", queued.Sum(q => q.Prepared.Document.Sentences.Length));
        var eventIds = NextIds("events_id_seq", queued.Sum(q => q.Prepared.Document.Events.Length));
        CopySentences(sentenceIds);
        CopyEvents(eventIds);
        CopyParticipants(eventIds);
        CopyEvidence(eventIds);
        CopyDyads(eventIds);
        CountEvents(eventIds);
        AssignHappenings(eventIds);
        queued.Clear();
    }

    /// <summary>
    /// Puts the queued events into happenings under the shared lock, which lets the choice see every happening
    /// other workers committed, and re-keys, with one statement, the events that joined a happening founded
    /// by another. Events are copied first, outside the lock, so that workers write them in parallel.
    /// </summary>
    private void AssignHappenings(long[] ids)
    {
        var signs = queued.SelectMany(q => q.Prepared.Events).Select(v => v.Happening).ToList();
        if (signs.Exists(s => s is not null))
        {
            LockSharedState();
            happenings ??= new HappeningLinker(new PostgresHappeningIndex(connection), HappeningOptions.Default);
            happenings.Prefetch(signs);
        }
        var joined = (Ids: new List<long>(), Days: new List<DateOnly>(), Keys: new List<string>());
        foreach (var (documentId, _, values, e, id) in QueuedEvents(ids))
        {
            if (values.Happening is not { } sign)
            {
                counter.Report(values.FoundingKey(documentId, e.Id), documentId, e);
                continue;
            }
            var key = happenings!.Assign(sign);
            counter.Report(key, documentId, e);
            if (key != sign.Key)
            {
                joined.Ids.Add(id);
                joined.Days.Add(sign.Day);
                joined.Keys.Add(key);
            }
        }
        if (joined.Ids.Count == 0)
            return;
        // The day lets PostgreSQL go straight to the event's partition.
        using var update = new NpgsqlCommand("""
            UPDATE events e SET cluster_key = j.key FROM unnest(@ids, @days, @keys) AS j(id, day, key)
            WHERE e.id = j.id AND e.day = j.day
            """, connection);
        update.Parameters.AddWithValue("ids", joined.Ids.ToArray());
        update.Parameters.AddWithValue("days", joined.Days.ToArray());
        update.Parameters.AddWithValue("keys", joined.Keys.ToArray());
        update.ExecuteNonQuery();
    }

    /// <summary>
    /// Takes the lock under which the happenings, copies and bands are updated; held until the transaction
    /// ends. Take it after the documents and annotations are written, so that workers write those in parallel.
    /// </summary>
    public void LockSharedState()
    {
        if (locked)
            return;
        Execute($"SELECT pg_advisory_xact_lock({SharedStateLock})");
        locked = true;
    }

    /// <summary>Links a new document, whose events are written, to the near-duplicates already stored.</summary>
    public void LinkCopies(long id, Document document) => Linker().Link(id, document);

    /// <summary>Links a document again processed; one already signed keeps its links, which its text alone decides.</summary>
    public void LinkCopiesIfUnsigned(long id, Document document) => Linker().LinkIfUnsigned(id, document);

    private DuplicateLinker Linker()
    {
        LockSharedState();
        return linker ??= new DuplicateLinker(new PostgresDuplicateIndex(connection), counter.Regrouped);
    }

    /// <summary>Deletes the sentences and events of a document, remembering the happenings they belonged to.</summary>
    public void DeleteAnnotations(long id)
    {
        statistics.Subtract(connection, id);
        using (var keys = new NpgsqlCommand("SELECT DISTINCT cluster_key FROM events WHERE doc_id = @id", connection))
        {
            keys.Parameters.AddWithValue("id", id);
            using var reader = keys.ExecuteReader();
            while (reader.Read())
                counter.Remove(reader.GetString(0));
        }
        using var delete = new NpgsqlCommand("""
            DELETE FROM sentences WHERE doc_id = @id;
            DELETE FROM event_pairs WHERE event_id IN (SELECT id FROM events WHERE doc_id = @id);
            DELETE FROM event_dyads WHERE event_id IN (SELECT id FROM events WHERE doc_id = @id);
            DELETE FROM participants WHERE event_id IN (SELECT id FROM events WHERE doc_id = @id);
            DELETE FROM evidence WHERE doc_id = @id;
            DELETE FROM events WHERE doc_id = @id;
            """, connection);
        delete.Parameters.AddWithValue("id", id);
        delete.ExecuteNonQuery();
    }

    /// <summary>Adds the batch's changes to the statistics kept at write time (<see cref="StatisticsDelta"/>), under the shared-state lock.</summary>
    public void WriteStatistics()
    {
        LockSharedState();
        statistics.Write(connection);
    }

    /// <summary>
    /// Brings the happenings this batch changed up to date (<see cref="HappeningCounter"/>) under the shared lock:
    /// merges them, re-points the copies regrouped, then adds the new reports to the happenings' counts and draws their verdicts.
    /// </summary>
    public void RefreshClusters()
    {
        LockSharedState();
        happenings?.Flush(counter.Touched);
        linker?.Flush();
        counter.Refresh(happenings);
    }

    public void Dispose() => linker?.Dispose();

    private long[] NextIds(string sequence, int count)
    {
        var ids = new long[count];
        if (count == 0)
            return ids;
        using var command = new NpgsqlCommand($"SELECT nextval('{sequence}') FROM generate_series(1, @count)", connection);
        command.Parameters.AddWithValue("count", count);
        using var reader = command.ExecuteReader();
        for (var i = 0; reader.Read(); i++)
            ids[i] = reader.GetInt64(0);
        // The values come in the order they were drawn; sorted, a document's events keep their order.
        Array.Sort(ids);
        return ids;
    }

    private void CopySentences(long[] ids)
    {
        using var copy = connection.BeginBinaryImport("COPY sentences (id, doc_id, idx, start, \"end\", text) FROM STDIN (FORMAT BINARY)");
        var next = 0;
        foreach (var (documentId, prepared) in queued)
        {
            var document = prepared.Document;
            for (var i = 0; i < document.Sentences.Length; i++)
            {
                var s = document.Sentences[i];
                copy.StartRow();
                copy.Write(ids[next++], NpgsqlDbType.Bigint);
                copy.Write(documentId, NpgsqlDbType.Bigint);
                copy.Write(i, NpgsqlDbType.Integer);
                copy.Write(s.Start, NpgsqlDbType.Integer);
                copy.Write(s.End, NpgsqlDbType.Integer);
                copy.Write(ExtractJsonWriter.Flatten(document.Text.AsSpan(s.Start, s.End - s.Start)), NpgsqlDbType.Text);
            }
        }
        copy.Complete();
    }

    private void CopyEvents(long[] ids)
    {
        using var copy = connection.BeginBinaryImport("""
            COPY events (id, doc_id, local_id, type, mode, plover_type, plover_mode, cameo, score, trigger, sentence, modality, hedged,
                attribution, attribution_source, contexts, quantities, confidence, location_text, location_name, country, lat, lon,
                date_text, date_value, date_precision, day, cluster_key, stance) FROM STDIN (FORMAT BINARY)
            """);
        foreach (var (documentId, document, values, e, id) in QueuedEvents(ids))
        {
            var text = document.Text;
            var clusterKey = values.FoundingKey(documentId, e.Id);
            var place = e.Location?.Place;
            copy.StartRow();
            copy.Write(id, NpgsqlDbType.Bigint);
            copy.Write(documentId, NpgsqlDbType.Bigint);
            copy.Write(e.Id, NpgsqlDbType.Text);
            copy.Write(e.Category.Type, NpgsqlDbType.Text);
            copy.WriteNullable(e.Category.Mode);
            copy.Write(e.PloverCategory.Type, NpgsqlDbType.Text);
            copy.WriteNullable(e.PloverCategory.Mode);
            copy.Write(e.PloverCategory.Cameo, NpgsqlDbType.Text);
            copy.Write(e.PloverCategory.Score, NpgsqlDbType.Double);
            copy.Write(Slice(text, e.Trigger.Start, e.Trigger.End), NpgsqlDbType.Text);
            copy.Write(e.Sentence, NpgsqlDbType.Integer);
            copy.Write(PreparedDocument.ModalityName(e.Modality), NpgsqlDbType.Text);
            copy.Write(e.Hedged, NpgsqlDbType.Boolean);
            copy.WriteNullable(e.Attribution is { } a ? Slice(text, a.Start, a.End) : null);
            copy.WriteNullable(e.AttributionSource);
            copy.Write(values.Contexts, NpgsqlDbType.Jsonb);
            copy.Write(values.Quantities, NpgsqlDbType.Text);
            copy.Write(e.Confidence, NpgsqlDbType.Double);
            copy.WriteNullable(e.Location is { } l ? Slice(text, l.Start, l.End) : null);
            copy.WriteNullable(place?.Name);
            copy.WriteNullable(place?.Country);
            copy.WriteNullable(place?.Latitude, NpgsqlDbType.Double);
            copy.WriteNullable(place?.Longitude, NpgsqlDbType.Double);
            copy.WriteNullable(e.Date is { } t ? Slice(text, t.Start, t.End) : null);
            copy.WriteNullable(values.DateValue);
            copy.WriteNullable(values.DatePrecision);
            copy.WriteNullable(Day(values.Day), NpgsqlDbType.Date);
            copy.Write(clusterKey, NpgsqlDbType.Text);
            copy.Write((short)HappeningTally.StanceOf(e), NpgsqlDbType.Smallint);
        }
        copy.Complete();
    }

    private void CopyParticipants(long[] ids)
    {
        using var copy = connection.BeginBinaryImport("COPY participants (event_id, role, ord, code, sector, name, text) FROM STDIN (FORMAT BINARY)");
        foreach (var (_, document, _, e, id) in QueuedEvents(ids))
        {
            foreach (var (role, participants) in (ReadOnlySpan<(string, List<Parley.Events.Participant>)>)[("actor", e.Actors), ("recipient", e.Recipients)])
            {
                for (var i = 0; i < participants.Count; i++)
                {
                    var p = participants[i];
                    copy.StartRow();
                    copy.Write(id, NpgsqlDbType.Bigint);
                    copy.Write(role, NpgsqlDbType.Text);
                    copy.Write(i, NpgsqlDbType.Integer);
                    copy.Write(p.Code, NpgsqlDbType.Text);
                    copy.Write(p.Sector, NpgsqlDbType.Text);
                    copy.WriteNullable(p.Name);
                    copy.Write(Slice(document.Text, p.Start, p.End), NpgsqlDbType.Text);
                }
            }
        }
        copy.Complete();
    }

    private void CopyEvidence(long[] ids)
    {
        using var copy = connection.BeginBinaryImport("COPY evidence (event_id, ord, doc_id, start, \"end\", sentence) FROM STDIN (FORMAT BINARY)");
        foreach (var (documentId, document, _, e, id) in QueuedEvents(ids))
        {
            for (var j = 0; j < e.Evidence.Count; j++)
            {
                var span = e.Evidence[j];
                copy.StartRow();
                copy.Write(id, NpgsqlDbType.Bigint);
                copy.Write(j, NpgsqlDbType.Integer);
                copy.Write(documentId, NpgsqlDbType.Bigint);
                copy.Write(span.Start, NpgsqlDbType.Integer);
                copy.Write(span.End, NpgsqlDbType.Integer);
                copy.Write(EventJsonWriter.SentenceAt(document, span.Start), NpgsqlDbType.Integer);
            }
        }
        copy.Complete();
    }

    /// <summary>Adds the queued events to the batch's <see cref="StatisticsDelta"/>, from the values just copied.</summary>
    private void CountEvents(long[] ids)
    {
        foreach (var (_, _, values, e, _) in QueuedEvents(ids))
            statistics.Add(PreparedDocument.ModalityName(e.Modality), e.PloverCategory.Type, Day(values.Day), e.PloverCategory.Score, eventDyads.Of(e).Dyads);
    }

    /// <summary>Every queued event with its document and the id <paramref name="ids"/> gives it, in the order the ids were handed out.</summary>
    private IEnumerable<(long DocumentId, Document Document, PreparedEvent Values, Parley.Events.PloverEvent Event, long Id)> QueuedEvents(long[] ids)
    {
        var next = 0;
        foreach (var (documentId, prepared) in queued)
        {
            var events = prepared.Document.Events;
            for (var i = 0; i < events.Length; i++)
                yield return (documentId, prepared.Document, prepared.Events[i], events[i], ids[next++]);
        }
    }

    private void CopyDyads(long[] ids)
    {
        var dyads = new List<(long Event, string Actor, string Recipient)>();
        using (var copy = connection.BeginBinaryImport("COPY event_pairs (low, high, day, event_id) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (_, _, values, e, id) in QueuedEvents(ids))
            {
                var rows = eventDyads.Of(e);
                foreach (var (low, high) in rows.Pairs)
                {
                    copy.StartRow();
                    copy.Write(low, NpgsqlDbType.Text);
                    copy.Write(high, NpgsqlDbType.Text);
                    copy.WriteNullable(Day(values.Day), NpgsqlDbType.Date);
                    copy.Write(id, NpgsqlDbType.Bigint);
                }
                foreach (var (actor, recipient) in rows.Dyads)
                    dyads.Add((id, actor, recipient));
            }
            copy.Complete();
        }
        using (var copy = connection.BeginBinaryImport("COPY event_dyads (event_id, actor, recipient) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (id, actor, recipient) in dyads)
            {
                copy.StartRow();
                copy.Write(id, NpgsqlDbType.Bigint);
                copy.Write(actor, NpgsqlDbType.Text);
                copy.Write(recipient, NpgsqlDbType.Text);
            }
            copy.Complete();
        }
    }

    internal static DateOnly? Day(string? day) =>
        DateOnly.TryParseExact(day, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed) ? parsed : null;

    private static string Slice(string text, int start, int end) => ExtractJsonWriter.Flatten(text.AsSpan(start, end - start));

    private void Execute(string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
