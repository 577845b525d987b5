using System.Globalization;
using System.Text.Json;
using System.Text.Unicode;
using Parley.Dates;
using Parley.Documents;

namespace Parley.Reading;

/// <summary>
/// Reads JSON Lines, one article per line: <c>{"id","text"|"html","title"?,"url"?,"published"?,"source"?}</c>.
/// Streams line by line, so a file of any size is read in bounded memory; a bad line is reported with
/// its number and the other lines still go through.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>Reads every line of <paramref name="stream"/>.</summary>
    public static IEnumerable<ReadOutcome> Read(Stream stream, string origin, ReaderOptions options, CancellationToken cancellationToken)
    {
        using var lines = new ByteLineReader(stream, (int)Math.Min(options.MaxDocumentBytes, Array.MaxLength));
        foreach (var line in lines.ReadLines(cancellationToken))
        {
            var lineOrigin = $"{origin}:{line.Number.ToString(CultureInfo.InvariantCulture)}";
            if (line.TooLong)
            {
                yield return ReadOutcome.Failed(lineOrigin, $"line is longer than the {options.MaxDocumentBytes / (1024 * 1024):N0} MiB limit for one article.");
                continue;
            }
            if (line.Bytes.Span.Trim(" \t"u8).IsEmpty)
                continue;
            yield return ReadLine(line.Bytes, lineOrigin, options);
        }
    }

    private static ReadOutcome ReadLine(ReadOnlyMemory<byte> bytes, string origin, ReaderOptions options)
    {
        if (!Utf8.IsValid(bytes.Span))
            return ReadOutcome.Failed(origin, "invalid UTF-8 in this line; JSON Lines must be UTF-8.");
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            var column = e.BytePositionInLine is { } position ? $" at column {position + 1}" : "";
            return ReadOutcome.Failed(origin, $"invalid JSON{column}: {FirstSentence(e.Message)}");
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return ReadOutcome.Failed(origin, $"expected a JSON object, found {root.ValueKind.ToString().ToLowerInvariant()}.");
            var text = String(root, "text");
            var html = String(root, "html");
            if (text is null && html is null)
                return ReadOutcome.Failed(origin, "the object needs a \"text\" or an \"html\" string.");
            var published = String(root, "published");
            var date = MetadataDate.Parse(published);
            if (published is not null && date is null)
                return ReadOutcome.Failed(origin, $"\"published\" is not a date: \"{published}\" (use YYYY-MM-DD or ISO 8601).");
            var known = new DocumentMetadata
            {
                Id = Id(root) ?? DocumentIds.FromText(text ?? html!),
                Origin = origin,
                Format = "jsonl",
                Title = String(root, "title"),
                Url = String(root, "url"),
                Source = String(root, "source"),
                Published = date is { } d ? new PublicationDate(d, DateSource.Metadata) : null,
            };
            if (text is null)
                return HtmlArticleReader.Read(html!, origin, options, known);
            return string.IsNullOrWhiteSpace(text)
                ? ReadOutcome.Failed(origin, "\"text\" is empty.")
                : ReadOutcome.Success(new Document(text, known));
        }
    }

    private static string? Id(JsonElement root) => root.TryGetProperty("id", out var id)
        ? id.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(id.GetString()) ? null : id.GetString(),
            JsonValueKind.Number => id.GetRawText(),
            _ => null,
        }
        : null;

    private static string? String(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(" LineNumber", StringComparison.Ordinal);
        return (end < 0 ? message : message[..end]).Trim();
    }
}
