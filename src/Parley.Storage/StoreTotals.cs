namespace Parley.Storage;

/// <summary>How much a store holds.</summary>
/// <param name="Documents">Articles.</param>
/// <param name="Events">Events, of every modality.</param>
/// <param name="Sources">Distinct outlets.</param>
public readonly record struct StoreTotals(long Documents, long Events, long Sources);
