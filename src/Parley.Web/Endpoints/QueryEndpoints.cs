using Parley.Storage.Export;

namespace Parley.Web.Endpoints;

/// <summary><c>/api/search</c>, <c>/api/stats</c> and <c>/health</c>: the store's full-text search, its statistics, and whether it can be read.</summary>
public static class QueryEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static IEndpointRouteBuilder MapQueryEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/search", Search).WithTags("search")
            .WithSummary("Sentences matching a full-text query (SQLite FTS5: words, \"a phrase\", OR, NOT, prefix*), best first, with the events each tells.");
        app.MapGet("/api/stats", Stats).WithTags("stats")
            .WithSummary("Totals, events by type, month and dyad, and the monthly conflict–cooperation index of the busiest dyads, for the events filter.");
        app.MapGet("/health", Health).WithTags("health").WithSummary("200 when the event store can be read, 503 otherwise.");
        return app;
    }

    private static IResult Search(StoreAccess stores, string? q, int? limit, int? offset)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(q))
            errors.Add("q must give some words to search for.");
        else if (q.Length > Limits.MaxText)
            errors.Add($"q is longer than {Limits.MaxText} characters.");
        if (limit is < 1 or > Limits.MaxHits)
            errors.Add($"limit must be from 1 to {Limits.MaxHits}.");
        if (offset is < 0 or > Limits.MaxOffset)
            errors.Add($"offset must be from 0 to {Limits.MaxOffset}.");
        if (errors.Count > 0)
            return Problems.BadRequest(errors);
        IReadOnlyList<SearchHit> hits;
        try
        {
            hits = stores.Read(s => s.Search(q!, limit ?? Limits.DefaultHits, offset ?? 0));
        }
        catch (EventStoreException e) when (e.Message.StartsWith("cannot search", StringComparison.Ordinal))
        {
            return Problems.BadRequest([$"q '{q}' cannot be searched; use plain words or FTS5 syntax."]);
        }
        return Results.Json(new { query = q, hits = hits.Select(SearchHitJson.From) });
    }

    private static IResult Stats(HttpContext context, StoreAccess stores)
    {
        var filter = EventFilter.Read(context.Request.Query);
        if (filter.Errors.Count > 0)
            return Problems.BadRequest(filter.Errors);
        return Results.Json(StatisticsJson.From(stores.Read(store => store.Statistics(filter.Query with { Limit = null, Offset = 0 }))));
    }

    private static IResult Health(StoreAccess stores)
    {
        try
        {
            var totals = stores.Read(s => s.Totals());
            return Results.Json(new { status = "ok", documents = totals.Documents, events = totals.Events });
        }
        catch (EventStoreException)
        {
            return Problems.Status(StatusCodes.Status503ServiceUnavailable, "The event store is unavailable.", "The server cannot read its event store; the reason is in the server's log.");
        }
    }
}
