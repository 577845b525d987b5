using System.Globalization;
using Parley.Duplicates;

namespace Parley.Evaluation;

/// <summary>
/// Scores near-duplicate detection against gold pairs. For each pair a fresh <see cref="DuplicateDetector"/>
/// indexes the first article and then adds the second: the pair counts as found only when the LSH index
/// offers the first as a candidate and the verifier accepts it, as it would have to in a store.
/// </summary>
/// <param name="options">The detection parameters.</param>
/// <param name="hasher">The signer (its shingler carries the synonyms).</param>
public sealed class DuplicateScorer(DuplicateOptions options, MinHasher hasher)
{
    /// <summary>A scorer with the default options and shipped synonyms.</summary>
    public static DuplicateScorer CreateDefault() => new(DuplicateOptions.Default, MinHasher.CreateDefault());

    /// <summary>Scores every gold pair.</summary>
    public DuplicateEvaluation Score(IEnumerable<GoldDuplicatePair> gold, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(gold);
        var evaluation = new DuplicateEvaluation();
        var verifier = new DuplicateVerifier(options);
        foreach (var pair in gold)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (pair.IsDuplicate is not { } expected || !evaluation.Categories.TryGetValue(pair.Category, out var category))
            {
                evaluation.Problems.Add($"{pair.Id}: unknown category '{pair.Category}' (use {string.Join(", ", GoldDuplicatePair.DuplicateCategories.Concat(GoldDuplicatePair.DistinctCategories))})");
                continue;
            }
            var detector = new DuplicateDetector(options, hasher);
            var a = hasher.Sign(pair.A.ComparedText);
            var b = hasher.Sign(pair.B.ComparedText);
            detector.Add(pair.A.Id, Date(pair.A.Published), a);
            var candidates = new List<int>();
            var candidate = detector.Index.Candidates(b, candidates) > 0;
            var result = detector.Add(pair.B.Id, Date(pair.B.Published), b);
            var verdict = verifier.Verify(a, b);
            var predicted = result.IsDuplicate;
            evaluation.Pairs.Add(new DuplicatePairResult(pair.Id, pair.Category, expected, predicted, candidate, verdict.Jaccard, verdict.Containment));
            category.Pairs++;
            if (predicted)
                category.Flagged++;
            evaluation.Overall.Add(predicted ? 1 : 0, expected ? 1 : 0, predicted && expected ? 1 : 0);
            var spunExpected = pair.Category == SpunCategory;
            var spunPredicted = predicted && verdict.Spun != SpunSide.Neither;
            evaluation.Spun.Add(spunPredicted ? 1 : 0, spunExpected ? 1 : 0, spunPredicted && spunExpected ? 1 : 0);
            if (spunPredicted != spunExpected && predicted == expected)
            {
                evaluation.Disagreements.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{pair.Id}\t{pair.Category}\t{(spunExpected ? "spin missed" : "spin false positive")}\tvariant share {a.Synonyms.VariantShare:0.000} vs {b.Synonyms.VariantShare:0.000}\t{pair.Note}"));
            }
            if (predicted != expected)
            {
                evaluation.Disagreements.Add(string.Create(CultureInfo.InvariantCulture,
                    $"{pair.Id}\t{pair.Category}\t{(expected ? "missed" : "false positive")}\tjaccard {verdict.Jaccard:0.000}\tcontainment {verdict.Containment:0.000}\tcandidate {(candidate ? "yes" : "no")}\t{pair.Note}"));
            }
        }
        return evaluation;
    }

    // The gold category of machine-spun copies.
    private const string SpunCategory = "spun";

    private static DateOnly? Date(string? published) =>
        DateOnly.TryParseExact(published, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;
}
