using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Parley.Documents;
using Parley.Events;
using Parley.Mentions;
using Parley.Serialization;
using Parley.Storage.Linking;

namespace Parley.Storage;

/// <summary>
/// A processed document with what the store writes for it computed ahead: its identity, its mentions and
/// quality as JSON, each event's day, happening sign and JSON columns. <c>parley ingest</c> prepares each
/// document on its pipeline thread, so that the writer thread, its bottleneck, mostly binds values and
/// steps statements.
/// </summary>
public sealed class PreparedDocument
{
    private PreparedDocument(Document document, DocumentIdentity identity) => (Document, Identity) = (document, identity);

    /// <summary>The document, processed.</summary>
    public Document Document { get; }

    /// <summary>Its identity.</summary>
    public DocumentIdentity Identity { get; }

    /// <summary>Its mentions as the UTF-8 JSON array stored in <c>documents.mentions</c>.</summary>
    internal byte[] Mentions { get; private init; } = [];

    /// <summary>Its quality as JSON, or null.</summary>
    internal string? Quality { get; private init; }

    /// <summary>What each event's row needs, in the order of <see cref="Documents.Document.Events"/>.</summary>
    internal ImmutableArray<PreparedEvent> Events { get; private init; } = [];

    /// <summary>Prepares a processed document for storing; <paramref name="identity"/> when already known.</summary>
    public static PreparedDocument Of(Document document, DocumentIdentity? identity = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        var published = document.Metadata.Published?.Date.AsDay;
        var events = ImmutableArray.CreateBuilder<PreparedEvent>(document.Events.Length);
        foreach (var e in document.Events)
        {
            var filed = EventDay(e, published);
            var time = e.Date?.Time;
            events.Add(new PreparedEvent(
                filed is { } d ? Iso(d) : null,
                filed is { } day ? HappeningSign.Of(e, day) : null,
                e.Contexts.Count == 0 ? "[]" : JsonSerializer.Serialize(e.Contexts, StoreJsonContext.Default.SortedSetString),
                e.Quantities.Count == 0 ? "[]" : QuantitiesJson(document, e),
                time?.Value,
                time is null ? null : Precision(time.Precision)));
        }
        return new PreparedDocument(document, identity ?? DocumentIdentity.Of(document))
        {
            Mentions = MentionsJson(document),
            Quality = document.Quality is null ? null : JsonSerializer.Serialize(document.Quality, StoreJsonContext.Default.DocumentQuality),
            Events = events.MoveToImmutable(),
        };
    }

    /// <summary>
    /// Prepares a document the caller hands over for good, as <see cref="Of"/> does, and drops from it what only the
    /// pipeline reads: its tokens and blocks, its mentions (stored from their JSON), the folded copies of its text
    /// matchers read, its events' explanations. Ingest holds each processed document until its batch is written, where
    /// <c>extract</c> lets it die young: what is held survives collections and is copied into the older generations,
    /// so holding less costs the pipeline thread less (2,000 articles: collections of gen1 17 → 9, peak RSS 30–50 MB less).
    /// </summary>
    public static PreparedDocument OfHandedOver(Document document, DocumentIdentity? identity = null)
    {
        var prepared = Of(document, identity);
        document.Tokens = [];
        document.Blocks = [];
        document.Mentions = [];
        document.MatchText = document.Text;
        foreach (var e in document.Events)
            e.Explanations.Clear();
        return prepared;
    }

    /// <summary>
    /// The day an event is filed under: its own date when known to the day; the publication day when
    /// that falls within the event's date (or the event has none); else the first day of the event's date.
    /// </summary>
    internal static DateOnly? EventDay(PloverEvent e, DateOnly? published)
    {
        if (e.Date?.Time is not { } time)
            return published;
        if (time.Precision == TimePrecision.Day)
            return time.First;
        return published is { } p && p >= time.First && p <= time.Last ? p : time.First;
    }

    /// <summary>The options the JSON columns are read with: extract's camelCase names.</summary>
    internal static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    /// <summary>How a modality is stored: its name in lower case.</summary>
    internal static string ModalityName(EventModality modality) => modality switch
    {
        EventModality.Asserted => "asserted",
        EventModality.Future => "future",
        EventModality.Hypothetical => "hypothetical",
        EventModality.Negated => "negated",
        _ => "historical",
    };

    internal static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The mentions of a document as the JSON array stored in <c>documents.mentions</c>.</summary>
    private static byte[] MentionsJson(Document document)
    {
        var buffer = new ArrayBufferWriter<byte>(256 + 128 * document.Mentions.Length);
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
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>An event's amounts, each with its words, as the JSON array stored in <c>events.quantities</c>.</summary>
    private static string QuantitiesJson(Document document, PloverEvent e)
    {
        var records = new QuantityRecord[e.Quantities.Count];
        for (var i = 0; i < records.Length; i++)
        {
            var q = e.Quantities[i];
            records[i] = new QuantityRecord(Slice(document, q.Start, q.End), q.Value, q.Unit);
        }
        return JsonSerializer.Serialize(records, StoreJsonContext.Default.QuantityRecordArray);
    }

    private static string Kind(MentionKind kind) => kind switch
    {
        MentionKind.Actor => "actor",
        MentionKind.Place => "place",
        _ => "date",
    };

    private static string Precision(TimePrecision precision) => precision switch
    {
        TimePrecision.Day => "day",
        TimePrecision.Week => "week",
        TimePrecision.Month => "month",
        TimePrecision.Quarter => "quarter",
        TimePrecision.Year => "year",
        _ => "decade",
    };

    private static string Slice(Document document, int start, int end) =>
        ExtractJsonWriter.Flatten(document.Text.AsSpan(start, end - start));
}
