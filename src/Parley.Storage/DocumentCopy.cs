namespace Parley.Storage;

/// <summary>A document linked as a near-duplicate of an earlier one.</summary>
/// <param name="CopyId">The copy.</param>
/// <param name="OriginalId">The earliest document of its group of copies.</param>
/// <param name="NearestId">The document it was found most similar to when it was linked (often the original).</param>
/// <param name="Similarity">Estimated Jaccard similarity of the word shingles of the copy and <paramref name="NearestId"/>.</param>
public sealed record DocumentCopy(long CopyId, long OriginalId, long NearestId, double Similarity);
