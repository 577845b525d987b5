namespace Parley.Web.Pages;

/// <summary>The frame of every page: title, navigation, a skip link, the one stylesheet and the one script (same origin, no inline code).</summary>
public static class Layout
{
    private static readonly (string Href, string Label)[] Navigation =
        [("/events", "Events"), ("/search", "Search"), ("/timeline", "Timeline"), ("/network", "Network"), ("/brief", "Brief")];

    /// <summary>The page, as a response.</summary>
    /// <param name="title">The page's title (encoded here).</param>
    /// <param name="section">The navigation entry to mark current ("/events").</param>
    /// <param name="main">The page's content, already HTML.</param>
    /// <param name="status">The HTTP status.</param>
    public static IResult Page(string title, string section, string main, int status = StatusCodes.Status200OK)
    {
        var html = new StringBuilder(main.Length + 1024);
        html.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">")
            .Append("<title>").Append(Html.E(title)).Append(" · Parley</title>")
            .Append("<link rel=\"stylesheet\" href=\"/assets/parley.css\"><script src=\"/assets/parley.js\" defer></script></head><body>")
            .Append("<a class=\"skip\" href=\"#main\">Skip to content</a><header><span class=\"brand\">Parley</span><nav aria-label=\"Main\"><ul>");
        foreach (var (href, label) in Navigation)
            html.Append("<li><a href=\"").Append(href).Append('"').Append(href == section ? " aria-current=\"page\"" : "").Append('>').Append(label).Append("</a></li>");
        html.Append("</ul></nav></header><main id=\"main\" tabindex=\"-1\">").Append(main).Append("</main></body></html>");
        return Results.Content(html.ToString(), "text/html; charset=utf-8", Encoding.UTF8, status);
    }

    /// <summary>A list of what is wrong with the request, announced to screen readers; empty when nothing is.</summary>
    public static string Errors(IReadOnlyList<string> errors) =>
        errors.Count == 0 ? "" : "<div class=\"errors\" role=\"alert\"><p>Please correct:</p><ul>" + string.Concat(errors.Select(e => $"<li>{Html.E(e)}</li>")) + "</ul></div>";
}
