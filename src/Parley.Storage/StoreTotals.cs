namespace Parley.Storage;

/// <summary>How much a store holds.</summary>
/// <param name="Documents">Articles.</param>
/// <param name="Events">Events, of every modality.</param>
/// <param name="Sources">Distinct outlets.</param>
public readonly record struct StoreTotals(long Documents, long Events, long Sources)
{
    /// <summary>Documents that are near-duplicates (syndicated, rewritten or spun copies) of an earlier one: counted once as a source.</summary>
    public long Copies { get; init; }
}
