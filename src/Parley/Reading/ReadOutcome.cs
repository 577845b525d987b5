using Parley.Documents;

namespace Parley.Reading;

/// <summary>Either a document read from an input or the reason it could not be read.</summary>
public readonly struct ReadOutcome
{
    private ReadOutcome(Document? document, ReadFailure? failure)
    {
        Document = document;
        Failure = failure;
    }

    /// <summary>The document, when reading succeeded.</summary>
    public Document? Document { get; }

    /// <summary>The failure, when reading did not succeed.</summary>
    public ReadFailure? Failure { get; }

    /// <summary>A successfully read document.</summary>
    public static ReadOutcome Success(Document document) => new(document, null);

    /// <summary>A failure at <paramref name="origin"/>.</summary>
    public static ReadOutcome Failed(string origin, string reason) => new(null, new ReadFailure(origin, reason));
}
