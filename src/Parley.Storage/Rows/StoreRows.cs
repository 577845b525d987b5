using System.Data.Common;
using System.Text.Json;
using Parley.Dates;
using Parley.Documents;

namespace Parley.Storage.Rows;

/// <summary>
/// Turns the rows every back end selects, in the same column order, into the store's records: one mapping
/// for SQLite and PostgreSQL, so that both return the same records for the same rows. The column orders
/// are given with each method; a back end's SQL must select them so.
/// </summary>
internal static class StoreRows
{
    /// <summary>How many columns an event row has (see <see cref="Event"/>); a query may add its own after them.</summary>
    public const int EventColumnCount = 34;

    /// <summary>
    /// An event from a row of: id, doc_id, local_id, day (YYYY-MM-DD), type, mode, plover_type, plover_mode,
    /// cameo, score, trigger, modality, hedged (0/1), attribution, attribution_source, contexts (JSON),
    /// quantities (JSON), confidence, location_text, location_name, country, lat, lon, date_value,
    /// date_precision, url, title, published, source name, independent sources, the sentence's text, the
    /// participants as a JSON array of [role, code, sector, name, text] ordered by role and position,
    /// cluster modality, cluster key.
    /// </summary>
    public static EventRecord Event(DbDataReader r)
    {
        var actors = new List<ParticipantRecord>();
        var recipients = new List<ParticipantRecord>();
        using (var parts = JsonDocument.Parse(r.IsDBNull(31) ? "[]" : r.GetString(31)))
        {
            foreach (var p in parts.RootElement.EnumerateArray())
            {
                var participant = new ParticipantRecord(p[1].GetString()!, p[2].GetString()!, p[3].GetString(), p[4].GetString()!);
                (p[0].GetString() == "actor" ? actors : recipients).Add(participant);
            }
        }
        return new EventRecord
        {
            Id = r.GetInt64(0),
            DocumentId = r.GetInt64(1),
            LocalId = r.GetString(2),
            Day = String(r, 3),
            Type = r.GetString(4),
            Mode = String(r, 5),
            PloverType = r.GetString(6),
            PloverMode = String(r, 7),
            Cameo = r.GetString(8),
            Score = r.GetDouble(9),
            Trigger = r.GetString(10),
            Modality = r.GetString(11),
            Hedged = r.GetInt64(12) != 0,
            Attribution = String(r, 13),
            AttributionSource = String(r, 14),
            Contexts = JsonSerializer.Deserialize<string[]>(r.GetString(15)) ?? [],
            Quantities = JsonSerializer.Deserialize<QuantityRecord[]>(r.GetString(16), PreparedDocument.JsonOptions) ?? [],
            Confidence = r.GetDouble(17),
            LocationText = String(r, 18),
            LocationName = String(r, 19),
            Country = String(r, 20),
            Latitude = r.IsDBNull(21) ? null : r.GetDouble(21),
            Longitude = r.IsDBNull(22) ? null : r.GetDouble(22),
            DateValue = String(r, 23),
            DatePrecision = String(r, 24),
            Url = String(r, 25),
            Title = String(r, 26),
            Published = String(r, 27),
            Source = String(r, 28),
            Sources = r.GetInt32(29),
            ClusterModality = r.GetString(32),
            ClusterKey = r.GetString(33),
            SentenceText = String(r, 30),
            Actors = actors,
            Recipients = recipients,
        };
    }

    /// <summary>
    /// A stored document ready to run through the pipeline again, from a row of: id, doc_key, origin, format,
    /// title, url, byline, source name, published, published_source, text.
    /// </summary>
    public static StoredDocument StoredDocument(DbDataReader reader)
    {
        PublicationDate? published = PartialDate.TryParse(String(reader, 8), out var date)
            && Enum.TryParse<DateSource>(String(reader, 9), out var source) ? new PublicationDate(date, source) : null;
        var metadata = new DocumentMetadata
        {
            Id = reader.GetString(1),
            Origin = reader.GetString(2),
            Format = reader.GetString(3),
            Title = String(reader, 4),
            Url = String(reader, 5),
            Byline = String(reader, 6),
            Source = String(reader, 7),
            Published = published,
        };
        return new StoredDocument(reader.GetInt64(0), new Document(reader.GetString(10), metadata));
    }

    /// <summary>
    /// A document's detail, without its mentions, events and copies, from a row of: identity, origin, format,
    /// url, title, byline, source name, published, text, quality (JSON), sentences, mentions (JSON),
    /// original id, nearest id, jaccard, spun (the last four null unless it is a copy).
    /// </summary>
    public static DocumentDetail DocumentDetail(long id, DbDataReader reader) => new()
    {
        Id = id,
        Identity = reader.GetString(0),
        Origin = reader.GetString(1),
        Format = reader.GetString(2),
        Url = String(reader, 3),
        Title = String(reader, 4),
        Byline = String(reader, 5),
        Source = String(reader, 6),
        Published = String(reader, 7),
        Text = reader.GetString(8),
        QualityJson = String(reader, 9),
        Sentences = reader.GetInt32(10),
        CopyOf = reader.IsDBNull(12) ? null : new DocumentCopy(id, reader.GetInt64(12), reader.GetInt64(13), reader.GetDouble(14), reader.GetBoolean(15)),
    };

    /// <summary>
    /// A piece of evidence of a document of <paramref name="text"/> from the columns at <paramref name="first"/>: start,
    /// end, sentence index, the sentence's text.
    /// </summary>
    public static EvidenceRecord Evidence(DbDataReader r, string text, int first) =>
        new(r.GetInt32(first), r.GetInt32(first + 1), r.GetInt32(first + 2), Flat(text, r.GetInt32(first), r.GetInt32(first + 1)), String(r, first + 3) ?? "");

    /// <summary>A report of a happening from a row of: first event id, document id, title, url, source name, published, original id (null unless a copy).</summary>
    public static ReportRecord Report(DbDataReader r) =>
        new(r.GetInt64(0), r.GetInt64(1), String(r, 2), String(r, 3), String(r, 4), String(r, 5)) { CopyOf = r.IsDBNull(6) ? null : r.GetInt64(6) };

    /// <summary>A copy of <paramref name="original"/> from a row of: document id, nearest id, jaccard.</summary>
    public static DocumentCopy Copy(DbDataReader r, long original) => new(r.GetInt64(0), original, r.GetInt64(1), r.GetDouble(2), r.GetBoolean(3));

    /// <summary>
    /// An outlet's quality from a row of: name, articles, mean fact density, hedge ratio and attribution ratio,
    /// articles flagged low-information and speculative, copies, spun copies.
    /// </summary>
    public static SourceQuality SourceQuality(DbDataReader r) =>
        new(r.GetString(0), r.GetInt64(1), MeanRounded(r.GetDouble(2), 2), MeanRounded(r.GetDouble(3), 3), MeanRounded(r.GetDouble(4), 3),
            r.GetInt64(5), r.GetInt64(6), r.GetInt64(7)) { SpunCopies = r.GetInt64(8) };

    /// <summary>
    /// A database mean rounded to <paramref name="digits"/>. SQLite and PostgreSQL sum in different orders, so a mean on a
    /// rounding boundary comes back as 0.28449999999999998 from one and 0.28450000000000003 from the other; going through
    /// decimal (15 significant digits) drops that noise first, so both backends round it the same way.
    /// </summary>
    private static double MeanRounded(double mean, int digits) =>
        (double)Math.Round((decimal)mean, digits, MidpointRounding.AwayFromZero);

    /// <summary>The search hits of <paramref name="hits"/>, each with the events <paramref name="told"/> lists for its sentence.</summary>
    public static List<SearchHit> SearchHits(
        List<(long Doc, int Sentence, string Snippet, string? Title, string? Url, string? Published)> hits,
        Dictionary<(long Doc, int Sentence), List<EventRecord>> told) =>
        hits.ConvertAll(h => new SearchHit(h.Doc, h.Sentence, h.Snippet, h.Title, h.Url, h.Published,
            told.TryGetValue((h.Doc, h.Sentence), out var events) ? events : []));

    /// <summary>Adds an event read after its own columns by the document id and sentence index of a hit, to that hit's list in <paramref name="told"/>.</summary>
    public static void AddToSentence(Dictionary<(long Doc, int Sentence), List<EventRecord>> told, DbDataReader r)
    {
        var key = (r.GetInt64(EventColumnCount), r.GetInt32(EventColumnCount + 1));
        if (!told.TryGetValue(key, out var events))
            told[key] = events = [];
        events.Add(Event(r));
    }

    /// <summary>The mentions of a document of <paramref name="text"/> from their stored JSON array.</summary>
    public static List<MentionRecord> Mentions(string text, string json)
    {
        using var parsed = JsonDocument.Parse(json);
        var mentions = new List<MentionRecord>();
        foreach (var m in parsed.RootElement.EnumerateArray())
        {
            var kind = m.GetProperty("kind").GetString()!;
            var start = m.GetProperty("start").GetInt32();
            var end = m.GetProperty("end").GetInt32();
            string? Get(string name) => m.TryGetProperty(name, out var v) ? v.GetString() : null;
            var resolved = kind switch
            {
                "actor" when Get("code") is { } code => string.Join(' ', new[] { code, Get("sector"), Get("name") }.Where(x => x is not null)),
                "place" when Get("place") is { } place => Get("country") is { } country ? $"{place} ({country})" : place,
                "date" => Get("time"),
                _ => null,
            };
            mentions.Add(new MentionRecord(kind, start, end, Flat(text, start, end), resolved));
        }
        return mentions;
    }

    /// <summary>The text of [<paramref name="start"/>, <paramref name="end"/>) on one line; empty when the range is not in the text.</summary>
    public static string Flat(string text, int start, int end) =>
        start >= 0 && end <= text.Length && start <= end ? Serialization.ExtractJsonWriter.Flatten(text.AsSpan(start, end - start)) : "";

    /// <summary>Column <paramref name="ordinal"/> as text, or null.</summary>
    public static string? String(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
