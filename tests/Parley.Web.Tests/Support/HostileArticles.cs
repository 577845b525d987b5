namespace Parley.Web.Tests.Support;

/// <summary>
/// Articles written to attack the pages that show them (an XSS corpus): script elements, event-handler
/// attributes, <c>javascript:</c> URLs, markup that breaks out of attributes, broken HTML and right-to-left
/// overrides, in titles, outlets, URLs and text. Any script that runs sets <c>window.__xss</c> or opens a
/// dialog; the browser tests check that neither ever happens. Each also tells a real event so that its
/// text carries highlights.
/// </summary>
public static class HostileArticles
{
    /// <summary>A word every hostile article's text holds, to find them by search.</summary>
    public const string Marker = "Zanzibarite";

    /// <summary>The outlet of the first article, itself an injection.</summary>
    public const string HostileSource = "\"><script>window.__xss='source'</script>Evil Wire";

    /// <summary>The title of the first article.</summary>
    public const string ScriptTitle = "<script>window.__xss='title'</script>Biden in Kyiv <img src=x onerror=\"window.__xss='img'\">";

    /// <summary>The corpus as JSON Lines (one article per line, as <c>parley ingest</c> and the API read them).</summary>
    public static string JsonLines { get; } = string.Join('\n', new[]
    {
        Line(ScriptTitle, "javascript:window.__xss='url'", HostileSource, "2023-02-20", "text",
            $"President Joe Biden visited Kyiv on Monday and met President Volodymyr Zelensky. {Marker} <script>window.__xss='text'</script> " +
            "<img src=x onerror=alert('img')> \"><svg onload=alert(1)> ' onmouseover='alert(2)' </textarea></title><script>alert(3)</script>"),
        Line("\u202Egnp.exe Russia strikes Kharkiv", "https://example.test/ok?a=1&b=<script>", "RTL \u202E Times", "2023-03-01", "html",
            "<html><head><title>x</title><script>window.__xss='html-head'</script></head><body><article><h1>Russian forces shelled Kharkiv</h1>" +
            $"<p>Russian forces shelled Kharkiv on Wednesday, Ukrainian officials said. {Marker} <a href=\"javascript:window.__xss='link'\">click</a> " +
            "<img src=x onerror=\"window.__xss='onerror'\"> <div><p>broken <b>markup <i>never closed <svg><script>window.__xss='svg'</script></svg>" +
            "<iframe src=\"javascript:window.__xss='iframe'\"></iframe> <math><mtext><table><mglyph><style><img src=x onerror=alert(4)>" +
            "</p></article></body></html>"),
        Line("{{constructor.constructor('window.__xss=1')()}} ${alert(5)}", "data:text/html,<script>alert(6)</script>", "Wire & <Co>", "2023-04-02", "text",
            $"China and the United States agreed on Tuesday to resume military talks. {Marker} \u202Edelbuod\u202C " +
            "<a href=javascript:alert(7)>x</a> <style>*{display:none}</style> <base href=\"https://evil.test/\"> <meta http-equiv=refresh content=0;url=javascript:alert(8)>"),
    });

    private static string Line(string title, string url, string source, string published, string kind, string body) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["id"] = title.GetHashCode(StringComparison.Ordinal).ToString(System.Globalization.CultureInfo.InvariantCulture),
            [kind] = body, ["title"] = title, ["url"] = url, ["source"] = source, ["published"] = published,
        });
}
