namespace Parley.Web.Pages;

/// <summary><c>/events/{id}</c>: one event's fields, its evidence sentences, the articles that tell it and its cluster.</summary>
public static class EventPage
{
    /// <summary>Renders the page.</summary>
    public static IResult Render(long id, StoreAccess stores)
    {
        if (stores.Read(s => s.FindEvent(id)) is not { } detail)
            return Problems.NotFound($"There is no event {id}.");
        var e = detail.Event;
        var main = new StringBuilder();
        main.Append(CultureInfo.InvariantCulture, $"<h1>Event e{e.Id}: <span class=\"type {EventTypes.Class(e.PloverType)}\">{Html.E(e.PloverType)}</span>{(e.PloverMode is { } m ? "/" + Html.E(m) : "")}</h1>");
        main.Append("<h2>Fields</h2><dl class=\"fields\">");
        void Field(string name, string? html)
        {
            if (!string.IsNullOrEmpty(html))
                main.Append(CultureInfo.InvariantCulture, $"<dt>{name}</dt><dd>{html}</dd>");
        }
        Field("Date", Html.E(e.Day ?? "undated") + (e.DateValue is { } v ? $" (said: {Html.E(v)}, {Html.E(e.DatePrecision)})" : ""));
        Field("Type as worded", Html.E(e.Type + (e.Mode is null ? "" : "/" + e.Mode)));
        Field("CAMEO · score", $"{Html.E(e.Cameo)} · {Html.N(e.Score, "+0.0;-0.0;0")}");
        Field("Actor", Parties(e.Actors));
        Field("Recipient", Parties(e.Recipients));
        Field("Place", e.LocationName is null ? null : $"{Html.Isolated(e.LocationName)} {Html.E(e.Country)} ({Html.N(e.Latitude ?? 0, "0.####")}, {Html.N(e.Longitude ?? 0, "0.####")}) from “{Html.Isolated(e.LocationText)}”");
        Field("Modality", Html.E(e.Modality) + (e.Hedged ? ", hedged" : "") + (e.Attribution is { } a ? $", according to “{Html.Isolated(a)}”" : ""));
        Field("Contexts", Html.E(string.Join(", ", e.Contexts)));
        Field("Quantities", string.Join("; ", e.Quantities.Select(q => $"{Html.N((double)q.Value, "#,0.##")} {Html.E(q.Unit)} (“{Html.Isolated(q.Text)}”)")));
        Field("Trigger", Html.Isolated(e.Trigger));
        Field("Confidence", Html.N(e.Confidence));
        main.Append("</dl>");

        main.Append("<h2>Evidence</h2><ol class=\"evidence\">");
        foreach (var ev in detail.Evidence)
            main.Append(CultureInfo.InvariantCulture, $"<li><blockquote>{Html.Isolated(ev.SentenceText)}</blockquote><p>Words “{Html.Isolated(ev.Text)}” at [{ev.Start}, {ev.End}) in sentence {ev.Sentence} — <a href=\"/documents/{e.DocumentId}#e{e.Id}\">see in the article</a></p></li>");
        main.Append("</ol>");

        main.Append(CultureInfo.InvariantCulture, $"<h2>Cluster</h2><p>{e.Sources} independent source{(e.Sources == 1 ? "" : "s")} tell this happening: <strong>{Html.E(e.ClusterModality)}</strong>, first reported {Html.E(detail.FirstReport ?? "undated")}, last {Html.E(detail.LastReport ?? "undated")}. Key <code>{Html.E(e.ClusterKey)}</code>.</p>");
        main.Append("<h2>Sources</h2><table><thead><tr><th scope=\"col\">Article</th><th scope=\"col\">Outlet</th><th scope=\"col\">Published</th><th scope=\"col\">Original</th><th scope=\"col\">Event</th></tr></thead><tbody>");
        foreach (var r in detail.Reports)
        {
            main.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"/documents/{r.DocumentId}\">{Html.Isolated(r.Title ?? "(untitled)")}</a>{(SourceLink(r.Url))}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{Html.Isolated(r.Source ?? "unknown")}</td><td>{Html.E(r.Published ?? "undated")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td>{(r.CopyOf is { } o ? $"copy of <a href=\"/documents/{o}\">d{o}</a>" : "original")}</td>")
                .Append(CultureInfo.InvariantCulture, $"<td><a href=\"/events/{r.EventId}\">e{r.EventId}</a></td></tr>");
        }
        main.Append("</tbody></table>");
        return Layout.Page($"Event e{e.Id}", "/events", main.ToString());
    }

    private static string SourceLink(string? url) => url is null ? "" : " · " + Html.Link(url, "source page");

    private static string Parties(IReadOnlyList<ParticipantRecord> parties) =>
        string.Join("; ", parties.Select(p => $"{Html.E(p.Code)} {Html.E(p.Sector)}{(p.Name is null ? "" : " " + Html.Isolated(p.Name))} (“{Html.Isolated(p.Text)}”)"));
}
