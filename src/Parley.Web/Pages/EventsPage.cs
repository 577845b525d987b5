namespace Parley.Web.Pages;

/// <summary><c>/events</c>: the filter form, a sortable table of the page of events it selects, paging, and CSV/JSON Lines downloads of the whole filter.</summary>
public static class EventsPage
{
    /// <summary>Renders the page.</summary>
    public static IResult Render(HttpContext context, StoreAccess stores)
    {
        ArgumentNullException.ThrowIfNull(context);
        var filter = EventFilter.Read(context.Request.Query);
        var buttons = "<button type=\"submit\">Filter</button> <a class=\"button\" href=\"/events\">Clear</a> " +
            "<button type=\"submit\" formaction=\"/timeline\">Timeline</button> <button type=\"submit\" formaction=\"/network\">Network</button> " +
            "<button type=\"submit\" formaction=\"/brief\">Brief</button>";
        var main = new StringBuilder("<h1>Events</h1>");
        main.Append(FilterForm.Render("/events", filter, EventFilter.Names, buttons));
        if (filter.Errors.Count > 0)
            return Layout.Page("Events", "/events", main.Append(Layout.Errors(filter.Errors)).ToString(), StatusCodes.Status400BadRequest);

        var limit = filter.Query.Limit!.Value;
        var events = stores.Read(s => s.Events(filter.Query with { Limit = limit + 1 }, context.RequestAborted).ToList());
        var more = events.Count > limit;
        var shown = events.Take(limit).ToList();
        var offset = filter.Query.Offset;
        main.Append("<p class=\"downloads\">Download this filter: ")
            .Append(CultureInfo.InvariantCulture, $"<a href=\"/api/events{Html.E(filter.QueryString(("format", "csv")))}\" download>CSV</a> · ")
            .Append(CultureInfo.InvariantCulture, $"<a href=\"/api/events{Html.E(filter.QueryString(("format", "jsonl")))}\" download>JSON Lines</a></p>");
        main.Append(CultureInfo.InvariantCulture, $"<p id=\"count\" role=\"status\">{(shown.Count == 0 ? "No event matches." : $"Events {offset + 1}–{offset + shown.Count}{(more ? " (more on the next page)" : "")}.")}</p>");
        if (shown.Count > 0)
            main.Append(Table(shown));
        main.Append(Paging(filter, offset, limit, more));
        return Layout.Page("Events", "/events", main.ToString());
    }

    private static string Table(IReadOnlyList<EventRecord> events)
    {
        var html = new StringBuilder("<div class=\"scroll\"><table class=\"events sortable\"><caption>Events, newest first; the column buttons sort this page.</caption><thead><tr>");
        foreach (var (label, kind) in new[] { ("Id", "n"), ("Date", "s"), ("Event", "s"), ("Actor", "s"), ("Recipient", "s"), ("Place", "s"), ("Modality", "s"), ("Sources", "n"), ("Evidence", "s") })
            html.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"><button type=\"button\" data-sort=\"{kind}\">{label}</button></th>");
        html.Append("</tr></thead><tbody>");
        foreach (var e in events)
        {
            html.Append("<tr>")
                .Append(CultureInfo.InvariantCulture, $"<td data-value=\"{e.Id}\"><a href=\"/events/{e.Id}\">e{e.Id}</a></td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.E(e.Day ?? "undated")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><span class=\"type {EventTypes.Class(e.PloverType)}\">{Html.E(e.PloverType)}</span>{(e.PloverMode is { } m ? "/" + Html.E(m) : "")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Participants(e.Actors)}</td><td>{Participants(e.Recipients)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.Isolated(e.LocationName)}</td><td>{Html.E(e.Modality)}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td data-value=\"{e.Sources}\">{e.Sources}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td class=\"evidence\"><a href=\"/documents/{e.DocumentId}#e{e.Id}\">{Html.Isolated(e.SentenceText ?? e.Trigger)}</a></td>")
                .Append("</tr>");
        }
        return html.Append("</tbody></table></div>").ToString();
    }

    /// <summary>"USA GOV, UKR" with names on hover.</summary>
    internal static string Participants(IReadOnlyList<ParticipantRecord> participants) =>
        string.Join(", ", participants.DistinctBy(p => (p.Code, p.Sector)).Select(p => $"<abbr title=\"{Html.E(p.Name ?? p.Text)}\">{Html.E(p.Code)}</abbr> {Html.E(p.Sector)}"));

    private static string Paging(EventFilter filter, int offset, int limit, bool more)
    {
        var links = new List<string>();
        if (offset > 0)
            links.Add($"<a rel=\"prev\" href=\"/events{Html.E(filter.QueryString(("limit", Html.N(limit)), ("offset", Html.N(Math.Max(0, offset - limit)))))}\">← Newer</a>");
        if (more)
            links.Add($"<a rel=\"next\" href=\"/events{Html.E(filter.QueryString(("limit", Html.N(limit)), ("offset", Html.N(offset + limit))))}\">Older →</a>");
        return links.Count == 0 ? "" : $"<nav class=\"paging\" aria-label=\"Pages\">{string.Join(" ", links)}</nav>";
    }
}
