namespace Parley.Storage;

/// <summary>An article that tells a happening.</summary>
/// <param name="EventId">Its event for the happening.</param>
/// <param name="DocumentId">The article.</param>
/// <param name="Title">Its title.</param>
/// <param name="Url">Its URL.</param>
/// <param name="Source">Its outlet.</param>
/// <param name="Published">Its publication date.</param>
public sealed record ReportRecord(long EventId, long DocumentId, string? Title, string? Url, string? Source, string? Published)
{
    /// <summary>The original this article is a near-duplicate of, or null when it is an original: a copy adds no independent source.</summary>
    public long? CopyOf { get; init; }
}
