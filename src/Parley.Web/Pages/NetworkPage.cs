namespace Parley.Web.Pages;

/// <summary><c>/network</c>: the busiest dyads of the filtered events with their counts and mean PLOVER score, as a table and as a ring of actors joined by lines.</summary>
public static class NetworkPage
{
    /// <summary>Renders the page.</summary>
    public static IResult Render(HttpContext context, StoreAccess stores)
    {
        ArgumentNullException.ThrowIfNull(context);
        var filter = EventFilter.Read(context.Request.Query);
        var main = new StringBuilder("<h1>Network</h1>");
        main.Append(FilterForm.Render("/network", filter, ["actor", "type", "context", "modality", "since", "until", "country"], "<button type=\"submit\">Show</button>"));
        if (filter.Errors.Count > 0)
            return Layout.Page("Network", "/network", main.Append(Layout.Errors(filter.Errors)).ToString(), StatusCodes.Status400BadRequest);
        var dyads = stores.Read(s => s.Statistics(filter.Query with { Limit = null, Offset = 0 })).ByDyad;
        if (dyads.Count == 0)
            return Layout.Page("Network", "/network", main.Append("<p role=\"status\">No dyad matches.</p>").ToString());
        main.Append(Ring(dyads));
        main.Append("<div class=\"scroll\"><table class=\"sortable\"><caption>Dyads (actor → recipient), busiest first</caption><thead><tr>");
        foreach (var (label, kind) in new[] { ("Actor", "s"), ("Recipient", "s"), ("Events", "n"), ("Mean score", "n") })
            main.Append(CultureInfo.InvariantCulture, $"<th scope=\"col\"><button type=\"button\" data-sort=\"{kind}\">{label}</button></th>");
        main.Append("<th scope=\"col\">See</th></tr></thead><tbody>");
        foreach (var d in dyads)
        {
            var dyad = Html.E(Html.Q($"{d.Actor},{d.Recipient}"));
            main.Append(CultureInfo.InvariantCulture, $"<tr><td>{Html.E(d.Actor)}</td><td>{Html.E(d.Recipient)}</td><td data-value=\"{d.Events}\">{d.Events}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td data-value=\"{Html.N(d.MeanScore)}\" class=\"{(d.MeanScore >= 0 ? "coop" : "conflict")}\">{Html.N(d.MeanScore, "+0.00;-0.00;0")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"/events?dyad={dyad}\">events</a> · <a href=\"/timeline?dyad={dyad}\">timeline</a> · <a href=\"/brief?dyad={dyad}\">brief</a></td></tr>");
        }
        main.Append("</tbody></table></div>");
        return Layout.Page("Network", "/network", main.ToString());
    }

    /// <summary>Actors on a circle; a line per dyad, thicker for more events, green for cooperation and red for conflict.</summary>
    private static string Ring(IReadOnlyList<DyadCount> dyads)
    {
        var actors = dyads.SelectMany(d => new[] { d.Actor, d.Recipient }).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        const int Size = 420, Radius = 160, Centre = Size / 2;
        var position = actors.Select((a, i) => (a, X: Centre + Radius * Math.Cos(2 * Math.PI * i / actors.Count), Y: Centre + Radius * Math.Sin(2 * Math.PI * i / actors.Count)))
            .ToDictionary(p => p.a, p => (p.X, p.Y), StringComparer.Ordinal);
        var most = dyads.Max(d => d.Events);
        var svg = new StringBuilder($"<svg class=\"network\" role=\"img\" aria-labelledby=\"net-title\" width=\"{Size}\" height=\"{Size}\" viewBox=\"0 0 {Size} {Size}\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"net-title\">Dyads of the filtered events: {actors.Count} actors, {dyads.Count} dyads</title>");
        foreach (var d in dyads)
        {
            var (x1, y1) = position[d.Actor];
            var (x2, y2) = position[d.Recipient];
            svg.Append(CultureInfo.InvariantCulture, $"<line class=\"{(d.MeanScore >= 0 ? "coop" : "conflict")}\" x1=\"{Html.N(x1, "0.#")}\" y1=\"{Html.N(y1, "0.#")}\" x2=\"{Html.N(x2, "0.#")}\" y2=\"{Html.N(y2, "0.#")}\" stroke-width=\"{Html.N(1 + 5.0 * d.Events / most, "0.#")}\"><title>{Html.E($"{d.Actor} → {d.Recipient}: {d.Events} events, mean score {d.MeanScore:+0.00;-0.00;0}")}</title></line>");
        }
        foreach (var (actor, (x, y)) in position)
            svg.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{Html.N(x, "0.#")}\" cy=\"{Html.N(y, "0.#")}\" r=\"6\"/><text x=\"{Html.N(x + 8, "0.#")}\" y=\"{Html.N(y - 8, "0.#")}\">{Html.E(actor)}</text>");
        return svg.Append("</svg>").ToString();
    }
}
