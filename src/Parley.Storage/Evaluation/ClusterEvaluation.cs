using Parley.Evaluation;

namespace Parley.Storage.Evaluation;

/// <summary>
/// Pairwise scores of event clustering: over every two gold reports, whether the store put them in one
/// happening as the gold does (true: same happening, together; false positive: different, together; false
/// negative: same, apart or not found). A report the store did not find as an event counts against recall.
/// </summary>
/// <param name="Pairs">The pairwise counts, precision, recall and F1.</param>
/// <param name="Reports">Gold reports.</param>
/// <param name="Unmatched">Gold reports with no event of their type and actor in their article.</param>
/// <param name="Disagreements">One line per wrong pair or unmatched report.</param>
public sealed record ClusterEvaluation(FieldScore Pairs, int Reports, int Unmatched, List<string> Disagreements);
