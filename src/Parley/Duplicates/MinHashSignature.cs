namespace Parley.Duplicates;

/// <summary>
/// A document's MinHash signature: for each of the hasher's permutations, the least hash of the document's
/// shingles; and how many distinct shingles it has (estimated), which turns an estimated Jaccard similarity
/// into an estimated containment. Two signatures agree at a position with probability equal to the
/// Jaccard similarity of their shingle sets.
/// </summary>
/// <param name="Values">One minimum per permutation.</param>
/// <param name="ShingleCount">Distinct shingles of the document.</param>
public sealed record MinHashSignature(uint[] Values, int ShingleCount)
{
    /// <summary>
    /// How the document uses the synonym lexicon (none for a signature made from bare shingles or read
    /// back from a store that does not keep it): what tells a spun copy from its source.
    /// </summary>
    public SynonymUse Synonyms { get; init; }

    /// <summary>True for a document without a single word: it resembles nothing.</summary>
    public bool IsEmpty => ShingleCount == 0;

    /// <summary>The share of positions where this signature and <paramref name="other"/> agree: an unbiased estimate of the Jaccard similarity.</summary>
    public double EstimateJaccard(MinHashSignature other)
    {
        ArgumentNullException.ThrowIfNull(other);
        if (other.Values.Length != Values.Length)
            throw new ArgumentException($"Signatures of different lengths ({Values.Length} and {other.Values.Length}) are not comparable.", nameof(other));
        if (IsEmpty || other.IsEmpty)
            return 0;
        var same = 0;
        var a = Values.AsSpan();
        var b = other.Values.AsSpan();
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
                same++;
        }
        return (double)same / a.Length;
    }
}
