namespace Parley.Duplicates;

/// <summary>How alike two documents are, and whether that makes one a copy of the other.</summary>
/// <param name="Jaccard">Estimated Jaccard similarity of their shingle sets.</param>
/// <param name="Containment">Estimated share of the smaller document's shingles found in the larger one.</param>
/// <param name="IsDuplicate">Whether the verifier takes them for one text (syndicated, rewritten or spun).</param>
/// <param name="Spun">
/// For a duplicate, which of the two was spun from the other: <see cref="SpunSide.First"/> when the first
/// document's share of synonym variants exceeds the second's by <see cref="DuplicateOptions.SpinGapThreshold"/>,
/// <see cref="SpunSide.Second"/> the other way round, else <see cref="SpunSide.Neither"/> (a syndicated copy or a rewrite).
/// </param>
public readonly record struct DuplicateVerdict(double Jaccard, double Containment, bool IsDuplicate, SpunSide Spun = SpunSide.Neither);
