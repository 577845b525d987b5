using Parley.Dates;
using Parley.Documents;
using Parley.Mentions;
using Parley.Pipeline;

namespace Parley.Tests.Support;

/// <summary>Runs text through the standard pipeline.</summary>
public static class Pipelines
{
    /// <summary>A processed document of <paramref name="text"/>, published on <paramref name="published"/> (YYYY-MM-DD) if given.</summary>
    public static Document Process(string text, string? published = null)
    {
        var date = PartialDate.TryParse(published, out var day) ? new PublicationDate(day, DateSource.Option) : (PublicationDate?)null;
        return StandardPipeline.Create().Process(new Document(text, new DocumentMetadata { Id = "test", Origin = "test", Format = "text", Published = date }));
    }

    /// <summary>The mentions of one kind in <paramref name="text"/>, as (text, mention) pairs.</summary>
    public static (string Text, Mention Mention)[] Mentions(string text, MentionKind kind, string? published = null)
    {
        var document = Process(text, published);
        return document.Mentions.Where(m => m.Kind == kind).Select(m => (document.Text[m.Start..m.End], m)).ToArray();
    }

    /// <summary>The texts of the sentence units of <paramref name="text"/>, soft line breaks flattened.</summary>
    public static string[] Sentences(string text)
    {
        var document = Process(text);
        return document.Sentences.Select(s => document.Slice(s.Span).Replace('\n', ' ')).ToArray();
    }
}
