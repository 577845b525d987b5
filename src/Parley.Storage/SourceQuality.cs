namespace Parley.Storage;

/// <summary>How an outlet's stored articles read, on average: what an analyst weighs before trusting its reports.</summary>
/// <param name="Source">The outlet ("Parley Wire"); "(none)" for articles without one.</param>
/// <param name="Documents">Its stored articles.</param>
/// <param name="FactDensity">Mean checkable facts (named actors, dates, figures, quotes) per 100 words.</param>
/// <param name="HedgeRatio">Mean share of hedged sentences.</param>
/// <param name="AttributionRatio">Mean share of events attributed to someone.</param>
/// <param name="LowInformation">Articles flagged low-information.</param>
/// <param name="Speculative">Articles flagged speculative.</param>
/// <param name="Copies">Articles that are near-duplicates of an earlier one (syndicated, rewritten or spun).</param>
public sealed record SourceQuality(string Source, long Documents, double FactDensity, double HedgeRatio, double AttributionRatio,
    long LowInformation, long Speculative, long Copies)
{
    /// <summary>Of its copies, those machine-spun from another article (synonyms swapped): flagged <c>spun-copy</c>, the others <c>syndicated-copy</c>.</summary>
    public long SpunCopies { get; init; }

    /// <summary>Share of its articles that copy another.</summary>
    public double CopiedShare => Documents == 0 ? 0 : Math.Round((double)Copies / Documents, 3);
}
