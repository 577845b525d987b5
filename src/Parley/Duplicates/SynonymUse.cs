namespace Parley.Duplicates;

/// <summary>
/// How a text words what the synonym lexicon knows: how many times it uses a canonical form ("special
/// envoy", "said") and how many times a variant ("particular envoy", "stated"). Spinning software swaps
/// common words for rarer synonyms throughout, so a spun copy uses far more variants, for the same
/// canonical forms, than the article it was spun from.
/// </summary>
/// <param name="Canonicals">Canonical forms read.</param>
/// <param name="Variants">Variants read.</param>
public readonly record struct SynonymUse(int Canonicals, int Variants)
{
    /// <summary>The share of variants among the lexicon's words in the text; 0 when it uses none.</summary>
    public double VariantShare => Canonicals + Variants == 0 ? 0 : (double)Variants / (Canonicals + Variants);
}
