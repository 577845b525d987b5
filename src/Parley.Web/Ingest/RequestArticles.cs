using System.Text.Json;
using Parley.Reading;

namespace Parley.Web.Ingest;

/// <summary>
/// Reads the articles of an ingest request body with the library's readers, by content type: a JSON
/// object or array of objects and JSON Lines (both <c>{"id","text"|"html","title"?,"url"?,"published"?,"source"?}</c>,
/// as <c>parley ingest</c> reads them), or one HTML page.
/// </summary>
public static class RequestArticles
{
    /// <summary>The media types accepted, for messages and the OpenAPI document.</summary>
    public static IReadOnlyList<string> MediaTypes { get; } = ["application/json", "application/x-ndjson", "application/jsonl", "text/html"];

    /// <summary>The outcome of reading a body: articles (each read or failed), or why the body as a whole cannot be read.</summary>
    /// <param name="Outcomes">One per article.</param>
    /// <param name="Problem">Why nothing could be read (HTTP status and message); null when <paramref name="Outcomes"/> holds the articles.</param>
    public readonly record struct Reading(IReadOnlyList<ReadOutcome> Outcomes, (int Status, string Message)? Problem);

    /// <summary>Reads <paramref name="body"/>, sent as <paramref name="contentType"/>.</summary>
    public static Reading Read(string? contentType, byte[] body, ReaderOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var media = (contentType ?? "").Split(';')[0].Trim().ToLowerInvariant();
        switch (media)
        {
            case "application/json":
                return Json(body, options, cancellationToken);
            case "application/x-ndjson" or "application/jsonl" or "application/x-jsonlines" or "application/jsonlines":
                return new Reading(JsonLinesReader.Read(new MemoryStream(body, writable: false), "request", options, cancellationToken).ToList(), null);
            case "text/html":
                return new Reading([HtmlArticleReader.Read(Encoding.UTF8.GetString(body), "request", options)], null);
            default:
                return new Reading([], (StatusCodes.Status415UnsupportedMediaType,
                    $"send the articles as {string.Join(", ", MediaTypes)}; '{(media.Length > 0 ? media : "no content type")}' is not read."));
        }
    }

    /// <summary>An object is one article, an array several: each element goes through the JSON Lines reader as one line, so both read alike.</summary>
    private static Reading Json(byte[] body, ReaderOptions options, CancellationToken cancellationToken)
    {
        JsonDocument json;
        try
        {
            json = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return new Reading([], (StatusCodes.Status400BadRequest, $"the body is not valid JSON ({e.Message.Split(". ")[0]})."));
        }
        using (json)
        {
            var root = json.RootElement;
            if (root.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array))
                return new Reading([], (StatusCodes.Status400BadRequest, "the body must be a JSON object (one article) or an array of objects."));
            using var lines = new MemoryStream(body.Length + 16);
            foreach (var element in root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : Enumerable.Repeat(root, 1))
            {
                // Serialised compactly: one element, one line, whatever the client's formatting.
                lines.Write(JsonSerializer.SerializeToUtf8Bytes(element));
                lines.WriteByte((byte)'\n');
            }
            lines.Position = 0;
            return new Reading(JsonLinesReader.Read(lines, "request", options, cancellationToken).ToList(), null);
        }
    }
}
