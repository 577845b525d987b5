namespace Parley.Duplicates;

/// <summary>
/// Decides whether two documents are copies of one text, from their signatures: a duplicate when the
/// estimated Jaccard similarity reaches <see cref="DuplicateOptions.JaccardThreshold"/>, or when the smaller
/// one is long enough and mostly contained in the other (<see cref="DuplicateOptions.ContainmentThreshold"/>),
/// as a syndicated copy cut short or padded with boilerplate is. Containment is derived from the Jaccard
/// estimate and the two shingle counts: <c>|A∩B| = J·(|A|+|B|)/(1+J)</c>. Of a duplicate pair, the one
/// using far more synonym variants than the other is its spun copy.
/// </summary>
public sealed class DuplicateVerifier(DuplicateOptions options)
{
    private readonly DuplicateOptions options = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>The verdict on <paramref name="a"/> and <paramref name="b"/>.</summary>
    public DuplicateVerdict Verify(MinHashSignature a, MinHashSignature b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var jaccard = a.EstimateJaccard(b);
        var smaller = Math.Min(a.ShingleCount, b.ShingleCount);
        var containment = smaller == 0 ? 0 : Math.Min(1, jaccard * (a.ShingleCount + b.ShingleCount) / (1 + jaccard) / smaller);
        var duplicate = jaccard >= options.JaccardThreshold
                        || (smaller >= options.MinimumShinglesForContainment && containment >= options.ContainmentThreshold);
        var gap = a.Synonyms.VariantShare - b.Synonyms.VariantShare;
        var spun = !duplicate ? SpunSide.Neither
            : gap >= options.SpinGapThreshold ? SpunSide.First
            : -gap >= options.SpinGapThreshold ? SpunSide.Second
            : SpunSide.Neither;
        return new DuplicateVerdict(jaccard, containment, duplicate, spun);
    }
}
