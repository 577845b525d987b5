using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Parley.Reading;
using Parley.Storage.Export;
using Parley.Web.Ingest;
using Parley.Web.Security;

namespace Parley.Web.Endpoints;

/// <summary><c>/api/documents</c>: one stored article with its text, mentions and events (with offsets); and ingest of new articles.</summary>
public static class DocumentEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapDocumentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/documents").WithTags("documents");
        group.MapGet("/{id:long}", Find).WithSummary("One stored article: metadata, quality, text, mentions and events, each with character offsets into the text.");
        group.MapPost("/", Ingest)
            .WithSummary("Ingest articles: a JSON object or array, JSON Lines, or one HTML page. Needs the API key (X-Api-Key).")
            .Accepts<object>(false, RequestArticles.MediaTypes[0], [.. RequestArticles.MediaTypes.Skip(1)])
            .Produces<IngestReport>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        return app;
    }

    private static IResult Find(long id, StoreAccess stores)
    {
        if (stores.Read(s => DocumentView.Load(s, id)) is not { } view)
            return Problems.NotFound($"There is no document {id}.");
        var d = view.Document;
        return Results.Json(new
        {
            id = d.Id, identity = d.Identity, origin = d.Origin, format = d.Format, url = d.Url, title = d.Title, byline = d.Byline,
            source = d.Source, published = d.Published,
            quality = d.QualityJson is { } q ? JsonDocument.Parse(q).RootElement : (JsonElement?)null,
            copy_of = d.CopyOf, copies = d.Copies, sentences = d.Sentences, text = d.Text, mentions = d.Mentions,
            events = d.Events.Select(e => new { @event = EventRow.From(e), evidence = view.Evidence[e.Id] }),
        });
    }

    private static async Task<IResult> Ingest(HttpContext context, WebOptions options, DocumentIngest ingest)
    {
        if (options.ReadOnly)
            return Problems.Status(StatusCodes.Status403Forbidden, "Writes are disabled.", "The server runs read-only (--read-only).");
        if (options.ApiKey is not { Length: > 0 } key)
            return Problems.Status(StatusCodes.Status403Forbidden, "Writes are disabled.", "No API key is configured; start the server with PARLEY_API_KEY set to allow writes.");
        if (!ApiKey.Matches(ApiKey.Presented(context.Request), key))
        {
            context.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
            return Problems.Status(StatusCodes.Status401Unauthorized, "API key missing or wrong.", $"Send the server's API key in the {ApiKey.Header} header.");
        }
        var body = await ReadBody(context, options.MaxRequestBytes);
        if (body is null)
            return Problems.Status(StatusCodes.Status413PayloadTooLarge, "The request body is too large.",
                $"Send at most {options.MaxRequestBytes:N0} bytes per request; split the articles over several requests.");
        var reading = RequestArticles.Read(context.Request.ContentType, body, new ReaderOptions { MaxDocumentBytes = options.MaxRequestBytes }, context.RequestAborted);
        if (reading.Problem is var (status, message))
            return Problems.Status(status, "The articles cannot be read.", message);
        if (reading.Outcomes.Count == 0)
            return Problems.BadRequest(["The body holds no article."]);
        return Results.Json(await ingest.IngestAsync(reading.Outcomes, context.RequestAborted));
    }

    /// <summary>The body, or null when it is longer than <paramref name="limit"/> (read no further than one byte past it).</summary>
    private static async Task<byte[]?> ReadBody(HttpContext context, long limit)
    {
        if (context.Request.ContentLength > limit)
            return null;
        // Kestrel's own limit, raised or lowered to ours; a test server has none, so the read below counts too.
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            size.MaxRequestBodySize = limit + 1;
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        try
        {
            while ((read = await context.Request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
            {
                if (buffer.Length + read > limit)
                    return null;
                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            // A body sent in chunks, with no length announced, ran past Kestrel's limit (ours) mid-read.
            return null;
        }
        return buffer.ToArray();
    }
}
