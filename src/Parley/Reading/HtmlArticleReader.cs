using AngleSharp.Html.Parser;
using Parley.Documents;

namespace Parley.Reading;

/// <summary>
/// Reads a news page: SmartReader (a port of Mozilla's Readability) finds the main content, which is
/// rendered as text with its headings, paragraphs and list items; the page's metadata fills in title,
/// URL, byline, source and date.
/// </summary>
public static class HtmlArticleReader
{
    // SmartReader resolves relative links against a base address; none is fetched.
    private const string PlaceholderBase = "https://localhost/";

    /// <summary>Reads one page.</summary>
    /// <param name="html">The markup.</param>
    /// <param name="origin">Where it came from, for metadata and messages.</param>
    /// <param name="options">Limits.</param>
    /// <param name="known">Metadata the caller already has (from a JSON line); it wins over the page's own.</param>
    public static ReadOutcome Read(string html, string origin, ReaderOptions options, DocumentMetadata? known = null)
    {
        var depth = HtmlNestingGuard.MaxDepth(html, options.MaxHtmlDepth);
        if (depth > options.MaxHtmlDepth)
            return ReadOutcome.Failed(origin, $"HTML nests elements more than {options.MaxHtmlDepth:N0} levels deep; refused to protect the parser.");

        var page = new HtmlParser().ParseDocument(html);
        var metadata = HtmlMetadata.From(page);
        var url = known?.Url ?? metadata.Url;
        var article = new SmartReader.Reader(Uri.TryCreate(url, UriKind.Absolute, out _) ? url : PlaceholderBase, html).GetArticle();
        var text = string.IsNullOrWhiteSpace(article.Content) ? "" : HtmlToText.Render(new HtmlParser().ParseDocument(article.Content).Body!);
        if (string.IsNullOrWhiteSpace(text) && page.Body is { } body)
            text = HtmlToText.Render(body);
        if (string.IsNullOrWhiteSpace(text))
            return ReadOutcome.Failed(origin, "the page has no readable text.");

        var published = metadata.Published is { } date ? new Dates.PublicationDate(date, Dates.DateSource.Metadata) : (Dates.PublicationDate?)null;
        return ReadOutcome.Success(new Document(text, new DocumentMetadata
        {
            Id = known?.Id ?? DocumentIds.FromText(text),
            Origin = origin,
            Format = known?.Format ?? "html",
            Title = known?.Title ?? metadata.Title ?? NonEmpty(article.Title),
            Url = url,
            Byline = known?.Byline ?? metadata.Byline ?? NonEmpty(article.Byline),
            Source = known?.Source ?? metadata.SiteName ?? NonEmpty(article.SiteName),
            Published = known?.Published ?? published,
        }));
    }

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
