using Parley.Documents;

namespace Parley.Reading;

/// <summary>Reads a plain-text article: the whole text is the document.</summary>
public static class PlainTextReader
{
    /// <summary>Makes a document of <paramref name="text"/>.</summary>
    public static ReadOutcome Read(string text, string origin)
    {
        if (string.IsNullOrWhiteSpace(text))
            return ReadOutcome.Failed(origin, "empty: the input holds no text.");
        return ReadOutcome.Success(new Document(text, new DocumentMetadata
        {
            Id = DocumentIds.FromText(text),
            Origin = origin,
            Format = "text",
        }));
    }
}
