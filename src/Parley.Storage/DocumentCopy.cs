namespace Parley.Storage;

/// <summary>A document linked as a near-duplicate of an earlier one.</summary>
/// <param name="CopyId">The copy.</param>
/// <param name="OriginalId">The earliest document of its group of copies.</param>
/// <param name="NearestId">The document it was found most similar to when it was linked (often the original).</param>
/// <param name="Similarity">Estimated Jaccard similarity of the word shingles of the copy and <paramref name="NearestId"/>.</param>
/// <param name="Spun">Whether the copy was machine-spun (synonyms swapped) from <paramref name="NearestId"/>, rather than syndicated or rewritten.</param>
public sealed record DocumentCopy(long CopyId, long OriginalId, long NearestId, double Similarity, bool Spun)
{
    /// <summary>The copy's flag, as the information-quality flags name it: <c>spun-copy</c> or <c>syndicated-copy</c>.</summary>
    public string Flag => Spun ? "spun-copy" : "syndicated-copy";
}
