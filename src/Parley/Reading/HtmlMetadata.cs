using System.Text.Json;
using AngleSharp.Dom;
using Parley.Dates;

namespace Parley.Reading;

/// <summary>
/// What a news page says about itself in its markup: title, canonical URL, byline, site name and
/// publication date, from Open Graph and article meta tags, JSON-LD (<c>NewsArticle</c> and <c>@graph</c>),
/// and <c>&lt;time&gt;</c> elements.
/// </summary>
public sealed record HtmlMetadata(string? Title, string? Url, string? Byline, string? SiteName, PartialDate? Published)
{
    private static readonly string[] DateMetaNames =
    [
        "article:published_time", "og:published_time", "datePublished", "pubdate", "publishdate", "publish-date",
        "dc.date", "dc.date.issued", "dcterms.created", "parsely-pub-date", "sailthru.date", "date",
    ];

    /// <summary>Reads the metadata of a parsed page.</summary>
    public static HtmlMetadata From(IDocument page)
    {
        var jsonLd = JsonLdArticles(page).ToArray();
        return new HtmlMetadata(
            Title: Meta(page, "og:title") ?? Meta(page, "twitter:title") ?? JsonLdString(jsonLd, "headline") ?? Clean(page.Title),
            Url: Clean(page.QuerySelector("link[rel=canonical]")?.GetAttribute("href")) ?? Meta(page, "og:url"),
            Byline: Meta(page, "author") ?? Meta(page, "article:author") ?? JsonLdAuthor(jsonLd)
                ?? Clean(page.QuerySelector("[rel=author], .byline, [itemprop=author]")?.TextContent),
            SiteName: Meta(page, "og:site_name") ?? JsonLdPublisher(jsonLd),
            Published: PublishedDate(page, jsonLd));
    }

    private static PartialDate? PublishedDate(IDocument page, JsonElement[] jsonLd)
    {
        foreach (var name in DateMetaNames)
        {
            if (MetadataDate.Parse(Meta(page, name)) is { } date)
                return date;
        }
        if (MetadataDate.Parse(JsonLdString(jsonLd, "datePublished")) is { } fromJsonLd)
            return fromJsonLd;
        var time = page.QuerySelector("time[pubdate][datetime], article time[datetime], time[datetime]");
        return MetadataDate.Parse(time?.GetAttribute("datetime"));
    }

    private static string? Meta(IDocument page, string key)
    {
        foreach (var meta in page.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (name is not null && name.Equals(key, StringComparison.OrdinalIgnoreCase) && Clean(meta.GetAttribute("content")) is { } content)
                return content;
        }
        return null;
    }

    private static IEnumerable<JsonElement> JsonLdArticles(IDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json']"))
        {
            JsonElement root;
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { MaxDepth = 32 });
                root = json.RootElement.Clone();
            }
            catch (JsonException)
            {
                continue; // broken JSON-LD is common and not the article's fault
            }
            foreach (var node in Flatten(root))
                yield return node;
        }
    }

    private static IEnumerable<JsonElement> Flatten(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                if (item.ValueKind == JsonValueKind.Object)
                    yield return item;
        }
        else if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            if (element.TryGetProperty("@graph", out var graph) && graph.ValueKind == JsonValueKind.Array)
                foreach (var item in graph.EnumerateArray())
                    if (item.ValueKind == JsonValueKind.Object)
                        yield return item;
        }
    }

    private static string? JsonLdString(JsonElement[] nodes, string property)
    {
        foreach (var node in nodes)
        {
            if (node.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String && Clean(value.GetString()) is { } text)
                return text;
        }
        return null;
    }

    private static string? JsonLdAuthor(JsonElement[] nodes) => NamedEntity(nodes, "author");

    private static string? JsonLdPublisher(JsonElement[] nodes) => NamedEntity(nodes, "publisher");

    private static string? NamedEntity(JsonElement[] nodes, string property)
    {
        foreach (var node in nodes)
        {
            if (!node.TryGetProperty(property, out var value))
                continue;
            var first = value.ValueKind == JsonValueKind.Array && value.GetArrayLength() > 0 ? value[0] : value;
            if (first.ValueKind == JsonValueKind.String && Clean(first.GetString()) is { } name)
                return name;
            if (first.ValueKind == JsonValueKind.Object && first.TryGetProperty("name", out var n)
                && n.ValueKind == JsonValueKind.String && Clean(n.GetString()) is { } objectName)
                return objectName;
        }
        return null;
    }

    private static string? Clean(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return null;
        return string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
