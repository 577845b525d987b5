using Parley.Documents;
using Parley.Pipeline;

namespace Parley.Tests.Support;

/// <summary>Runs text through the standard pipeline.</summary>
public static class Pipelines
{
    /// <summary>A processed document of <paramref name="text"/>.</summary>
    public static Document Process(string text) =>
        StandardPipeline.Create().Process(new Document(text, new DocumentMetadata { Id = "test", Origin = "test", Format = "text" }));

    /// <summary>The texts of the sentence units of <paramref name="text"/>, soft line breaks flattened.</summary>
    public static string[] Sentences(string text)
    {
        var document = Process(text);
        return document.Sentences.Select(s => document.Slice(s.Span).Replace('\n', ' ')).ToArray();
    }
}
