using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Parley.Storage.Briefs;
using Parley.Web.Security;

namespace Parley.Web.Endpoints;

/// <summary>A brief as the self-contained HTML page of <see cref="HtmlBriefWriter"/>, served under a policy that allows its inline style by hash and nothing else inline.</summary>
public static partial class BriefPages
{
    /// <summary>The response: the page, with a Content-Security-Policy naming the hash of its one style element.</summary>
    public static IResult Html(HttpContext context, Brief brief, bool withBackLink)
    {
        ArgumentNullException.ThrowIfNull(context);
        using var writer = new StringWriter();
        HtmlBriefWriter.Write(brief, writer);
        var html = writer.ToString();
        if (withBackLink)
        {
            var body = html.IndexOf("<body>", StringComparison.Ordinal) + "<body>".Length;
            html = string.Concat(html.AsSpan(0, body), "<p><a href=\"/events\">← Parley events</a></p>", html.AsSpan(body));
        }
        var style = StyleElement().Match(html).Groups[1].Value;
        var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style)));
        context.Response.Headers.ContentSecurityPolicy = SecurityHeaders.Policy.Replace("style-src 'self'", $"style-src 'sha256-{hash}'", StringComparison.Ordinal);
        return Results.Content(html, "text/html; charset=utf-8");
    }

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
