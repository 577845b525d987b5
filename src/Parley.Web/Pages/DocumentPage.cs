namespace Parley.Web.Pages;

/// <summary><c>/documents/{id}</c>: the article with its mentions and events highlighted by kind and type (legend, codes on hover and focus), then its events with offsets.</summary>
public static class DocumentPage
{
    /// <summary>Renders the page.</summary>
    public static IResult Render(long id, StoreAccess stores)
    {
        if (stores.Read(s => DocumentView.Load(s, id)) is not { } view)
            return Problems.NotFound($"There is no document {id}.");
        var d = view.Document;
        var main = new StringBuilder();
        main.Append(CultureInfo.InvariantCulture, $"<h1>{Html.Isolated(d.Title ?? "(untitled)")}</h1><p class=\"meta\">d{d.Id} · {Html.Isolated(d.Source ?? "unknown outlet")} · {Html.E(d.Published ?? "undated")}")
            .Append(d.Byline is { } by ? $" · by {Html.Isolated(by)}" : "")
            .Append(d.Url is { } url ? " · " + Html.Link(url, url) : "")
            .Append("</p>");
        if (d.CopyOf is { } copy)
            main.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{(copy.Spun ? "Spun copy" : "Copy")} of <a href=\"/documents/{copy.OriginalId}\">d{copy.OriginalId}</a> (similarity {Html.N(copy.Similarity)}).</p>");
        if (d.Copies.Count > 0)
            main.Append("<p class=\"meta\">Copies: ").Append(string.Join(", ", d.Copies.Select(c => $"<a href=\"/documents/{c.CopyId}\">d{c.CopyId}</a>"))).Append("</p>");

        var mentions = d.Mentions.Select(m => new TextHighlighter.Mark(m.Start, m.End, "m m-" + Kind(m.Kind), $"{m.Kind}: {m.Resolved ?? m.Text}")).ToList();
        var events = d.Events.SelectMany(e => view.Evidence[e.Id].Select(v => new TextHighlighter.Mark(v.Start, v.End, "ev " + EventTypes.Class(e.PloverType),
            $"e{e.Id} {e.PloverType}{(e.PloverMode is { } m ? "/" + m : "")} CAMEO {e.Cameo} ({e.Modality}): {Codes(e.Actors)} → {Codes(e.Recipients)}", "e" + e.Id))).ToList();
        main.Append(Legend(d.Events.Select(e => e.PloverType).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)));
        main.Append("<article class=\"doc\" aria-label=\"Article text\">").Append(TextHighlighter.Render(d.Text, mentions, events)).Append("</article>");

        main.Append(CultureInfo.InvariantCulture, $"<h2>Events ({d.Events.Count})</h2>");
        if (d.Events.Count > 0)
        {
            main.Append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Event</th><th scope=\"col\">Type</th><th scope=\"col\">Actor → recipient</th><th scope=\"col\">Modality</th><th scope=\"col\">Evidence [start, end)</th></tr></thead><tbody>");
            foreach (var e in d.Events)
            {
                var spans = string.Join(", ", view.Evidence[e.Id].Select(v => $"“{Html.Isolated(v.Text)}” [{v.Start}, {v.End})"));
                main.Append(CultureInfo.InvariantCulture, $"<tr><td><a href=\"/events/{e.Id}\">e{e.Id}</a></td><td><span class=\"type {EventTypes.Class(e.PloverType)}\">{Html.E(e.PloverType)}</span>{(e.PloverMode is { } m ? "/" + Html.E(m) : "")}</td>")
                    .Append(CultureInfo.InvariantCulture, $"<td>{EventsPage.Participants(e.Actors)} → {EventsPage.Participants(e.Recipients)}</td><td>{Html.E(e.Modality)}</td><td>{spans}</td></tr>");
            }
            main.Append("</tbody></table></div>");
        }
        return Layout.Page(d.Title ?? $"Document d{d.Id}", "/events", main.ToString());
    }

    private static string Kind(string kind) => kind is "actor" or "place" or "date" ? kind : "other";

    private static string Codes(IReadOnlyList<ParticipantRecord> parties) => parties.Count == 0 ? "-" : string.Join(", ", parties.Select(p => $"{p.Code} {p.Sector}").Distinct(StringComparer.Ordinal));

    private static string Legend(IEnumerable<string> types)
    {
        var html = new StringBuilder("<div class=\"legend\" aria-label=\"Legend\"><span>Mentions:</span> <mark class=\"m m-actor\">actor</mark> <mark class=\"m m-place\">place</mark> <mark class=\"m m-date\">date</mark> <span>Events:</span> ");
        foreach (var type in types)
            html.Append(CultureInfo.InvariantCulture, $"<mark class=\"ev {EventTypes.Class(type)}\">{Html.E(type)}</mark> ");
        return html.Append("<small>Hover or focus (Tab) a mark for its codes.</small></div>").ToString();
    }
}
