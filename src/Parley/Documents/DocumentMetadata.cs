using Parley.Dates;

namespace Parley.Documents;

/// <summary>What is known about a document besides its text.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Stable identifier: the input's own id, else a hash of the text.</summary>
    public required string Id { get; init; }

    /// <summary>Where the document was read from: a path, with <c>:line</c> for JSON Lines or <c>#item</c> for feeds; <c>-</c> for standard input.</summary>
    public required string Origin { get; init; }

    /// <summary>The input format the reader used.</summary>
    public required string Format { get; init; }

    /// <summary>Headline or title.</summary>
    public string? Title { get; init; }

    /// <summary>Canonical URL.</summary>
    public string? Url { get; init; }

    /// <summary>Author line.</summary>
    public string? Byline { get; init; }

    /// <summary>Publishing outlet or site name.</summary>
    public string? Source { get; init; }

    /// <summary>Publication date, when known.</summary>
    public PublicationDate? Published { get; init; }
}
