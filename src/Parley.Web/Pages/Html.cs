using System.Net;
using Parley.Storage.Briefs;

namespace Parley.Web.Pages;

/// <summary>
/// The few ways a page writes text. Article text is hostile input: every string that comes from an article
/// goes through <see cref="E"/> (HTML-encoded, quotes included, so it is safe in attributes too), titles
/// through <see cref="Isolated"/> (a right-to-left override in a title cannot flip the page around it),
/// and addresses through <see cref="Link"/> (only http and https become links; <c>javascript:</c> stays text).
/// </summary>
public static class Html
{
    /// <summary>HTML-encoded text, safe in element content and quoted attribute values.</summary>
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>Encoded text in its own bidirectional context.</summary>
    public static string Isolated(string? text) => $"<bdi>{E(text)}</bdi>";

    /// <summary>A link to <paramref name="url"/> when it is http(s), else the encoded text alone.</summary>
    public static string Link(string? url, string? text)
    {
        var safe = BriefCitations.SafeUrl(url);
        var label = Isolated(text ?? url ?? "");
        return safe is null ? label : $"<a href=\"{E(safe)}\" rel=\"noopener noreferrer nofollow\">{label}</a>";
    }

    /// <summary>An invariant number.</summary>
    public static string N(double value, string format = "0.##") => value.ToString(format, CultureInfo.InvariantCulture);

    /// <summary>An invariant whole number.</summary>
    public static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A query-string value.</summary>
    public static string Q(string value) => Uri.EscapeDataString(value);
}
