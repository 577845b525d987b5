using System.Security.Cryptography;
using System.Text;
using Parley.Documents;

namespace Parley.Storage;

/// <summary>
/// What makes two inputs the same article: the canonical URL when there is one, else a SHA-256 hash of
/// the normalised text. Written as <c>url:…</c> or <c>sha256:…</c>.
/// </summary>
/// <param name="Key">The identity as stored.</param>
/// <param name="ContentHash">SHA-256 of the normalised text, lowercase hex.</param>
/// <param name="CanonicalUrl">The canonical URL, when the document has one.</param>
public sealed record DocumentIdentity(string Key, string ContentHash, string? CanonicalUrl)
{
    /// <summary>The identity of a document (it need not have been processed yet).</summary>
    public static DocumentIdentity Of(Document document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var hash = Hash(document.Text);
        var url = CanonicalizeUrl(document.Metadata.Url);
        return new DocumentIdentity(url is null ? "sha256:" + hash : "url:" + url, hash, url);
    }

    /// <summary>SHA-256 of <paramref name="text"/> in UTF-8, lowercase hex.</summary>
    public static string Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>
    /// The URL as one article has it however it was linked: scheme and host lower case, default port,
    /// fragment and <c>utm_*</c> tracking parameters dropped, no trailing slash on the path. Null for
    /// anything that is not an absolute http(s) URL.
    /// </summary>
    public static string? CanonicalizeUrl(string? url)
    {
        if (string.IsNullOrWhiteSpace(url) || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            return null;
        var query = string.Join('&', uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase)));
        var path = uri.AbsolutePath.Length > 1 ? uri.AbsolutePath.TrimEnd('/') : uri.AbsolutePath;
        var port = uri.IsDefaultPort ? "" : ":" + uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{uri.Scheme}://{uri.Host.ToLowerInvariant()}{port}{path}{(query.Length > 0 ? "?" + query : "")}";
    }
}
