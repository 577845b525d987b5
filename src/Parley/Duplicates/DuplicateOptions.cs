namespace Parley.Duplicates;

/// <summary>
/// The parameters of near-duplicate detection: how text becomes shingles, how long a MinHash signature is,
/// how the LSH index bands it, and where the verifier draws the line. <see cref="Default"/> holds the values
/// measured on <c>eval/gold/duplicates</c> (see <c>docs/duplicates.md</c> for why each was chosen).
/// </summary>
public sealed record DuplicateOptions
{
    /// <summary>The measured defaults.</summary>
    public static DuplicateOptions Default { get; } = new();

    /// <summary>Words per shingle.</summary>
    public int ShingleSize { get; init; } = 2;

    /// <summary>MinHash values per signature; must equal <see cref="Bands"/> × <see cref="Rows"/>.</summary>
    public int SignatureLength => Bands * Rows;

    /// <summary>LSH bands: a pair becomes a candidate when all the rows of at least one band agree.</summary>
    public int Bands { get; init; } = 42;

    /// <summary>Signature values per band.</summary>
    public int Rows { get; init; } = 3;

    /// <summary>Seed of the MinHash permutations and band keys: signatures are only comparable under one seed.</summary>
    public ulong Seed { get; init; } = 0x5041524C45594455; // "PARLEYDU"

    /// <summary>A pair whose estimated Jaccard similarity of shingles reaches this is a duplicate.</summary>
    public double JaccardThreshold { get; init; } = 0.25;

    /// <summary>
    /// A pair whose estimated containment (shared shingles over the smaller document's) reaches this is a
    /// duplicate too: a syndicated copy cut short or wrapped in boilerplate.
    /// </summary>
    public double ContainmentThreshold { get; init; } = 0.50;

    /// <summary>The smaller document needs at least this many shingles before containment alone decides.</summary>
    public int MinimumShinglesForContainment { get; init; } = 25;

    /// <summary>
    /// Most postings read from one LSH bucket per lookup (newest first), so that a bucket grown huge
    /// (boilerplate-only or empty texts) cannot make a lookup cost grow with the corpus.
    /// </summary>
    public int MaximumBucketWalk { get; init; } = 64;

    /// <summary>
    /// A copy is spun when its share of synonym variants (<see cref="SynonymUse.VariantShare"/>) exceeds its
    /// source's by at least this much: a spinner swaps most of the words it knows, an editor only a few.
    /// </summary>
    public double SpinGapThreshold { get; init; } = 0.2;

    /// <summary>Throws when the values cannot work together.</summary>
    public void Validate()
    {
        if (ShingleSize < 1) throw new ArgumentOutOfRangeException(nameof(ShingleSize), ShingleSize, "must be at least 1.");
        if (Bands < 1) throw new ArgumentOutOfRangeException(nameof(Bands), Bands, "must be at least 1.");
        if (Rows < 1) throw new ArgumentOutOfRangeException(nameof(Rows), Rows, "must be at least 1.");
        if (JaccardThreshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(JaccardThreshold), JaccardThreshold, "must be in (0, 1].");
        if (ContainmentThreshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(ContainmentThreshold), ContainmentThreshold, "must be in (0, 1].");
        if (SpinGapThreshold is <= 0 or > 1) throw new ArgumentOutOfRangeException(nameof(SpinGapThreshold), SpinGapThreshold, "must be in (0, 1].");
        if (MaximumBucketWalk < 1) throw new ArgumentOutOfRangeException(nameof(MaximumBucketWalk), MaximumBucketWalk, "must be at least 1.");
    }
}
