using System.Xml;
using AngleSharp.Html.Parser;
using CodeHollow.FeedReader;
using Parley.Dates;
using Parley.Documents;

namespace Parley.Reading;

/// <summary>
/// Reads RSS and Atom feeds with CodeHollow.FeedReader: each item is one article, its HTML content
/// rendered as text. The XML is first checked with DTD processing prohibited, so an entity-expansion
/// bomb is refused before any parser expands it.
/// </summary>
public static class FeedArticleReader
{
    /// <summary>Reads every item of a feed.</summary>
    public static IEnumerable<ReadOutcome> Read(string xml, string origin)
    {
        var problem = CheckXml(xml);
        if (problem is not null)
        {
            yield return ReadOutcome.Failed(origin, problem);
            yield break;
        }
        if (!TryParseFeed(xml, out var feed, out problem))
        {
            yield return ReadOutcome.Failed(origin, problem);
            yield break;
        }
        var index = 0;
        foreach (var item in feed.Items)
        {
            index++;
            var itemOrigin = $"{origin}#item-{index}";
            var html = string.IsNullOrWhiteSpace(item.Content) ? item.Description : item.Content;
            var text = string.IsNullOrWhiteSpace(html) ? "" : HtmlToText.Render(new HtmlParser().ParseDocument(html).Body!);
            if (string.IsNullOrWhiteSpace(text))
            {
                yield return ReadOutcome.Failed(itemOrigin, "the feed item has no content or description.");
                continue;
            }
            var published = MetadataDate.FromDateTime(item.PublishingDate) ?? MetadataDate.Parse(item.PublishingDateString);
            yield return ReadOutcome.Success(new Document(text, new DocumentMetadata
            {
                Id = DocumentIds.FromText(text),
                Origin = itemOrigin,
                Format = "rss",
                Title = string.IsNullOrWhiteSpace(item.Title) ? null : item.Title.Trim(),
                Url = string.IsNullOrWhiteSpace(item.Link) ? null : item.Link.Trim(),
                Byline = string.IsNullOrWhiteSpace(item.Author) ? null : item.Author.Trim(),
                Source = string.IsNullOrWhiteSpace(feed.Title) ? null : feed.Title.Trim(),
                Published = published is { } date ? new PublicationDate(date, DateSource.Metadata) : null,
            }));
        }
        if (index == 0)
            yield return ReadOutcome.Failed(origin, "the feed has no items.");
    }

    private static bool TryParseFeed(string xml, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Feed? feed,
        [System.Diagnostics.CodeAnalysis.NotNullWhen(false)] out string? problem)
    {
        try
        {
            feed = FeedReader.ReadFromString(xml);
            problem = null;
            return true;
        }
        catch (Exception e) when (e is XmlException or FormatException or InvalidOperationException or ArgumentException)
        {
            feed = null;
            problem = $"not a readable RSS or Atom feed: {e.Message}";
            return false;
        }
    }

    /// <summary>Null when the XML is well-formed and declares no DTD; otherwise the reason to refuse it.</summary>
    private static string? CheckXml(string xml)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
        };
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), settings);
            while (reader.Read())
            {
            }
            return null;
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return "the feed declares a DTD (<!DOCTYPE …>); DTDs are refused so that entity expansion cannot exhaust memory.";
        }
        catch (XmlException e)
        {
            return $"malformed XML at line {e.LineNumber}, column {e.LinePosition}: {FirstSentence(e.Message)}";
        }
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}
