namespace Parley.Web.Pages;

/// <summary><c>/search</c>: full-text search over stored sentences, hits marked, with the events each sentence tells.</summary>
public static class SearchPage
{
    /// <summary>Renders the page.</summary>
    public static IResult Render(StoreAccess stores, string? q)
    {
        var main = new StringBuilder("<h1>Search</h1><form method=\"get\" action=\"/search\" role=\"search\"><div class=\"field\"><label for=\"q\">Words</label>")
            .Append(CultureInfo.InvariantCulture, $"<input id=\"q\" name=\"q\" type=\"search\" maxlength=\"{Limits.MaxText}\" value=\"{Html.E(q)}\" aria-describedby=\"q-hint\">")
            .Append("<small id=\"q-hint\">all of them; \"a phrase\", OR, NOT, prefix*</small></div> <button type=\"submit\">Search</button></form>");
        if (string.IsNullOrWhiteSpace(q))
            return Layout.Page("Search", "/search", main.ToString());
        if (q.Length > Limits.MaxText)
            return Layout.Page("Search", "/search", main.Append(Layout.Errors([$"Search text is longer than {Limits.MaxText} characters."])).ToString(), StatusCodes.Status400BadRequest);
        IReadOnlyList<SearchHit> hits;
        try
        {
            hits = stores.Read(s => s.Search(q, Limits.DefaultHits));
        }
        catch (EventStoreException e) when (e.Message.StartsWith("cannot search", StringComparison.Ordinal))
        {
            return Layout.Page("Search", "/search", main.Append(Layout.Errors(["These words cannot be searched; try plain words."])).ToString(), StatusCodes.Status400BadRequest);
        }
        main.Append(CultureInfo.InvariantCulture, $"<p role=\"status\">{(hits.Count == 0 ? "No sentence matches." : $"{hits.Count} best matching sentences.")}</p><ol class=\"hits\">");
        foreach (var hit in hits)
        {
            main.Append(CultureInfo.InvariantCulture, $"<li><p><a href=\"/documents/{hit.DocumentId}\">{Html.Isolated(hit.Title ?? "(untitled)")}</a> · {Html.E(hit.Published ?? "undated")}</p><blockquote>{Snippet(hit.Snippet)}</blockquote>");
            if (hit.Events.Count > 0)
                main.Append("<p>Events: ").Append(string.Join(", ", hit.Events.Select(e => $"<a href=\"/events/{e.Id}\">e{e.Id} {Html.E(e.PloverType)}</a>"))).Append("</p>");
            main.Append("</li>");
        }
        return Layout.Page("Search", "/search", main.Append("</ol>").ToString());
    }

    /// <summary>The store marks hits between <c>**</c>; each part is encoded and the hits wrapped in &lt;mark&gt;.</summary>
    private static string Snippet(string snippet) =>
        string.Concat(snippet.Split("**").Select((part, i) => i % 2 == 1 ? $"<mark>{Html.E(part)}</mark>" : Html.E(part)));
}
