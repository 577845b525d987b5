namespace Parley.Web.Pages;

/// <summary>
/// <c>/timeline</c>: events per month and the monthly conflict–cooperation index (mean PLOVER score) of the
/// events an actor or dyad (or any filter) selects, as SVG bar charts with the figures in a table beside.
/// </summary>
public static class TimelinePage
{
    /// <summary>Renders the page.</summary>
    public static IResult Render(HttpContext context, StoreAccess stores)
    {
        ArgumentNullException.ThrowIfNull(context);
        var filter = EventFilter.Read(context.Request.Query, Limits.MaxTimelineEvents, Limits.MaxTimelineEvents);
        var main = new StringBuilder("<h1>Timeline</h1>");
        main.Append(FilterForm.Render("/timeline", filter, ["actor", "dyad", "type", "context", "modality", "since", "until"], "<button type=\"submit\">Show</button>"));
        if (filter.Errors.Count > 0)
            return Layout.Page("Timeline", "/timeline", main.Append(Layout.Errors(filter.Errors)).ToString(), StatusCodes.Status400BadRequest);
        // Read from the events themselves: the store's monthly index is kept per dyad, and a timeline may be of one actor.
        var events = stores.Read(s => s.Events(filter.Query with { Offset = 0 }, context.RequestAborted)
            .Where(e => e.Day is { Length: >= 7 }).Select(e => (Month: e.Day![..7], e.Score)).ToList());
        var months = EveryMonth(events.GroupBy(e => e.Month, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (Events: g.Count(), Index: Math.Round(g.Average(e => e.Score), 2)), StringComparer.Ordinal));
        var subject = filter.Values.GetValueOrDefault("dyad") ?? filter.Values.GetValueOrDefault("actor") ?? "all events";
        if (months.Count == 0)
        {
            main.Append(CultureInfo.InvariantCulture, $"<p role=\"status\">No dated event matches ({Html.E(subject)}).</p>");
            return Layout.Page("Timeline", "/timeline", main.ToString());
        }
        if (events.Count >= Limits.MaxTimelineEvents)
            main.Append(CultureInfo.InvariantCulture, $"<p class=\"note\">Only the newest {Limits.MaxTimelineEvents:N0} events are counted; narrow the filter for the whole span.</p>");
        main.Append(CultureInfo.InvariantCulture, $"<h2>Events per month: {Html.E(subject)}</h2>")
            .Append(BarChart.Render($"Events per month, {subject}", months.Select(m => new BarChart.Bar(m.Month, m.Events, $"{m.Month}: {m.Events} events")).ToList(), months.Max(m => m.Events), diverging: false))
            .Append(CultureInfo.InvariantCulture, $"<h2>Conflict–cooperation index: {Html.E(subject)}</h2><p class=\"note\">Mean PLOVER score per month: above 0 cooperation, below 0 conflict (−10 to +10).</p>")
            .Append(BarChart.Render($"Conflict–cooperation index by month, {subject}", months.Select(m => new BarChart.Bar(m.Month, m.Index, m.Events == 0 ? $"{m.Month}: no event" : $"{m.Month}: {Html.N(m.Index, "+0.0;-0.0;0")} over {m.Events} events")).ToList(), 10, diverging: true))
            .Append("<details><summary>The figures</summary><table><thead><tr><th scope=\"col\">Month</th><th scope=\"col\">Events</th><th scope=\"col\">Index</th></tr></thead><tbody>");
        foreach (var m in months.Where(m => m.Events > 0))
            main.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.E(m.Month)}</td><td>{m.Events}</td><td>{Html.N(m.Index, "+0.00;-0.00;0")}</td></tr>");
        main.Append("</tbody></table></details>");
        return Layout.Page("Timeline", "/timeline", main.ToString());
    }

    /// <summary>
    /// Every month from the first to the last with events, the empty ones included (0 events, index 0), so that
    /// the bars keep time's proportions; a span longer than twenty years keeps only the months with events.
    /// </summary>
    private static List<(string Month, int Events, double Index)> EveryMonth(Dictionary<string, (int Events, double Index)> counted)
    {
        var keys = counted.Keys.Order(StringComparer.Ordinal).ToList();
        if (keys.Count == 0)
            return [];
        var parsed = keys.Select(k => DateOnly.TryParseExact(k + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null).ToList();
        if (parsed.Any(d => d is null) || (parsed[^1]!.Value.Year - parsed[0]!.Value.Year) > 20)
            return keys.Select(k => (k, counted[k].Events, counted[k].Index)).ToList();
        var months = new List<(string, int, double)>();
        for (var month = parsed[0]!.Value; month <= parsed[^1]!.Value; month = month.AddMonths(1))
        {
            var key = month.ToString("yyyy-MM", CultureInfo.InvariantCulture);
            months.Add(counted.TryGetValue(key, out var c) ? (key, c.Events, c.Index) : (key, 0, 0));
        }
        return months;
    }
}
