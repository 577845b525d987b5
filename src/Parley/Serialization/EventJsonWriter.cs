using System.Text.Json;
using Parley.Documents;
using Parley.Events;

namespace Parley.Serialization;

/// <summary>Writes events and document quality in the <c>parley/extract-1</c> form (see docs/extract-json.md).</summary>
public static class EventJsonWriter
{
    /// <summary>Writes one event object.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="document">The document the event is in.</param>
    /// <param name="e">The event.</param>
    /// <param name="explain">Also write which component and lexicon line produced each field.</param>
    public static void Write(Utf8JsonWriter writer, Document document, PloverEvent e, bool explain)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(e);
        writer.WriteStartObject();
        writer.WriteString("id", e.Id);
        writer.WriteString("type", e.Category.Type);
        writer.WriteString("mode", e.Category.Mode);
        writer.WriteString("plover_type", e.PloverCategory.Type);
        writer.WriteString("cameo", e.PloverCategory == e.Category ? e.Category.Cameo : e.PloverCategory.Cameo);
        writer.WriteNumber("score", e.PloverCategory.Score);
        WriteText(writer, "trigger", document, e.Trigger);
        WriteParticipants(writer, document, "actor", e.Actors);
        WriteParticipants(writer, document, "recipient", e.Recipients);
        if (e.Location?.Place is { } place)
        {
            writer.WriteStartObject("location");
            WriteText(writer, "text", document, new TextSpan(e.Location.Start, e.Location.End));
            writer.WriteString("name", place.Name);
            writer.WriteString("country", place.Country);
            writer.WriteNumber("lat", place.Latitude);
            writer.WriteNumber("lon", place.Longitude);
            writer.WriteEndObject();
        }
        else
            writer.WriteNull("location");
        if (e.Date?.Time is { } time)
        {
            writer.WriteStartObject("date");
            WriteText(writer, "text", document, new TextSpan(e.Date.Start, e.Date.End));
            writer.WriteString("value", time.Value);
            writer.WriteString("precision", LowerCaseNames<Mentions.TimePrecision>.Of(time.Precision));
            writer.WriteEndObject();
        }
        else
            writer.WriteNull("date");
        writer.WriteString("modality", LowerCaseNames<EventModality>.Of(e.Modality));
        writer.WriteBoolean("hedged", e.Hedged);
        if (e.Attribution is { } attribution)
        {
            writer.WriteStartObject("attribution");
            WriteText(writer, "text", document, attribution);
            writer.WriteString("source", e.AttributionSource);
            writer.WriteEndObject();
        }
        else
            writer.WriteNull("attribution");
        writer.WriteStartArray("contexts");
        foreach (var context in e.Contexts)
            writer.WriteStringValue(context);
        writer.WriteEndArray();
        writer.WriteStartArray("quantities");
        foreach (var quantity in e.Quantities)
        {
            writer.WriteStartObject();
            WriteText(writer, "text", document, new TextSpan(quantity.Start, quantity.End));
            writer.WriteNumber("value", quantity.Value);
            writer.WriteString("unit", quantity.Unit);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        writer.WriteNumber("confidence", e.Confidence);
        writer.WriteStartArray("evidence");
        foreach (var span in e.Evidence)
        {
            var sentence = SentenceAt(document, span.Start);
            writer.WriteStartObject();
            writer.WriteNumber("start", span.Start);
            writer.WriteNumber("end", span.End);
            WriteText(writer, "text", document, span);
            writer.WriteNumber("sentence", sentence);
            ExtractJsonWriter.WriteFlat(writer, "sentence_text", document.Text.AsSpan(document.Sentences[sentence].Start, document.Sentences[sentence].Span.Length));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        if (explain)
        {
            writer.WriteStartObject("explain");
            foreach (var (field, why) in e.Explanations)
                writer.WriteString(field, why);
            writer.WriteEndObject();
        }
        writer.WriteEndObject();
    }

    /// <summary>Writes the <c>quality</c> object of a document.</summary>
    public static void WriteQuality(Utf8JsonWriter writer, DocumentQuality quality)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(quality);
        writer.WriteStartObject("quality");
        writer.WriteNumber("words", quality.Words);
        writer.WriteNumber("namedActors", quality.NamedActors);
        writer.WriteNumber("dates", quality.Dates);
        writer.WriteNumber("numbers", quality.Numbers);
        writer.WriteNumber("quotes", quality.Quotes);
        writer.WriteNumber("factDensity", quality.FactDensity);
        writer.WriteNumber("hedgeRatio", quality.HedgeRatio);
        writer.WriteNumber("attributionRatio", quality.AttributionRatio);
        writer.WriteNumber("events", quality.Events);
        writer.WriteNumber("assertedEvents", quality.AssertedEvents);
        writer.WriteStartArray("flags");
        foreach (var flag in quality.Flags)
            writer.WriteStringValue(flag);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteParticipants(Utf8JsonWriter writer, Document document, string name, List<Participant> participants)
    {
        writer.WriteStartArray(name);
        foreach (var p in participants)
        {
            writer.WriteStartObject();
            WriteText(writer, "text", document, new TextSpan(p.Start, p.End));
            writer.WriteString("code", p.Code);
            writer.WriteString("sector", p.Sector);
            writer.WriteString("name", p.Name);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The index of the sentence containing character <paramref name="offset"/>.</summary>
    public static int SentenceAt(Document document, int offset)
    {
        ArgumentNullException.ThrowIfNull(document);
        var sentences = document.Sentences.AsSpan();
        int lo = 0, hi = sentences.Length - 1;
        while (lo < hi)
        {
            var mid = (lo + hi + 1) >>> 1;
            if (sentences[mid].Start <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    }

    private static void WriteText(Utf8JsonWriter writer, string name, Document document, TextSpan span) =>
        ExtractJsonWriter.WriteFlat(writer, name, document.Text.AsSpan(span.Start, span.Length));
}
