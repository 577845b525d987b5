namespace Parley.Evaluation;

/// <summary>The detector's verdict on one gold pair.</summary>
/// <param name="Id">The pair.</param>
/// <param name="Category">Its gold category.</param>
/// <param name="Expected">Whether it is a duplicate in gold.</param>
/// <param name="Predicted">Whether the detector linked the second article to the first.</param>
/// <param name="Candidate">Whether the LSH index offered the first article as a candidate at all.</param>
/// <param name="Jaccard">Estimated Jaccard similarity of the two articles' shingles.</param>
/// <param name="Containment">Estimated containment of the smaller article in the larger.</param>
public sealed record DuplicatePairResult(string Id, string Category, bool Expected, bool Predicted, bool Candidate, double Jaccard, double Containment);
