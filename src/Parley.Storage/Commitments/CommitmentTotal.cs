namespace Parley.Storage.Commitments;

/// <summary>One line of the commitment totals.</summary>
/// <param name="Key">A donor or recipient code, or a month.</param>
/// <param name="Usd">The sum of its USD estimates.</param>
/// <param name="Count">How many commitments.</param>
public sealed record CommitmentTotal(string Key, decimal Usd, int Count);
