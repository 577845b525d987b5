namespace Parley.Storage;

/// <summary>A stored document with its annotations.</summary>
public sealed record DocumentDetail
{
    /// <summary>The store's id.</summary>
    public required long Id { get; init; }

    /// <summary>What makes it one article (<c>url:…</c> or <c>sha256:…</c>).</summary>
    public required string Identity { get; init; }

    /// <summary>Where it was read from.</summary>
    public required string Origin { get; init; }

    /// <summary>Input format.</summary>
    public required string Format { get; init; }

    /// <summary>URL.</summary>
    public string? Url { get; init; }

    /// <summary>Title.</summary>
    public string? Title { get; init; }

    /// <summary>Author line.</summary>
    public string? Byline { get; init; }

    /// <summary>Outlet.</summary>
    public string? Source { get; init; }

    /// <summary>Publication date.</summary>
    public string? Published { get; init; }

    /// <summary>Normalised text.</summary>
    public required string Text { get; init; }

    /// <summary>Quality figures as JSON (the <c>quality</c> object of <c>parley extract</c>).</summary>
    public string? QualityJson { get; init; }

    /// <summary>Sentences.</summary>
    public int Sentences { get; init; }

    /// <summary>Actors, places and dates named.</summary>
    public IReadOnlyList<MentionRecord> Mentions { get; init; } = [];

    /// <summary>Its events, of every modality.</summary>
    public IReadOnlyList<EventRecord> Events { get; init; } = [];

    /// <summary>How it copies its group's original; null when it is an original (or has no copy).</summary>
    public DocumentCopy? CopyOf { get; init; }

    /// <summary>Its copies, when it is an original, in the order they were stored.</summary>
    public IReadOnlyList<DocumentCopy> Copies { get; init; } = [];
}
