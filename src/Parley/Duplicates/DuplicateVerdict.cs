namespace Parley.Duplicates;

/// <summary>How alike two documents are, and whether that makes one a copy of the other.</summary>
/// <param name="Jaccard">Estimated Jaccard similarity of their shingle sets.</param>
/// <param name="Containment">Estimated share of the smaller document's shingles found in the larger one.</param>
/// <param name="IsDuplicate">Whether the verifier takes them for one text (syndicated, rewritten or spun).</param>
public readonly record struct DuplicateVerdict(double Jaccard, double Containment, bool IsDuplicate);
