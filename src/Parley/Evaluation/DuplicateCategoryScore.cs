namespace Parley.Evaluation;

/// <summary>How the pairs of one gold category fared: how many there were and how many were flagged as duplicates.</summary>
public sealed class DuplicateCategoryScore(string category, bool isDuplicate)
{
    /// <summary>The category (<c>syndicated</c>, <c>same-topic</c>…).</summary>
    public string Category { get; } = category;

    /// <summary>Whether its pairs are duplicates.</summary>
    public bool IsDuplicate { get; } = isDuplicate;

    /// <summary>Pairs scored.</summary>
    public int Pairs { get; internal set; }

    /// <summary>Pairs the detector linked as duplicates: hits for a duplicate category, false positives otherwise.</summary>
    public int Flagged { get; internal set; }

    /// <summary>Share of the pairs flagged: recall for a duplicate category, the false-positive rate otherwise.</summary>
    public double Rate => Pairs == 0 ? 0 : (double)Flagged / Pairs;
}
