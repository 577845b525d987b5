using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;
using Parley.Storage.Export;

namespace Parley.Web.Endpoints;

/// <summary><c>/api/events</c>: events by the filters of <c>parley events</c> (JSON, CSV or JSON Lines), and one event with its evidence, sources and cluster.</summary>
public static class EventEndpoints
{
    private static readonly JsonSerializerOptions Compact = new();

    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapEventEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/events").WithTags("events");
        group.MapGet("/", List)
            .WithSummary("Events that pass the filters of 'parley events', newest day first, paged.")
            .WithDescription("Filters: actor, recipient, dyad (A,B), type, mode, context, modality (default asserted; any), place, country, since, until, source, min_sources, cluster_modality. " +
                "Paging: limit (1–500, default 50), offset. format=csv or jsonl downloads the filter (up to 100,000 events; limit may say fewer).");
        group.MapGet("/{id:long}", Find).WithSummary("One event with its evidence sentences, the articles that tell it and its cluster.");
        return app;
    }

    private static async Task<IResult> List(HttpContext context, StoreAccess stores, string? format)
    {
        var download = format is "csv" or "jsonl";
        if (format is not (null or "" or "json") && !download)
            return Problems.BadRequest([$"format '{format}' must be json, csv or jsonl."]);
        var filter = download ? EventFilter.Read(context.Request.Query, Limits.MaxExport, Limits.MaxExport) : EventFilter.Read(context.Request.Query);
        if (filter.Errors.Count > 0)
            return Problems.BadRequest(filter.Errors);
        if (download)
            return await Download(context, stores, filter, format!);
        // One more than the page, to tell whether a next page exists without counting every match.
        var limit = filter.Query.Limit!.Value;
        var events = stores.Read(s => s.Events(filter.Query with { Limit = limit + 1 }, context.RequestAborted).ToList());
        var more = events.Count > limit;
        return Results.Json(new
        {
            limit,
            offset = filter.Query.Offset,
            count = Math.Min(events.Count, limit),
            next = more ? "/api/events" + filter.QueryString(("limit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
                ("offset", (filter.Query.Offset + limit).ToString(System.Globalization.CultureInfo.InvariantCulture))) : null,
            events = events.Take(limit).Select(EventRow.From),
        });
    }

    /// <summary>Writes the filter's events through a buffer that spills to disk, so a large download neither blocks a thread on the socket nor sits in memory.</summary>
    private static async Task<IResult> Download(HttpContext context, StoreAccess stores, EventFilter filter, string format)
    {
        await using var buffer = new FileBufferingWriteStream();
        await using (var writer = new StreamWriter(buffer, new UTF8Encoding(false), 1 << 16, leaveOpen: true))
        {
            stores.Read(store =>
            {
                var events = store.Events(filter.Query, context.RequestAborted);
                if (format == "csv")
                    return EventCsv.Write(writer, events);
                long count = 0;
                foreach (var e in events)
                {
                    writer.Write(JsonSerializer.Serialize(EventRow.From(e), Compact));
                    writer.Write('\n');
                    count++;
                }
                return count;
            });
        }
        var response = context.Response;
        response.ContentType = format == "csv" ? "text/csv; charset=utf-8" : "application/x-ndjson; charset=utf-8";
        response.Headers.ContentDisposition = $"attachment; filename=\"parley-events.{format}\"";
        await buffer.DrainBufferAsync(response.Body, context.RequestAborted);
        return Results.Empty;
    }

    private static IResult Find(long id, StoreAccess stores)
    {
        if (stores.Read(s => s.FindEvent(id)) is not { } detail)
            return Problems.NotFound($"There is no event {id}.");
        var e = detail.Event;
        return Results.Json(new
        {
            @event = EventRow.From(e),
            actors = e.Actors,
            recipients = e.Recipients,
            evidence = detail.Evidence,
            cluster = new
            {
                key = e.ClusterKey, modality = e.ClusterModality, independent_sources = e.Sources,
                first_report = detail.FirstReport, last_report = detail.LastReport, reports = detail.Reports,
            },
        });
    }
}
