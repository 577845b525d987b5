using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Parley.Documents;
using Parley.Mentions;

namespace Parley.Serialization;

/// <summary>
/// Writes the <c>parley/extract-1</c> JSON form of a processed document. The field names are a
/// contract that other tools read; a snapshot test guards them.
/// </summary>
public static class ExtractJsonWriter
{
    /// <summary>The schema identifier written in every object.</summary>
    public const string Schema = "parley/extract-1";

    /// <summary>Writer options: readable, non-ASCII kept as is.</summary>
    public static JsonWriterOptions Options(bool indented) => new()
    {
        Indented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Writes one document object.</summary>
    /// <param name="writer">Destination.</param>
    /// <param name="document">A document that went through the standard pipeline.</param>
    /// <param name="includeText">Also write the full document text.</param>
    /// <param name="explain">Also write, for each event, which component and lexicon line produced each field.</param>
    public static void Write(Utf8JsonWriter writer, Document document, bool includeText, bool explain = false)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        var metadata = document.Metadata;
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);

        writer.WriteStartObject("document");
        writer.WriteString("id", metadata.Id);
        writer.WriteString("title", metadata.Title);
        writer.WriteString("url", metadata.Url);
        writer.WriteString("published", metadata.Published?.Date.ToString());
        writer.WriteString("published_from", metadata.Published is { } published ? LowerCaseNames<Dates.DateSource>.Of(published.Source) : null);
        writer.WriteString("source", metadata.Source);
        writer.WriteString("byline", metadata.Byline);
        writer.WriteString("origin", metadata.Origin);
        writer.WriteString("format", metadata.Format);
        writer.WriteNumber("characters", document.Text.Length);
        writer.WriteNumber("tokens", document.Tokens.Length);
        if (document.Quality is { } quality)
            EventJsonWriter.WriteQuality(writer, quality);
        if (includeText)
            writer.WriteString("text", document.Text);
        writer.WriteEndObject();

        writer.WriteStartArray("paragraphs");
        foreach (var block in document.Blocks)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", block.Start);
            writer.WriteNumber("end", block.End);
            writer.WriteString("kind", KindName(block.Kind));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("sentences");
        foreach (var sentence in document.Sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", sentence.Start);
            writer.WriteNumber("end", sentence.End);
            writer.WriteNumber("paragraph", sentence.Block);
            writer.WriteString("kind", KindName(document.Blocks[sentence.Block].Kind));
            WriteFlat(writer, "text", document.Text.AsSpan(sentence.Start, sentence.End - sentence.Start));
            writer.WriteEndObject();
        }
        writer.WriteEndArray();

        writer.WriteStartArray("mentions");
        foreach (var mention in document.Mentions)
            WriteMention(writer, document, mention);
        writer.WriteEndArray();

        writer.WriteStartArray("events");
        foreach (var e in document.Events)
            EventJsonWriter.Write(writer, document, e, explain);
        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    private static void WriteMention(Utf8JsonWriter writer, Document document, Mention mention)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", LowerCaseNames<MentionKind>.Of(mention.Kind));
        writer.WriteNumber("start", mention.Start);
        writer.WriteNumber("end", mention.End);
        WriteFlat(writer, "text", document.Text.AsSpan(mention.Start, mention.End - mention.Start));
        if (mention.Actor is { } actor)
        {
            writer.WriteString("code", actor.Code);
            writer.WriteString("sector", actor.Sector);
            writer.WriteString("name", actor.Name);
            writer.WriteString("role", actor.Role);
        }
        if (mention.Place is { } place)
        {
            writer.WriteString("name", place.Name);
            writer.WriteString("place_kind", LowerCaseNames<Places.PlaceKind>.Of(place.Kind));
            writer.WriteString("country", place.Country);
            writer.WriteString("admin1", place.Admin1);
            writer.WriteNumber("lat", place.Latitude);
            writer.WriteNumber("lon", place.Longitude);
        }
        if (mention.Kind == MentionKind.Date)
        {
            writer.WriteString("value", mention.Time?.Value);
            writer.WriteString("precision", mention.Time is { } time ? LowerCaseNames<TimePrecision>.Of(time.Precision) : null);
            writer.WriteString("first_day", mention.Time?.First.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            writer.WriteString("last_day", mention.Time?.Last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        }
        writer.WriteString("evidence", mention.Evidence);
        writer.WriteEndObject();
    }

    /// <summary>The JSON name of a block kind.</summary>
    public static string KindName(BlockKind kind) => kind switch
    {
        BlockKind.Heading => "heading",
        BlockKind.ListItem => "list_item",
        _ => "paragraph",
    };

    /// <summary>A unit's text on one line: the soft line breaks the layout joined become spaces.</summary>
    public static string Flatten(ReadOnlySpan<char> text) =>
        text.Contains('\n') ? text.ToString().Replace('\n', ' ') : text.ToString();

    // The longest text flattened on the stack; a longer one (a run-on paragraph) borrows a pooled buffer.
    private const int MaxStackFlattened = 512;

    /// <summary>
    /// Writes a unit's text as <see cref="Flatten"/> gives it, without making a string of it: every sentence, mention and
    /// piece of evidence of every document is written this way.
    /// </summary>
    internal static void WriteFlat(Utf8JsonWriter writer, string name, ReadOnlySpan<char> text)
    {
        if (!text.Contains('\n'))
        {
            writer.WriteString(name, text);
            return;
        }
        char[]? rented = null;
        Span<char> flat = text.Length <= MaxStackFlattened ? stackalloc char[MaxStackFlattened] : rented = ArrayPool<char>.Shared.Rent(text.Length);
        flat = flat[..text.Length];
        text.Replace(flat, '\n', ' ');
        writer.WriteString(name, flat);
        if (rented is not null)
            ArrayPool<char>.Shared.Return(rented);
    }
}
