using Parley.Dates;
using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Tests.Storage;

/// <summary>Small processed articles for store tests; each test builds its own.</summary>
internal static class StoreArticles
{
    private static readonly Lazy<DocumentPipeline> Pipeline = new(() => StandardPipeline.Create());

    /// <summary>Biden visits Kyiv and meets Zelensky; Russia shells Kharkiv: three asserted events.</summary>
    public const string KyivVisit = "KYIV, Feb 20 (Parley Wire) - US President Joe Biden visited Kyiv on Monday and met Ukrainian President Volodymyr Zelensky. Russian forces shelled Kharkiv on Sunday, officials said.";

    /// <summary>The same happenings as <see cref="KyivVisit"/> in an outlet's own words: another source, not a copy.</summary>
    public const string KyivVisitRetold = "KYIV, Feb 20 (Meridian Post) - Joe Biden made an unannounced trip to the Ukrainian capital Kyiv on Monday. The US President met Volodymyr Zelensky, Ukraine's President, as air raid sirens sounded across the city. A day earlier Russian forces shelled Kharkiv, the regional governor said.";

    /// <summary>A visit announced for later: one future event.</summary>
    public const string FutureVisit = "BEIJING, March 1 (Parley Wire) - Chinese Foreign Minister Wang Yi will visit Moscow next week, the ministry said.";

    /// <summary>A processed article.</summary>
    public static Document Make(string text, string published, string? url = null, string? source = null, string? title = null) =>
        Pipeline.Value.Process(new Document(text, new DocumentMetadata
        {
            Id = url ?? "doc-" + text.GetHashCode(StringComparison.Ordinal).ToString("x8", System.Globalization.CultureInfo.InvariantCulture),
            Origin = "test",
            Format = "text",
            Url = url,
            Source = source,
            Title = title,
            Published = PartialDate.TryParse(published, out var day) ? new PublicationDate(day, DateSource.Metadata) : null,
        }));

    /// <summary>Runs a document read back from a store through the pipeline again.</summary>
    public static Document Reprocess(Document document) => Pipeline.Value.Process(document);
}
